// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace tokdeck {
class ApiClient;
class Clock;
} // namespace tokdeck

namespace tokdeck::cli {

// What every command shares: where the API is, which key to use, how to report.
// The key comes from TOKDECK_API_KEY (automation) or the keychain, never from argv.
class CliEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(CliEnvironment)

public:
    static QUrl apiUrl(const QCommandLineParser &parser); // --api-url, TOKDECK_API_URL, default
    static QString apiKeyFromEnvironment();

    // Configures the client; returns false (after printing why) if the URL is unusable.
    static bool configure(ApiClient &client, const QCommandLineParser &parser);

    static void printError(const QString &message); // one line on stderr
    static void printLine(const QString &line);     // one line on stdout
    static bool stderrIsTerminal();

    // "Now" for this process: TOKDECK_NOW (ISO 8601, a test seam so a test can see what a later
    // run does without waiting for it; read once, so every "now" of one run is the same
    // instant) or the wall clock. Null (after printing why) when TOKDECK_NOW is not a time.
    static const Clock *clock();
};

} // namespace tokdeck::cli
