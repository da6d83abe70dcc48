// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Recurring posts from tokdeck-cli end to end: real CLI processes on a real data folder
// against the sandbox, "now" pinned to Saturday 2027-03-20 09:00 in Berlin (TOKDECK_NOW and the
// sandbox's clock). `post --repeat` sends the first post, stores the further ones as ready
// posts at 09:00 Berlin across the DST change, and the outbox hands them over; `repeat ID`
// repeats a stored draft as drafts; a bad rule is exit 3 with nothing sent.

#include "CliRunner.h"
#include "TestMedia.h"
#include "sandbox/SandboxServer.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
using Run = test::CliRunner::Run;
const QString fakeNow = QStringLiteral("2027-03-20T08:00:00Z");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
QList<qint64> localIds(const QStringList &lines)
{
    QList<qint64> ids;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1StringView("local-")))
            ids.append(line.mid(6).toLongLong());
    }
    return ids;
}
} // namespace

class TestCliRepeat : public QObject
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
    Run postPhoto(const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("post"), QStringLiteral("photo"),
                               test::dataFile(QStringLiteral("portrait.jpg")),
                               QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                               QStringLiteral("--caption"), QStringLiteral("Sunday special")}
                   + extra);
    }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("tokdeck.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        m_server.setClock(&m_sandboxClock);
        QVERIFY(m_server.listen());
    }

    void aBadRuleIsExit3AndNothingIsSent()
    {
        Run run = postPhoto({QStringLiteral("--at"), QStringLiteral("2027-03-21T08:00:00Z"),
                             QStringLiteral("--repeat"), QStringLiteral("every 2 fortnights x 3")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("\"fortnights\"")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // A series needs a date to start from.
        run = postPhoto({QStringLiteral("--repeat"), QStringLiteral("every 1 week x 2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--at")), qPrintable(run.err));
        QCOMPARE(m_server.createdPosts().size(), 0);
    }

    void postRepeatMakesTheSeriesAndTheOutboxSendsIt()
    {
        // Sunday 09:00 Berlin (CET); the next Sunday is in summer time.
        const Run run = postPhoto({QStringLiteral("--at"), QStringLiteral("2027-03-21T08:00:00Z"),
                                   QStringLiteral("--repeat"), QStringLiteral("every 1 week x 3"),
                                   QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(!lines.first().startsWith(QLatin1StringView("local-")), qPrintable(run.out));
        const QList<qint64> copies = localIds(lines);
        QCOMPARE(copies.size(), 2);
        QVERIFY2(run.err.contains(QStringLiteral("duplicate content")), qPrintable(run.err));
        QCOMPARE(m_server.createdPosts().size(), 1);
        {
            StorageWorker storage(databasePath());
            QVERIFY(storage.open().result().ok());
            const QList<Post> stored = storage.loadMany(copies).result().value;
            QCOMPARE(stored.size(), 2);
            const QList<QDateTime> expected = {utc("2027-03-28T07:00:00Z"),
                                               utc("2027-04-04T07:00:00Z")};
            for (qsizetype i = 0; i < stored.size(); ++i) {
                QCOMPARE(stored.at(i).state, PostState::Ready);
                QCOMPARE(*stored.at(i).plannedAt, expected.at(i));
                QCOMPARE(stored.at(i).caption, QStringLiteral("Sunday special"));
            }
            const auto positions = storage.seriesPositions(copies).result().value;
            QCOMPARE(positions.value(copies.last()).index, 3);
            QCOMPARE(positions.value(copies.last()).count, 3);
        }
        // Within 30 days: the next outbox run hands both over at their times (three creates
        // for the account in a minute: the most the key allows).
        const Run outbox =
            cli({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(outbox.exitCode == 0, qPrintable(outbox.err));
        QCOMPARE(m_server.createdPosts().size(), 3);
        QStringList dates;
        for (const QJsonObject &created : m_server.createdPosts())
            dates.append(created.value(QStringLiteral("scheduledDate")).toString());
        dates.sort();
        QCOMPARE(dates, (QStringList{QStringLiteral("2027-03-21T08:00:00Z"),
                                     QStringLiteral("2027-03-28T07:00:00Z"),
                                     QStringLiteral("2027-04-04T07:00:00Z")}));
    }

    void repeatAStoredDraft()
    {
        qint64 draftId = 0;
        qint64 undatedId = 0;
        {
            StorageWorker storage(databasePath());
            QVERIFY(storage.open().result().ok());
            Post draft;
            draft.type = PostType::Photo;
            draft.caption = QStringLiteral("Every other day");
            draft.plannedAt = utc("2027-03-22T17:00:00Z");
            draft.accounts = {{QStringLiteral("acc_tiktok_2"), {}, {}}};
            draftId = storage.saveContent(draft).result().value.id;
            draft.plannedAt.reset();
            undatedId = storage.saveContent(draft).result().value.id;
            QVERIFY(draftId && undatedId);
        }
        Run run = cli({QStringLiteral("repeat"), QStringLiteral("local-%1").arg(draftId),
                       QStringLiteral("every 2 days x 3"), QStringLiteral("--tz"),
                       QStringLiteral("Europe/Berlin")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<qint64> copies = localIds(run.out.split(u'\n', Qt::SkipEmptyParts));
        QCOMPARE(copies.size(), 2);
        {
            StorageWorker storage(databasePath());
            QVERIFY(storage.open().result().ok());
            const QList<Post> stored = storage.loadMany(copies).result().value;
            QCOMPARE(stored.size(), 2);
            QCOMPARE(stored.at(0).state, PostState::Draft);
            QCOMPARE(*stored.at(0).plannedAt, utc("2027-03-24T17:00:00Z"));
            QCOMPARE(*stored.at(1).plannedAt, utc("2027-03-26T17:00:00Z"));
        }
        run = cli({QStringLiteral("repeat"), QString::number(draftId),
                   QStringLiteral("every 2 days x 0")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("x 0")), qPrintable(run.err));
        run = cli({QStringLiteral("repeat"), QString::number(undatedId),
                   QStringLiteral("every 2 days x 3")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("no date")), qPrintable(run.err));
        run = cli({QStringLiteral("repeat"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: tokdeck-cli repeat ")));
    }
};

QTEST_MAIN(TestCliRepeat)
#include "tst_clirepeat.moc"
