// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CommandHelp.h"
#include "domain/Post.h"
#include "rules/PostRules.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QCommandLineParser;

namespace tokdeck::cli {

class CliSession;

// `tokdeck-cli slots set ACCOUNT "SPEC" [--tz ZONE]`, `slots clear ACCOUNT`,
// `slots show [--json]`: posting slots per account for the queue, and the queue and the
// 24-hour cap for `post` (planTime()).
class SlotsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SlotsCommand)

public:
    static CommandUsage usage();
    static int run(const QCommandLineParser &parser);

    // For `post`, with storage open: --queue takes the first account's next free slot into
    // `post.scheduledAt` (and says which on stderr); then the cap is checked for the time the
    // post will have. Returns ExitCode::Done, or the code to exit with (already explained).
    // From a planned time on, the data folder's queue lock is held until planSaved(): two
    // processes queueing at once plan one after the other and never take the same slot.
    static int planTime(CliSession &session, PostCheckInput &post, bool queue,
                        const QDateTime &nowUtc);
    // The planned post is saved (or was not): the next process may plan.
    static void planSaved();

    // For `import`: CsvPostImporter::Options::queueSlot over this session's storage, so rows
    // with `at` = queue take consecutive free slots (ExchangeCommands sets it).
    static std::function<std::optional<QDateTime>(const Post &, QString *)>
    queueForImport(CliSession &session, const QDateTime &nowUtc);

private:
    static int set(const QCommandLineParser &parser, bool clear);
    static int show(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
