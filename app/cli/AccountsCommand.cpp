// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/AccountsCommand.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "cli/CliEnvironment.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/JobWaiter.h"
#include "cli/JsonOutput.h"
#include "cli/KeySource.h"
#include "support/TerminalText.h"

#include <QCommandLineParser>

namespace tokdeck::cli {

CommandUsage AccountsCommand::usage()
{
    return {QStringLiteral("accounts [--json]"),
            tr("Lists the TikTok accounts the API key can post to, one a line: ID, name and "
               "username (tab-separated); these IDs go to \"post --account\"."),
            {QStringLiteral("json"), QStringLiteral("api-url")}};
}

int AccountsCommand::run(const QCommandLineParser &parser)
{
    ApiClient client;
    if (!CliEnvironment::configure(client, parser))
        return Usage;
    const auto key = KeySource::resolve(client.baseUrl());
    if (!key)
        return Usage;
    client.setApiKey(*key);

    int exitCode = Done;
    runToEnd(client.fetchAccounts(), [&](AccountsJob &job) {
        if (job.error().isError()) {
            CliEnvironment::printError(job.error().message());
            exitCode = ApiFailed;
            return;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray all;
            for (const Account &account : job.tiktokAccounts())
                all.append(JsonOutput::account(account));
            JsonOutput::print(all);
            return;
        }
        // Every field is the server's text: escaped, one account stays one line and no
        // escape sequence reaches the terminal (or a script reading the columns).
        for (const Account &account : job.tiktokAccounts())
            CliEnvironment::printLine(escapeForTerminal(account.id) + QLatin1Char('\t')
                                      + escapeForTerminal(account.name) + QLatin1Char('\t')
                                      + escapeForTerminal(account.username));
    });
    return exitCode;
}

} // namespace tokdeck::cli
