// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliEnvironment.h"

#include "api/ApiClient.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace tokdeck::cli {

QUrl CliEnvironment::apiUrl(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("api-url")))
        return QUrl::fromUserInput(parser.value(QStringLiteral("api-url")));
    const QString fromEnvironment = qEnvironmentVariable("TOKDECK_API_URL");
    if (!fromEnvironment.isEmpty())
        return QUrl::fromUserInput(fromEnvironment);
    return ApiClient::defaultBaseUrl();
}

QString CliEnvironment::apiKeyFromEnvironment()
{
    return qEnvironmentVariable("TOKDECK_API_KEY").trimmed();
}

bool CliEnvironment::configure(ApiClient &client, const QCommandLineParser &parser)
{
    client.setBaseUrl(apiUrl(parser));
    if (!client.isBaseUrlAcceptable()) {
        printError(tr("API address %1: use https:// (plain http:// only for 127.0.0.1 or "
                      "localhost).")
                       .arg(client.baseUrl().toDisplayString()));
        return false;
    }
    return true;
}

void CliEnvironment::printError(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("tokdeck-cli: ") << message << Qt::endl;
}

void CliEnvironment::printLine(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

bool CliEnvironment::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace tokdeck::cli
