// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli team init postgresql://…` (migrations, group roles, grants and the server's
// guard; idempotent), `team add-member NAME ROLE [--password-stdin]`, `team show [--json]` and
// `team require-approval on|off`: team mode (issue #15) on the database of
// TOKDECK_DATABASE_URL (init takes its address). Exit codes: 0 done, 2 bad arguments or not a
// PostgreSQL database, 3 the server refused (not allowed to this login), 6 the database failed.
class TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
