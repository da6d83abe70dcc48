// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli outbox run [--once]`: hands due posts to Crosspostify (posts held locally, or
// kept editable until an hour before). --once processes what is due and exits (for a systemd
// timer); without it, it keeps checking every 30 seconds.
class OutboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
