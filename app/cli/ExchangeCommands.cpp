// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ExchangeCommands.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/SlotsCommand.h"
#include "exchange/CsvPostImporter.h"
#include "exchange/IcsWriter.h"
#include "storage/StorageWorker.h"
#include "support/UtcTime.h"
#include "transcode/MediaFixer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace tokdeck::cli {

CommandUsage ExchangeCommands::exportUsage()
{
    return {QStringLiteral("export ics FILE [--from WHEN] [--to WHEN]"),
            tr("Writes the planned posts in a range as an iCalendar file for any calendar app."),
            {QStringLiteral("from"), QStringLiteral("to")}};
}

CommandUsage ExchangeCommands::importUsage()
{
    return {QStringLiteral("import FILE.csv [--schedule] [--fix]"),
            tr("Creates one draft per row of a UTF-8 CSV file with the columns media, caption, "
               "title, accounts, at, aigc (at may be \"queue\": the next free posting slot); "
               "rows that break a rule are reported and skipped. --fix fixes media first."),
            {QStringLiteral("schedule"), QStringLiteral("fix")}};
}

int ExchangeCommands::exportIcs(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments(); // export ics FILE
    if (positional.value(1) != QLatin1StringView("ics") || positional.size() < 3) {
        CliEnvironment::printError(tr("export: use \"export ics FILE [--from DATE --to DATE]\"."));
        return Usage;
    }
    const auto bound = [&](const char *name, bool end) -> std::optional<QDateTime> {
        const QString text = parser.value(QString::fromLatin1(name));
        if (text.isEmpty())
            return std::nullopt;
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return (end ? day.addDays(1) : day).startOfDay().toUTC();
        return parseUserTimestamp(text);
    };
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    const QDateTime from = bound("from", false).value_or(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    const QDateTime to =
        bound("to", true).value_or(QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC));
    auto posts = session.storage().inRange(from, to);
    posts.waitForFinished();
    if (!posts.result().ok()) {
        CliEnvironment::printError(CliSession::storageFailure(posts.result().error));
        return StorageFailed;
    }
    QSaveFile file(positional.at(2));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(IcsWriter::write(posts.result().value, QDateTime::currentDateTimeUtc())) < 0
        || !file.commit()) {
        CliEnvironment::printError(
            tr("%1 could not be written (%2).").arg(positional.at(2), file.errorString()));
        return ApiFailed;
    }
    CliEnvironment::printLine(
        tr("%n post(s) exported to %1.", nullptr, int(posts.result().value.size()))
            .arg(positional.at(2)));
    return Done;
}

int ExchangeCommands::importCsv(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(1);
    if (path.isEmpty()) {
        CliEnvironment::printError(
            tr("import: give the CSV file (header media,caption,title,accounts,at,aigc)."));
        return Usage;
    }
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    // Accounts are checked against what Crosspostify listed last (the app and "accounts"
    // refresh that cache); without a cache, unknown accounts surface when the posts are sent.
    auto cached = session.storage().cachedAccounts();
    cached.waitForFinished();
    CsvPostImporter::Options options;
    if (!cached.result().value.isEmpty())
        options.knownAccounts = cached.result().value;
    // A long file takes a while to check: say how far it got, on stderr (stdout stays the
    // one result line scripts read).
    options.progress = [](int rows) {
        CliEnvironment::printError(tr("%n row(s) checked", nullptr, rows));
    };

    // --fix: each file is fixed (fixed/ in the data folder) before its row is checked, so the
    // draft holds the copy; what no fix solves refuses the row as usual.
    if (parser.isSet(QStringLiteral("fix"))) {
        options.fix = [](const QString &file, QString *error) {
            FileFix fix = MediaFixer::plan(file);
            if (fix.blocked()) {
                *error = fix.blockers.join(u' ');
                return QString();
            }
            const QString name = QFileInfo(file).fileName();
            // Said before it starts: an image is done at once and reports no progress.
            if (fix.needed())
                CliEnvironment::printError(
                    tr("%1: %2…").arg(name, fix.plan.labels.join(QStringLiteral(", "))));
            int shown = -1;
            MediaFixer::run(fix, [&](const QString &, int percent, int) {
                if (percent / 10 == shown / 10 && shown >= 0)
                    return; // a line every tenth percent: stderr is often a log
                shown = percent;
                CliEnvironment::printError(tr("%1: %2 %").arg(name).arg(percent));
            });
            if (fix.needed() && !fix.fixed()) {
                *error = fix.error;
                return QString();
            }
            if (fix.fixed())
                CliEnvironment::printError(tr("%1: fixed copy %2").arg(name, fix.outputPath));
            return fix.usablePath();
        };
    }
    // Rows whose `at` is "queue" take consecutive free posting slots (see slots).
    const Clock *clock = CliEnvironment::clock();
    if (!clock)
        return Usage; // a bad TOKDECK_NOW, said already
    const QDateTime now = clock->nowUtc();
    options.queueSlot = SlotsCommand::queueForImport(session, now);
    const CsvPostImporter::Result result = CsvPostImporter::read(path, now, options);
    if (!result.error.isEmpty()) {
        CliEnvironment::printError(result.error);
        return InputRejected;
    }
    const bool schedule = parser.isSet(QStringLiteral("schedule"));
    int created = 0;
    for (const CsvPostImporter::Row &row : result.rows) {
        for (const ValidationIssue &issue : row.issues) {
            CliEnvironment::printError(tr("line %1: %2%3")
                                           .arg(row.line)
                                           .arg(issue.isRejection() ? QString() : tr("warning: "),
                                                issue.toDisplayString()));
        }
        if (!row.isGood())
            continue;
        Post post = row.post;
        post.state = schedule ? PostState::Ready : PostState::Draft;
        auto saved = session.storage().saveContent(post);
        saved.waitForFinished();
        if (!saved.result().ok()) {
            // A full disk or a read-only folder fails every later row the same way: stop at
            // the first, say so once, and never report success.
            CliEnvironment::printError(
                tr("line %1 was not saved, so the import stopped there; %n earlier row(s) were "
                   "saved.",
                   nullptr, created)
                    .arg(row.line));
            CliEnvironment::printError(CliSession::storageFailure(saved.result().error));
            return StorageFailed;
        }
        ++created;
        // Saving takes about a millisecond a row: a long file keeps saying how far it got.
        if (created % 500 == 0)
            CliEnvironment::printError(tr("%n post(s) saved", nullptr, created));
    }
    CliEnvironment::printLine(
        schedule ? tr("%n post(s) queued; \"tokdeck-cli outbox run\" or the app sends them.",
                      nullptr, created)
                 : tr("%n draft(s) created.", nullptr, created));
    return result.badCount() > 0 ? InputRejected : Done;
}

} // namespace tokdeck::cli
