// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/MediaFixer.h"

#include "rules/MediaRules.h"
#include "transcode/FixProbe.h"
#include "transcode/TranscodeJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

namespace tokdeck {

QString MediaFixer::outputFolderFor(const QString &inputPath, const QString &base)
{
    const QString root = base.isEmpty() ? TranscodeJob::defaultOutputFolder() : base;
    const QByteArray key = QCryptographicHash::hash(
        QFile::encodeName(QFileInfo(inputPath).absoluteFilePath()), QCryptographicHash::Sha256);
    return QDir(root).filePath(QString::fromLatin1(key.toHex().left(16)));
}

FileFix MediaFixer::plan(const QString &inputPath)
{
    FileFix fix;
    fix.inputPath = inputPath;
    const FixFacts facts = FixProbe::probe(inputPath);
    fix.plan = MediaFixPlan::make(facts);
    fix.blockers = fix.plan.blockers;
    if (fix.plan.kind == MediaFixPlan::Kind::Nothing && !facts.heif) {
        // Nothing to convert, yet a rule may still refuse it (too short, say): no fix for that.
        for (const ValidationIssue &issue : MediaRules::check(facts.info)) {
            if (issue.isRejection())
                fix.blockers.append(issue.toDisplayString());
        }
    }
    return fix;
}

void MediaFixer::run(FileFix &fix, const Progress &progress, const QString &base)
{
    if (!fix.needed())
        return;
    TranscodeJob job(fix.inputPath, fix.plan, outputFolderFor(fix.inputPath, base));
    QEventLoop loop;
    const QString input = fix.inputPath;
    QObject::connect(&job, &TranscodeJob::progress, &loop, [&progress, input](int p, int left) {
        if (progress)
            progress(input, p, left);
    });
    QObject::connect(&job, &TranscodeJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    const TranscodeResult &result = job.result();
    fix.outputPath = result.ok ? result.outputPath : QString();
    fix.error = result.error;
    fix.cancelled = result.cancelled;
}

QString MediaFixer::fixForUse(const QString &path, const std::function<void(int)> &progress,
                              QString *error)
{
    FileFix fix = plan(path);
    if (fix.blocked()) {
        *error = fix.blockers.join(u' ');
        return {};
    }
    run(fix, [&progress](const QString &, int percent, int) {
        if (progress)
            progress(percent);
    });
    if (fix.needed() && !fix.fixed()) {
        *error = fix.error.isEmpty() ? tr("Fixing %1 was cancelled; add it again to fix it.")
                                           .arg(QFileInfo(path).fileName())
                                     : fix.error;
        return {};
    }
    return fix.usablePath();
}

} // namespace tokdeck
