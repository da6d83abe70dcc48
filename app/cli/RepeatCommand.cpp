// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/RepeatCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/SlotsCommand.h"
#include "planning/SeriesPlanner.h"
#include "storage/StorageWorker.h"
#include "support/TerminalText.h"

#include <QCommandLineParser>

namespace tokdeck::cli {

CommandUsage RepeatCommand::usage()
{
    return {QStringLiteral("repeat ID \"RULE\" [--tz ZONE]"),
            tr("Repeats a dated post: one more post per occurrence of RULE (\"every N days|weeks "
               "[on Mon,Thu] until YYYY-MM-DD\" or \"... x N\", N posts in all, at most 100 "
               "and one year), each at the post's wall-clock time in ZONE (default: the "
               "system's). Copies of a draft are drafts, of any other post ready posts the "
               "outbox sends when due. Occurrences past, too soon or over TikTok's 24-hour cap "
               "are left out and named. Prints each new post's ID."),
            {QStringLiteral("tz")}};
}

std::optional<Recurrence> RepeatCommand::ruleOption(const QCommandLineParser &parser, bool *bad)
{
    *bad = false;
    if (!parser.isSet(QStringLiteral("repeat")))
        return std::nullopt;
    const ParsedRecurrence parsed = Recurrence::parse(parser.value(QStringLiteral("repeat")));
    if (!parsed.rule) {
        CliEnvironment::printError(tr("--repeat: %1").arg(escapeForTerminal(parsed.error)));
        *bad = true;
    }
    return parsed.rule;
}

std::optional<QTimeZone> RepeatCommand::zoneOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("tz")))
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(parser.value(QStringLiteral("tz")).toUtf8());
    if (!zone.isValid()) {
        CliEnvironment::printError(
            tr("--tz \"%1\" is not a time zone this system knows; use an IANA name such as "
               "Europe/Berlin.")
                .arg(escapeForTerminal(parser.value(QStringLiteral("tz")))));
        return std::nullopt;
    }
    return zone;
}

int RepeatCommand::expand(CliSession &session, qint64 postId, const Recurrence &rule,
                          const QTimeZone &zone, PostState state, const QDateTime &nowUtc)
{
    const SeriesPlanner::Outcome made =
        session.storage()
            .run([postId, rule, zone, state, nowUtc](Stores &stores) {
                return SeriesPlanner::expand(stores, postId, rule, zone, state, nowUtc);
            })
            .result();
    if (!made.ok()) {
        // A post without a date is the input's fault (exit 3), a failed write the disk's.
        CliEnvironment::printError(made.storageFailed ? CliSession::storageFailure(made.error)
                                                      : escapeForTerminal(made.error));
        return made.storageFailed ? StorageFailed : InputRejected;
    }
    CliEnvironment::printError(tr("warning: %1").arg(SeriesPlanner::duplicateContentWarning()));
    for (const QString &skipped : made.plan.skipped)
        CliEnvironment::printError(escapeForTerminal(skipped));
    if (!made.plan.cutNote.isEmpty())
        CliEnvironment::printError(made.plan.cutNote);
    if (made.ids.isEmpty()) {
        CliEnvironment::printError(tr("\"%1\" adds no post after post %2: nothing was repeated.")
                                       .arg(rule.toText())
                                       .arg(postId));
        return Done;
    }
    for (qint64 id : made.ids)
        CliEnvironment::printLine(tr("local-%1").arg(id));
    return Done;
}

int RepeatCommand::run(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments(); // repeat ID RULE
    QString idText = words.value(1);
    if (idText.startsWith(QLatin1StringView("local-")))
        idText = idText.mid(6);
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (words.size() != 3 || !ok || id <= 0) {
        CliEnvironment::printError(
            tr("repeat: give one post id and the rule in quotes, e.g. repeat 12 \"every 1 week "
               "x 4\"."));
        return Usage;
    }
    const ParsedRecurrence parsed = Recurrence::parse(words.at(2));
    if (!parsed.rule) {
        CliEnvironment::printError(tr("repeat: %1").arg(escapeForTerminal(parsed.error)));
        return InputRejected;
    }
    const std::optional<QTimeZone> zone = zoneOption(parser);
    const Clock *clock = CliEnvironment::clock();
    if (!zone || !clock)
        return Usage;
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    const auto loaded = session.storage().load(id).result();
    if (!loaded.ok()) {
        CliEnvironment::printError(CliSession::storageFailure(loaded.error));
        return StorageFailed;
    }
    if (!loaded.value) {
        CliEnvironment::printError(
            tr("there is no post %1; `tokdeck-cli posts` lists them.").arg(id));
        return Usage;
    }
    // A draft's copies are drafts to finish; a post on its way out repeats as ready posts.
    const PostState state =
        loaded.value->state == PostState::Draft ? PostState::Draft : PostState::Ready;
    return expand(session, id, *parsed.rule, *zone, state, clock->nowUtc());
}

} // namespace tokdeck::cli
