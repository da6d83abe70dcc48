// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli key set|check|delete`: the API key in the OS keychain. `set` reads the key from
// standard input (never argv), checks it with Crosspostify, and only then stores it.
class KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);

private:
    static QString readKeyFromStdin();
    static int verify(const QUrl &url, const QString &key); // exit code
};

} // namespace tokdeck::cli
