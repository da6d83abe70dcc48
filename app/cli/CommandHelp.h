// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace tokdeck::cli {

// One command's --help: written next to the command (its class's usage function), printed
// by CommandHelp with the descriptions of the options main() defines, so each option and each
// usage text has one definition.
struct CommandUsage
{
    QString synopsis;    // after "tokdeck-cli ": syntax, not translated
    QString summary;     // what it does, translated
    QStringList options; // long names of the options it reads, in the order shown
};

class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(CommandHelp)

public:
    // The usage of `command` ("post", "drafts", ...); nullopt for an unknown one.
    static std::optional<CommandUsage> usageOf(const QString &command);
    static QString format(const CommandUsage &usage, const QList<QCommandLineOption> &options);
    // `tokdeck-cli COMMAND --help` and `tokdeck-cli help COMMAND`: prints the usage on stdout
    // and returns ExitCode::Done, or says the command is unknown and returns Usage.
    static int show(const QString &command, const QList<QCommandLineOption> &options);
};

} // namespace tokdeck::cli
