// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/SandboxCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <csignal>

namespace tokdeck::cli {

CommandUsage SandboxCommand::usage()
{
    return {QStringLiteral("sandbox [--port N] [--sandbox-key KEY]"),
            tr("Runs the built-in stand-in of the Crosspostify API on 127.0.0.1 until stopped "
               "(Ctrl+C); prints its address and key. Nothing reaches TikTok."),
            {QStringLiteral("port"), QStringLiteral("sandbox-key")}};
}

int SandboxCommand::run(const QCommandLineParser &parser)
{
    bool portOk = true;
    const uint port = parser.isSet(QStringLiteral("port"))
                          ? parser.value(QStringLiteral("port")).toUInt(&portOk)
                          : 0;
    if (!portOk || port > 65535) {
        CliEnvironment::printError(
            tr("--port: give a number from 0 to 65535 (0 picks a free port)."));
        return Usage;
    }
    SandboxServer server;
    if (parser.isSet(QStringLiteral("sandbox-key")))
        server.setApiKey(parser.value(QStringLiteral("sandbox-key")));
    if (!server.listen(quint16(port))) {
        CliEnvironment::printError(tr("The sandbox could not listen on port %1: %2. Pick another "
                                      "port with --port.")
                                       .arg(port)
                                       .arg(server.errorString()));
        return ApiFailed;
    }
    // Machine-readable first lines, so scripts (and the app's launcher) can pick them up.
    CliEnvironment::printLine(QStringLiteral("TOKDECK_API_URL=") + server.baseUrl().toString());
    CliEnvironment::printLine(QStringLiteral("TOKDECK_API_KEY=") + server.apiKey());
    CliEnvironment::printLine(tr("Sandbox running; stop it with Ctrl+C."));

    // Quit cleanly on SIGINT/SIGTERM so the port is released at once.
    for (int signalNumber : {SIGINT, SIGTERM})
        std::signal(signalNumber, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

} // namespace tokdeck::cli
