// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ListCommands.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "storage/StorageWorker.h"
#include "support/TerminalText.h"
#include "support/UtcTime.h"

#include <QCommandLineParser>

namespace tokdeck::cli {

namespace {
QString captionStart(const Post &post)
{
    const QString caption = post.caption.simplified();
    return caption.size() > 50 ? caption.left(49) + QChar(0x2026) : caption;
}

QString accountsOf(const Post &post)
{
    QStringList ids;
    for (const PostAccount &account : post.accounts)
        ids.append(account.accountId);
    return ids.join(QLatin1Char(','));
}

std::optional<QDateTime> dateOption(const QCommandLineParser &parser, const QString &name,
                                    bool endOfDay)
{
    const QString text = parser.value(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) // a plain date means that whole local day
        return endOfDay ? day.addDays(1).startOfDay().toUTC() : day.startOfDay().toUTC();
    return parseUserTimestamp(text);
}
// --json: the posts as one array, through the writer every listing command shares.
bool printedAsJson(const QCommandLineParser &parser, const QList<Post> &posts)
{
    if (!parser.isSet(QStringLiteral("json")))
        return false;
    QJsonArray all;
    for (const Post &post : posts)
        all.append(JsonOutput::post(post));
    JsonOutput::print(all);
    return true;
}
} // namespace

CommandUsage ListCommands::draftsUsage()
{
    return {QStringLiteral("drafts [--json]"),
            tr("Lists the drafts, one a line: ID, state, type and the start of the caption "
               "(tab-separated)."),
            {QStringLiteral("json")}};
}

CommandUsage ListCommands::postsUsage()
{
    return {QStringLiteral("posts [--state S,S...] [--from WHEN] [--to WHEN] [--json]"),
            tr("Lists every post in any state, one a line, with the reason for those that need "
               "you: may have been published (see \"tokdeck-cli resolve\"), failed, held "
               "locally."),
            {QStringLiteral("state"), QStringLiteral("from"), QStringLiteral("to"),
             QStringLiteral("json")}};
}

CommandUsage ListCommands::scheduleUsage()
{
    return {QStringLiteral("schedule [--from WHEN] [--to WHEN] [--json]"),
            tr("Lists the posts planned in a range (default: from yesterday, 31 days), one a "
               "line: local time, state, type, accounts and the start of the caption."),
            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("json")}};
}

int ListCommands::posts(const QCommandLineParser &parser)
{
    QList<PostState> states;
    for (const QString &key :
         parser.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<PostState> state = postStateFromKey(key.trimmed());
        if (!state) {
            QStringList keys;
            for (PostState known : allPostStates)
                keys.append(postStateKey(known));
            CliEnvironment::printError(tr("posts: unknown state \"%1\"; use one of %2.")
                                           .arg(key, keys.join(QStringLiteral(", "))));
            return Usage;
        }
        states.append(*state);
    }
    const auto from = dateOption(parser, QStringLiteral("from"), false);
    const auto to = dateOption(parser, QStringLiteral("to"), true);
    if ((parser.isSet(QStringLiteral("from")) && !from)
        || (parser.isSet(QStringLiteral("to")) && !to)) {
        CliEnvironment::printError(
            tr("posts: --from and --to take a date (2026-12-01) or a time like --at."));
        return Usage;
    }
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    const bool ranged = from || to;
    StorageResult<QList<Post>> found =
        ranged ? session.storage()
                     .inRange(from.value_or(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)),
                              to.value_or(QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC)))
                     .result()
               : session.storage().search(states).result();
    if (!found.ok()) {
        CliEnvironment::printError(CliSession::storageFailure(found.error));
        return StorageFailed;
    }
    if (ranged && !states.isEmpty())
        found.value.removeIf([&](const Post &post) { return !states.contains(post.state); });
    if (printedAsJson(parser, found.value))
        return Done;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Post &post : std::as_const(found.value)) {
        const QString when =
            post.plannedAt
                ? post.plannedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : tr("now");
        // What the user must act on says why (a live post: where); the text is ours, the
        // server's or pasted: escaped.
        const QString why = post.lastError.isEmpty() ? post.tiktokUrl : post.lastError;
        CliEnvironment::printLine(
            QString::number(post.id) + QLatin1Char('\t') + postStateKey(post.state)
            + QLatin1Char('\t') + postDisplayStateName(post.displayState(now)) + QLatin1Char('\t')
            + when + QLatin1Char('\t') + postTypeKey(post.type) + QLatin1Char('\t')
            + accountsOf(post) + QLatin1Char('\t') + escapeForTerminal(captionStart(post))
            + (why.isEmpty() ? QString() : QLatin1Char('\t') + escapeForTerminal(why)));
    }
    return Done;
}

int ListCommands::drafts(const QCommandLineParser &parser)
{
    CliSession session;
    if (!session.openStorage())
        return ApiFailed;
    auto future = session.storage().drafts();
    future.waitForFinished();
    if (!future.result().ok()) {
        CliEnvironment::printError(future.result().error);
        return ApiFailed;
    }
    if (printedAsJson(parser, future.result().value))
        return Done;
    for (const Post &post : future.result().value) {
        CliEnvironment::printLine(
            QString::number(post.id) + QLatin1Char('\t') + postStateKey(post.state)
            + QLatin1Char('\t') + postTypeKey(post.type) + QLatin1Char('\t') + captionStart(post));
    }
    return Done;
}

int ListCommands::schedule(const QCommandLineParser &parser)
{
    const auto from = dateOption(parser, QStringLiteral("from"), false);
    const auto to = dateOption(parser, QStringLiteral("to"), true);
    if ((parser.isSet(QStringLiteral("from")) && !from)
        || (parser.isSet(QStringLiteral("to")) && !to)) {
        CliEnvironment::printError(
            tr("schedule: --from and --to take a date (2026-12-01) or a time like --at."));
        return Usage;
    }
    CliSession session;
    if (!session.openStorage())
        return ApiFailed;
    const QDateTime start = from.value_or(QDateTime::currentDateTimeUtc().addDays(-1));
    const QDateTime end = to.value_or(start.addDays(31));
    auto future = session.storage().inRange(start, end);
    future.waitForFinished();
    if (!future.result().ok()) {
        CliEnvironment::printError(future.result().error);
        return ApiFailed;
    }
    if (printedAsJson(parser, future.result().value))
        return Done;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Post &post : future.result().value) {
        CliEnvironment::printLine(
            post.plannedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + QLatin1Char('\t') + postDisplayStateName(post.displayState(now)) + QLatin1Char('\t')
            + postTypeKey(post.type) + QLatin1Char('\t') + accountsOf(post) + QLatin1Char('\t')
            + captionStart(post));
    }
    return Done;
}

} // namespace tokdeck::cli
