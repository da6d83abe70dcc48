// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandHelp.h"

#include "cli/AccountsCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/ExchangeCommands.h"
#include "cli/ExitCode.h"
#include "cli/KeyCommand.h"
#include "cli/ListCommands.h"
#include "cli/MediaCommand.h"
#include "cli/OutboxCommand.h"
#include "cli/PostActionsCommand.h"
#include "cli/PostCommand.h"
#include "cli/RepeatCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SlotsCommand.h"
#include "cli/TeamCommand.h"

#include <QTextStream>
#include <algorithm>

namespace tokdeck::cli {

namespace {
using UsageFunction = CommandUsage (*)();
struct Entry
{
    const char *command;
    UsageFunction usage;
};
// Only names here: each text lives with its command.
constexpr Entry commands[] = {
    {"accounts", &AccountsCommand::usage},
    {"post", &PostCommand::usage},
    {"key", &KeyCommand::usage},
    {"drafts", &ListCommands::draftsUsage},
    {"posts", &ListCommands::postsUsage},
    {"schedule", &ListCommands::scheduleUsage},
    {"resolve", &PostActionsCommand::resolveUsage},
    {"delete", &PostActionsCommand::removeUsage},
    {"duplicate", &PostActionsCommand::duplicateUsage},
    {"unschedule", &PostActionsCommand::unscheduleUsage},
    {"outbox", &OutboxCommand::usage},
    {"export", &ExchangeCommands::exportUsage},
    {"import", &ExchangeCommands::importUsage},
    {"media", &MediaCommand::usage},
    {"slots", &SlotsCommand::usage},
    {"repeat", &RepeatCommand::usage},
    {"sandbox", &SandboxCommand::usage},
    {"team", &TeamCommand::usage},
    {"review", &ReviewCommand::usage},
};

QString optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QStringLiteral(" <%1>").arg(option.valueName());
    return label;
}
} // namespace

std::optional<CommandUsage> CommandHelp::usageOf(const QString &command)
{
    for (const Entry &entry : commands) {
        if (command == QLatin1StringView(entry.command))
            return entry.usage();
    }
    return std::nullopt;
}

QString CommandHelp::format(const CommandUsage &usage, const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows; // label, description
    for (const QString &name : usage.options) {
        const auto found =
            std::find_if(options.cbegin(), options.cend(), [&](const QCommandLineOption &option) {
                return option.names().contains(name);
            });
        if (found != options.cend())
            rows.append({optionLabel(*found), found->description()});
    }
    rows.append({QStringLiteral("-h, --help"), tr("Shows this help.")});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());

    QString text = tr("Usage: %1").arg(QStringLiteral("tokdeck-cli ") + usage.synopsis)
                   + QStringLiteral("\n\n") + usage.summary + QStringLiteral("\n\n")
                   + tr("Options:") + QLatin1Char('\n');
    for (const auto &[label, description] : std::as_const(rows))
        text +=
            QStringLiteral("  ") + label.leftJustified(width + 2) + description + QLatin1Char('\n');
    return text;
}

int CommandHelp::show(const QString &command, const QList<QCommandLineOption> &options)
{
    const std::optional<CommandUsage> usage = usageOf(command);
    if (!usage) {
        CliEnvironment::printError(
            tr("there is no command \"%1\"; \"tokdeck-cli --help\" lists them.").arg(command));
        return Usage;
    }
    QTextStream(stdout) << format(*usage, options) << Qt::flush;
    return Done;
}

} // namespace tokdeck::cli
