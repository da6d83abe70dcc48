// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokdeck-cli slots set/show and post --queue end to end: real CLI processes on a real data
// folder against the sandbox, with "now" pinned (TOKDECK_NOW for the CLI, the sandbox's clock)
// to Friday 2027-03-26 08:00 in Berlin, just before the spring-forward change. Two processes
// queueing at once take different slots.

#include "CliRunner.h"
#include "TestMedia.h"
#include "sandbox/SandboxServer.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
using Run = test::CliRunner::Run;
const QString fakeNow = QStringLiteral("2027-03-26T07:00:00Z");
const QString spec = QStringLiteral("Mon-Fri 09:00,18:00; Sat 11:00");
} // namespace

class TestCliSlots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_sandboxClock{QDateTime::fromString(fakeNow, Qt::ISODate)};
    SandboxServer m_server;

    Run cli(const QStringList &arguments)
    {
        test::CliRunner runner(m_server.baseUrl(), m_server.apiKey(), m_dir.path());
        runner.setEnv(QStringLiteral("TOKDECK_NOW"), fakeNow);
        return runner.run(arguments);
    }
    Run postPhoto(const QString &account, const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("post"), QStringLiteral("photo"),
                               test::dataFile(QStringLiteral("portrait.jpg")),
                               QStringLiteral("--account"), account, QStringLiteral("--caption"),
                               QStringLiteral("From the queue")}
                   + extra);
    }
    QString lastScheduledDate() const
    {
        return m_server.createdPosts()
            .value(m_server.createdPosts().size() - 1)
            .value(QStringLiteral("scheduledDate"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        m_server.setClock(&m_sandboxClock);
        QVERIFY(m_server.listen());
    }

    void aBadSpecIsRefusedByItsPart()
    {
        const Run run = cli({QStringLiteral("slots"), QStringLiteral("set"),
                             QStringLiteral("acc_tiktok_1"), QStringLiteral("Mon-Fry 09:00")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("\"Fry\"")), qPrintable(run.err));
        const Run zone =
            cli({QStringLiteral("slots"), QStringLiteral("set"), QStringLiteral("acc_tiktok_1"),
                 spec, QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(zone.exitCode, 3);
        QVERIFY2(zone.err.contains(QStringLiteral("Mars/Olympus")), qPrintable(zone.err));
    }

    void setThenShowTheNextFive()
    {
        Run run =
            cli({QStringLiteral("slots"), QStringLiteral("set"), QStringLiteral("acc_tiktok_1"),
                 QStringLiteral(" mon-fri 9:00, 18:00 ; sat 11:00"), QStringLiteral("--tz"),
                 QStringLiteral("Europe/Berlin")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("acc_tiktok_1\t%1\tEurope/Berlin\n").arg(spec));

        run = cli({QStringLiteral("slots"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject account = all.first().toObject();
        QCOMPARE(account.value(QStringLiteral("account")).toString(),
                 QStringLiteral("acc_tiktok_1"));
        QCOMPARE(account.value(QStringLiteral("spec")).toString(), spec);
        QCOMPARE(account.value(QStringLiteral("zone")).toString(), QStringLiteral("Europe/Berlin"));
        const QJsonArray next = account.value(QStringLiteral("next")).toArray();
        QStringList utc;
        for (const QJsonValue &slot : next)
            utc.append(slot.toObject().value(QStringLiteral("utc")).toString());
        // Friday 09:00 and 18:00, Saturday 11:00, then Monday after the change: an hour less.
        QCOMPARE(utc, (QStringList{QStringLiteral("2027-03-26T08:00:00Z"),
                                   QStringLiteral("2027-03-26T17:00:00Z"),
                                   QStringLiteral("2027-03-27T10:00:00Z"),
                                   QStringLiteral("2027-03-29T07:00:00Z"),
                                   QStringLiteral("2027-03-29T16:00:00Z")}));
        QCOMPARE(next.at(3).toObject().value(QStringLiteral("zoned")).toString(),
                 QStringLiteral("2027-03-29T09:00:00+02:00"));

        run = cli({QStringLiteral("slots"), QStringLiteral("show")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Fri 2027-03-26 09:00 Europe/Berlin")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Mon 2027-03-29 09:00 Europe/Berlin")));
    }

    void postQueueTakesTheNextFreeSlots()
    {
        Run run = postPhoto(QStringLiteral("acc_tiktok_1"), {QStringLiteral("--queue")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2027-03-26T08:00:00Z")), qPrintable(run.err));
        QCOMPARE(lastScheduledDate(), QStringLiteral("2027-03-26T08:00:00Z"));

        // That slot is now held: the next post goes to 18:00.
        run = postPhoto(QStringLiteral("acc_tiktok_1"), {QStringLiteral("--queue")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(lastScheduledDate(), QStringLiteral("2027-03-26T17:00:00Z"));
        QCOMPARE(m_server.createdPosts().size(), 2);
    }

    void noSlotsOrBothTimesAreRefused()
    {
        Run run = postPhoto(QStringLiteral("acc_tiktok_2"), {QStringLiteral("--queue")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Trail Running Tips")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("tokdeck-cli slots set acc_tiktok_2")));
        run = postPhoto(QStringLiteral("acc_tiktok_1"),
                        {QStringLiteral("--queue"), QStringLiteral("--at"), fakeNow});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(m_server.createdPosts().size(), 2);
    }

    void theCapRefusesTheTwentyFirstWithExit3()
    {
        {
            // Twenty ready posts of one account on Tuesday from 10:00 Berlin, 5 minutes apart.
            StorageWorker storage(m_dir.filePath(QStringLiteral("tokdeck.sqlite")));
            QVERIFY(storage.open().result().ok());
            for (int i = 0; i < 20; ++i) {
                Post post;
                post.type = PostType::Photo;
                post.caption = QStringLiteral("busy day %1").arg(i);
                post.state = PostState::Ready;
                post.plannedAt =
                    QDateTime::fromString(QStringLiteral("2027-03-30T08:00:00Z"), Qt::ISODate)
                        .addSecs(i * 300);
                post.accounts = {{QStringLiteral("acc_tiktok_2"), {}, {}}};
                QVERIFY(storage.saveContent(post).result().ok());
            }
        }
        Run run = postPhoto(QStringLiteral("acc_tiktok_2"),
                            {QStringLiteral("--at"), QStringLiteral("2027-03-31T07:00:00Z")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Trail Running Tips already has 20 posts")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Tue 30 Mar")));
        QCOMPARE(m_server.createdPosts().size(), 2);

        // 24 hours after the first of them the window has moved on: accepted.
        run = postPhoto(QStringLiteral("acc_tiktok_2"),
                        {QStringLiteral("--at"), QStringLiteral("2027-03-31T08:00:00Z")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(lastScheduledDate(), QStringLiteral("2027-03-31T08:00:00Z"));
    }

    void twoProcessesQueueingAtOnceTakeDifferentSlots()
    {
        // Trail Running Tips (one create so far: the API's 3 a minute leave room for two more
        // at this pinned minute) gets slots; Friday 09:00 and 18:00 Berlin are free. Two
        // processes started together must not both take 09:00.
        const Run set =
            cli({QStringLiteral("slots"), QStringLiteral("set"), QStringLiteral("acc_tiktok_2"),
                 spec, QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        test::CliRunner runner(m_server.baseUrl(), m_server.apiKey(), m_dir.path());
        runner.setEnv(QStringLiteral("TOKDECK_NOW"), fakeNow);
        // Each holds its planned slot a second before saving it: without the queue lock both
        // would have planned 09:00 by then.
        runner.setEnv(QStringLiteral("TOKDECK_TEST_PLAN_HOLD_MS"), QStringLiteral("1000"));
        const QStringList arguments{QStringLiteral("post"),
                                    QStringLiteral("photo"),
                                    test::dataFile(QStringLiteral("portrait.jpg")),
                                    QStringLiteral("--account"),
                                    QStringLiteral("acc_tiktok_2"),
                                    QStringLiteral("--caption"),
                                    QStringLiteral("Racing for a slot"),
                                    QStringLiteral("--queue")};
        const qsizetype before = m_server.createdPosts().size();
        QProcess *first = runner.start(arguments);
        QProcess *second = runner.start(arguments);
        const bool finished = runner.waitAll(60'000);
        QVERIFY2(
            finished,
            QByteArray(first->readAllStandardError() + second->readAllStandardError()).constData());
        QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
        QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
        const auto created = m_server.createdPosts();
        QCOMPARE(created.size(), before + 2);
        QStringList dates{created.at(before).value(QStringLiteral("scheduledDate")).toString(),
                          created.at(before + 1).value(QStringLiteral("scheduledDate")).toString()};
        dates.sort();
        QCOMPARE(dates, (QStringList{QStringLiteral("2027-03-26T08:00:00Z"),
                                     QStringLiteral("2027-03-26T17:00:00Z")}));
    }
};

QTEST_MAIN(TestCliSlots)
#include "tst_clislots.moc"
