// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli sandbox [--port N]`: runs the built-in stand-in of the API on 127.0.0.1 until
// stopped, after printing its URL and API key (it is a throwaway key for a fake server).
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
