// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/KeyCommand.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "cli/CliEnvironment.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/JobWaiter.h"
#include "cli/KeySource.h"
#include "secrets/KeyStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace tokdeck::cli {

CommandUsage KeyCommand::usage()
{
    return {QStringLiteral("key set|check|delete"),
            tr("The API key in the system keychain: \"set\" reads it from stdin (never from the "
               "command line), \"check\" asks Crosspostify whether it works, \"delete\" "
               "removes it. TOKDECK_API_KEY, when set, is used instead of the keychain."),
            {QStringLiteral("api-url")}};
}

namespace {
// Turns terminal echo off while the key is typed, and back on however we leave.
class EchoOff
{
public:
    EchoOff()
    {
        if (::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

QString KeyCommand::readKeyFromStdin()
{
    if (::isatty(STDIN_FILENO) == 1)
        QTextStream(stderr) << tr("Paste your Crosspostify API key and press Enter: ") << Qt::flush;
    const EchoOff echoOff;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

int KeyCommand::verify(const QUrl &url, const QString &key)
{
    ApiClient client;
    client.setBaseUrl(url);
    client.setApiKey(key);
    int exitCode = Done;
    runToEnd(client.fetchAccounts(), [&](AccountsJob &job) {
        if (job.error().isError()) {
            CliEnvironment::printError(job.error().message());
            exitCode = job.error().kind() == ApiError::Kind::BadKey ? InputRejected : ApiFailed;
            return;
        }
        CliEnvironment::printLine(tr("The key works for %1: %n TikTok account(s).", nullptr,
                                     int(job.tiktokAccounts().size()))
                                      .arg(url.host()));
    });
    return exitCode;
}

int KeyCommand::run(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(1);
    const QUrl url = CliEnvironment::apiUrl(parser);
    if (action == QLatin1StringView("check")) {
        const auto key = KeySource::resolve(url);
        return key ? verify(url, *key) : Usage;
    }

    KeyStore keys;
    QObject::connect(&keys, &KeyStore::keychainUnavailable, &keys,
                     [](const QString &message) { CliEnvironment::printError(message); });
    int exitCode = Done;
    QEventLoop loop;
    QObject::connect(&keys, &KeyStore::failed, &loop,
                     [&](const QString &, KeyStore::Failure, const QString &message) {
                         CliEnvironment::printError(message);
                         exitCode = ApiFailed;
                         loop.quit();
                     });
    if (action == QLatin1StringView("set")) {
        const QString key = readKeyFromStdin();
        if (key.isEmpty()) {
            CliEnvironment::printError(tr("key set: no key on standard input."));
            return Usage;
        }
        if (const int verified = verify(url, key); verified != Done)
            return verified; // a refused key is never stored
        QObject::connect(&keys, &KeyStore::keyWritten, &loop, &QEventLoop::quit);
        keys.write(url.host(), key);
        loop.exec();
        if (exitCode == Done && keys.isSessionOnly()) {
            CliEnvironment::printError(
                tr("The key was not stored: no system keychain is available."));
            return ApiFailed;
        }
        if (exitCode == Done)
            CliEnvironment::printLine(tr("Stored in the system keychain for %1.").arg(url.host()));
        return exitCode;
    }
    if (action == QLatin1StringView("delete")) {
        QObject::connect(&keys, &KeyStore::keyRemoved, &loop, &QEventLoop::quit);
        keys.remove(url.host());
        loop.exec();
        if (exitCode == Done)
            CliEnvironment::printLine(tr("No key for %1 is stored any more.").arg(url.host()));
        return exitCode;
    }
    CliEnvironment::printError(
        tr("key: use \"key set\" (reads standard input), \"key check\" or \"key delete\"."));
    return Usage;
}

} // namespace tokdeck::cli
