// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli drafts` and `tokdeck-cli schedule --from DATE --to DATE`: what the post store
// holds, one post a line, tab-separated for scripts.
class ListCommands
{
    Q_DECLARE_TR_FUNCTIONS(ListCommands)

public:
    static int drafts(const QCommandLineParser &parser);
    static int schedule(const QCommandLineParser &parser);
    // `tokdeck-cli posts [--state S,S] [--from --to] [--json]`: every post in any state
    // (needs attention, failed with its reason, held locally), for scripts with --json.
    static int posts(const QCommandLineParser &parser);
    // --help of each (cli/CommandHelp.h); --json prints one JSON array (cli/JsonOutput.h).
    static CommandUsage draftsUsage();
    static CommandUsage postsUsage();
    static CommandUsage scheduleUsage();
};

} // namespace tokdeck::cli
