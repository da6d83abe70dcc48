// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliEnvironment.h"

#include "api/ApiClient.h"
#include "support/Clock.h"

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

const Clock *CliEnvironment::clock()
{
    static const QString fake = qEnvironmentVariable("TOKDECK_NOW");
    static const QDateTime pinned = QDateTime::fromString(fake, Qt::ISODate);
    static const ManualClock fixed(pinned.isValid() ? pinned.toUTC() : QDateTime());
    if (fake.isEmpty())
        return &Clock::system();
    if (!pinned.isValid()) {
        printError(tr("TOKDECK_NOW is not an ISO 8601 time (%1): unset it, or write it like "
                      "2026-12-31T17:00:00Z.")
                       .arg(fake));
        return nullptr;
    }
    return &fixed;
}

} // namespace tokdeck::cli
