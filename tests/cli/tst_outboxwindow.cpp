// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the systemd timer's `tokdeck-cli outbox run --once` does with a post held locally: not
// handed over while it is beyond the 30-day window, handed over by the first run inside it.
// "Later" comes from TOKDECK_NOW (the CLI's clock seam) and the sandbox's own clock, both set
// to the same fake time.

#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TestMedia.h"
#include "sandbox/SandboxServer.h"
#include "support/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
using Run = test::CliRunner::Run;
} // namespace

class TestOutboxWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir dataDir;
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    ManualClock sandboxClock{realNow};
    SandboxServer server;

    Run cli(const QStringList &arguments, const QString &fakeNow = {})
    {
        test::CliRunner runner(server.baseUrl(), server.apiKey(), dataDir.path());
        if (!fakeNow.isEmpty())
            runner.setEnv(QStringLiteral("TOKDECK_NOW"), fakeNow);
        return runner.run(arguments);
    }
    Run runOnce(const QString &fakeNow = {})
    {
        return cli({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")},
                   fakeNow);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        server.setClock(&sandboxClock);
        QVERIFY(server.listen());
    }

    void aHeldPostIsHandedOverByTheFirstRunInsideTheWindow()
    {
        // 30 days and 2 minutes ahead: beyond the window, so held on this machine.
        const QDateTime planned = realNow.addDays(30).addSecs(120);
        Run run = cli({QStringLiteral("post"), QStringLiteral("photo"),
                       test::dataFile(QStringLiteral("portrait.jpg")), QStringLiteral("--account"),
                       QStringLiteral("acc_tiktok_1"), QStringLiteral("--caption"),
                       QStringLiteral("Advent calendar, door 1"), QStringLiteral("--at"),
                       planned.toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("local-")));

        // Now: nothing is due, nothing is sent (not even the photo).
        run = runOnce();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(server.createdPosts().size(), 0);
        QCOMPARE(server.requestCount(QStringLiteral("/media")), 0);

        // Two hours later the post is inside the window (30 days less an hour's margin, see
        // handover::windowSeconds): the next run hands it over, scheduled at its time.
        const QDateTime later = realNow.addSecs(2 * 3600);
        sandboxClock.set(later);
        run = runOnce(later.toString(Qt::ISODate));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\tscheduled")), qPrintable(run.out));
        QCOMPARE(server.createdPosts().size(), 1);
        const QDateTime sent = QDateTime::fromString(
            server.createdPosts().first().value(QStringLiteral("scheduledDate")).toString(),
            Qt::ISODate);
        QCOMPARE(sent.toSecsSinceEpoch(), planned.toSecsSinceEpoch());

        // And only once: a further run finds nothing more to do.
        run = runOnce(later.addSecs(60).toString(Qt::ISODate));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.createdPosts().size(), 1);
    }

    void aMalformedFakeTimeIsAUsageError()
    {
        const Run run = runOnce(QStringLiteral("tomorrow"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("TOKDECK_NOW")));
    }
};

QTEST_MAIN(TestOutboxWindow)
#include "tst_outboxwindow.moc"
