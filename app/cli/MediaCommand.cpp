// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/MediaCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "rules/MediaRules.h"
#include "transcode/FixProbe.h"
#include "transcode/MediaFixPlan.h"
#include "transcode/TranscodeJob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace tokdeck::cli {

CommandUsage MediaCommand::usage()
{
    return {QStringLiteral("media check|fix FILE... [-o DIR]"),
            tr("\"check\" says what in each file breaks a TikTok rule; \"fix\" writes fixed "
               "copies (the originals stay as they are)."),
            {QStringLiteral("output")}};
}

namespace {

bool blocksUnfixably(const MediaFixPlan &plan, const ValidationIssues &issues)
{
    return plan.kind == MediaFixPlan::Kind::Unfixable
           || (plan.kind == MediaFixPlan::Kind::Nothing && hasRejection(issues));
}

} // namespace

int MediaCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments(); // media check|fix FILE...
    const QString action = positional.value(1);
    const QStringList files = positional.mid(2);
    if ((action != QLatin1StringView("check") && action != QLatin1StringView("fix"))
        || files.isEmpty()) {
        CliEnvironment::printError(tr("media: use \"media check FILE...\" or \"media fix FILE... "
                                      "[-o DIR]\"."));
        return Usage;
    }
    if (action == QLatin1StringView("check"))
        return check(files);
    return fix(files, parser.value(QStringLiteral("output")));
}

int MediaCommand::check(const QStringList &files)
{
    bool blocked = false;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        const FixFacts facts = FixProbe::probe(path);
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        const ValidationIssues issues =
            facts.heif ? ValidationIssues{} : MediaRules::check(facts.info);
        if (facts.heif)
            CliEnvironment::printLine(
                tr("%1: blocks: HEIC photos are not taken by TikTok; JPEG is.").arg(name));
        for (const ValidationIssue &issue : issues) {
            CliEnvironment::printLine(
                (issue.isRejection() ? tr("%1: blocks: %2") : tr("%1: warning: %2"))
                    .arg(name, issue.message));
        }
        for (const QString &label : plan.labels)
            CliEnvironment::printLine(tr("%1: can fix: %2").arg(name, label));
        for (const QString &blocker : plan.blockers)
            CliEnvironment::printLine(tr("%1: cannot fix: %2").arg(name, blocker));
        if (blocksUnfixably(plan, issues))
            blocked = true;
        else if (issues.isEmpty() && plan.labels.isEmpty() && !facts.heif)
            CliEnvironment::printLine(tr("%1: ok").arg(name));
    }
    return blocked ? InputRejected : Done;
}

int MediaCommand::fix(const QStringList &files, const QString &outputFolder)
{
    int exitCode = Done;
    QTextStream err(stderr);
    const bool terminal = CliEnvironment::stderrIsTerminal();
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        const FixFacts facts = FixProbe::probe(path);
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        const ValidationIssues issues =
            facts.heif ? ValidationIssues{} : MediaRules::check(facts.info);
        if (blocksUnfixably(plan, issues)) {
            for (const QString &blocker : plan.blockers)
                CliEnvironment::printError(blocker);
            for (const ValidationIssue &issue : rejectionsOf(issues))
                CliEnvironment::printError(issue.toDisplayString());
            exitCode = InputRejected;
            continue;
        }
        if (!plan.needed()) {
            CliEnvironment::printError(tr("%1 needs no fix.").arg(name));
            CliEnvironment::printLine(QFileInfo(path).absoluteFilePath());
            continue;
        }
        TranscodeJob job(path, plan, outputFolder);
        QEventLoop loop;
        QObject::connect(&job, &TranscodeJob::progress, &loop, [&](int percent, int left) {
            const QString leftText =
                left < 0
                    ? QString()
                    : tr(", %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
            const QString line = tr("%1: %2 %3%%4")
                                     .arg(name, plan.labels.join(QStringLiteral(", ")))
                                     .arg(percent)
                                     .arg(leftText);
            // A terminal gets one line redrawn in place; a log gets every tenth percent.
            if (terminal)
                err << u'\r' << line << Qt::flush;
            else if (percent % 10 == 0)
                err << line << Qt::endl;
        });
        QObject::connect(&job, &TranscodeJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (terminal)
            err << Qt::endl;
        const TranscodeResult &result = job.result();
        if (!result.ok) {
            CliEnvironment::printError(result.error);
            exitCode = InputRejected;
            continue;
        }
        CliEnvironment::printLine(result.outputPath);
    }
    return exitCode;
}

} // namespace tokdeck::cli
