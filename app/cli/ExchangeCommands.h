// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli export ics FILE [--from DATE --to DATE]` and
// `tokdeck-cli import FILE.csv [--schedule]` (exit 3 if any row was refused, 6 when the data
// folder could not be written: the import stops at the first row that was not saved).
class ExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    static CommandUsage exportUsage(); // --help (cli/CommandHelp.h)
    static CommandUsage importUsage();
    static int exportIcs(const QCommandLineParser &parser);
    static int importCsv(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
