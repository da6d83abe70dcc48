// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/KeySource.h"

#include "api/ApiClient.h"
#include "cli/CliEnvironment.h"
#include "secrets/KeyStore.h"

#include <QEventLoop>

namespace tokdeck::cli {

std::optional<QString> KeySource::fromKeychain(const QString &host)
{
    KeyStore keys;
    std::optional<QString> found;
    QEventLoop loop;
    QObject::connect(&keys, &KeyStore::keyRead, &loop, [&](const QString &, const QString &key) {
        found = key;
        loop.quit();
    });
    QObject::connect(&keys, &KeyStore::keyMissing, &loop, &QEventLoop::quit);
    QObject::connect(&keys, &KeyStore::failed, &loop,
                     [&](const QString &, KeyStore::Failure, const QString &message) {
                         CliEnvironment::printError(message);
                         loop.quit();
                     });
    keys.read(host);
    loop.exec();
    return found;
}

std::optional<QString> KeySource::checked(const QString &key, const QString &origin)
{
    // A key with a CR/LF would add headers to every request: refuse it before any is made.
    const QString problem = ApiClient::checkApiKey(key);
    if (problem.isEmpty())
        return key;
    CliEnvironment::printError(tr("The API key in %1 contains %2, which no API key has. Set it "
                                  "again with the key alone, copied from your Crosspostify "
                                  "dashboard; nothing was sent.")
                                   .arg(origin, problem));
    return std::nullopt;
}

std::optional<QString> KeySource::resolve(const QUrl &apiUrl)
{
    const QString fromEnvironment = CliEnvironment::apiKeyFromEnvironment();
    if (!fromEnvironment.isEmpty())
        return checked(fromEnvironment, QStringLiteral("TOKDECK_API_KEY"));
    if (const auto stored = fromKeychain(apiUrl.host()); stored && !stored->isEmpty())
        return checked(*stored, tr("the keychain (for %1)").arg(apiUrl.host()));
    CliEnvironment::printError(
        tr("No API key for %1: store one with \"tokdeck-cli key set\" (it reads the key "
           "from standard input) or set TOKDECK_API_KEY. Keys are never taken from the "
           "command line.")
            .arg(apiUrl.host()));
    return std::nullopt;
}

} // namespace tokdeck::cli
