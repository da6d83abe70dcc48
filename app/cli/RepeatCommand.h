// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "planning/Recurrence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <optional>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;
class CliSession;

// `tokdeck-cli repeat ID "RULE" [--tz ZONE]`, and `post ... --repeat "RULE"`: the further
// occurrences of a post as posts of their own (SeriesPlanner), one id a line. Exit codes: 0
// done, 2 bad id, 3 the rule is bad or the post has no date, 6 the data folder failed.
class RepeatCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepeatCommand)

public:
    static CommandUsage usage();
    static int run(const QCommandLineParser &parser);

    // --repeat's rule; nullopt when not given. A bad rule is printed and `*bad` set.
    static std::optional<Recurrence> ruleOption(const QCommandLineParser &parser, bool *bad);
    // The zone whose wall clock the series keeps: --tz, else the system's.
    static std::optional<QTimeZone> zoneOption(const QCommandLineParser &parser);
    // Makes the copies of post `postId` in `state`, printing each new id ("local-N") on stdout
    // and the duplicate-content warning, the occurrences left out and any cut on stderr.
    // Returns the exit code.
    static int expand(CliSession &session, qint64 postId, const Recurrence &rule,
                      const QTimeZone &zone, PostState state, const QDateTime &nowUtc);
};

} // namespace tokdeck::cli
