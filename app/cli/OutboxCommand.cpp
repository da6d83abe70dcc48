// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/OutboxCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "planning/PlanningData.h"
#include "publish/Outbox.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace tokdeck::cli {

CommandUsage OutboxCommand::usage()
{
    return {QStringLiteral("outbox run [--once]"),
            tr("Hands the due posts to Crosspostify, like the open app does, and keeps "
               "looking every 30 seconds; with --once it stops when nothing due is left."),
            {QStringLiteral("once"), QStringLiteral("api-url")}};
}

int OutboxCommand::run(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().value(1) != QLatin1StringView("run")) {
        CliEnvironment::printError(tr("outbox: use \"outbox run\" or \"outbox run --once\"."));
        return Usage;
    }
    CliSession session;
    if (!session.openStorage() || !session.connect(parser))
        return Usage;
    const Clock *clock = CliEnvironment::clock();
    if (!clock)
        return Usage; // said why
    Outbox outbox(&session.client(), &session.storage(), *clock);
    outbox.setReadyCheck(&capRefusalFor); // the 24-hour cap, as in the app
    // A shorter claim for tests of crashed runners (a lease must outlive several renewals).
    if (const int leaseMs = qEnvironmentVariableIntValue("TOKDECK_OUTBOX_LEASE_MS"); leaseMs > 0)
        outbox.setLeaseTiming(leaseMs, std::max(1, leaseMs / 6));
    // Tests run dozens of posts a minute against a sandbox without limits:
    // TOKDECK_API_LIMITS="perMinute,perHour,createsPerAccountPerMinute" (0 = off).
    if (const QStringList limits =
            qEnvironmentVariable("TOKDECK_API_LIMITS").split(QLatin1Char(','));
        limits.size() == 3) {
        const ApiCallLedger::Limits chosen{limits.at(0).toInt(), limits.at(1).toInt(),
                                           limits.at(2).toInt()};
        session.storage().run([chosen](Stores &stores) { stores.apiCalls.setLimits(chosen); });
    }
    int failures = 0;
    int attention = 0;
    QObject::connect(&outbox, &Outbox::stateChanged, &outbox,
                     [&](qint64 id, PostState state, const QString &message) {
                         if (state == PostState::Failed)
                             ++failures;
                         if (state == PostState::NeedsAttention)
                             ++attention;
                         if (state == PostState::Uploading || state == PostState::Submitting
                             || state == PostState::Ready)
                             return;
                         CliEnvironment::printLine(
                             QString::number(id) + QLatin1Char('\t') + postStateKey(state)
                             + (message.isEmpty() ? QString() : QLatin1Char('\t') + message));
                     });
    const bool once = parser.isSet(QStringLiteral("once"));
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::resumed, &outbox, [&] { outbox.runDue(); });
    if (once)
        QObject::connect(&outbox, &Outbox::idle, &loop, &QEventLoop::quit);
    else
        outbox.setAutoRun(30'000);
    outbox.resume();
    loop.exec();
    if (attention > 0)
        return MaybePublished;
    return failures > 0 ? ApiFailed : Done;
}

} // namespace tokdeck::cli
