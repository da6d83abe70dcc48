// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli accounts`: one TikTok account a line, ID<TAB>name<TAB>username, each field
// escaped for the terminal (support/TerminalText.h: a TAB inside a name prints as \t).
class AccountsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
