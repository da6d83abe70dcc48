// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Live updates on PostgreSQL (issue #15, team mode): migration step 14's trigger notifies each
// changed post, PgListener hears it on its own connection and thread, batches what arrives
// together, finds a dead connection, reconnects with a doubling backoff and then asks for a
// reload; StorageWorker passes it all on as postsChanged()/postsReset().

#include "PgServer.h"
#include "storage/Database.h"
#include "storage/MigrationsNotify.h"
#include "storage/PgListener.h"
#include "storage/StorageWorker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

namespace {

// Short enough for a test to see several attempts within a second.
PgListenerTiming fastTiming()
{
    PgListenerTiming timing;
    timing.healthCheckMs = 200;
    timing.firstRetryMs = 50;
    timing.maxRetryMs = 400;
    return timing;
}

QList<qint64> idsOf(const QSignalSpy &spy)
{
    QList<qint64> ids;
    for (const QList<QVariant> &arguments : spy)
        ids += arguments.at(0).value<QList<qint64>>();
    return ids;
}

const QString terminateListener =
    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE application_name = 'tokdeck-listener'");

} // namespace

class TestPgListener : public QObject
{
    Q_OBJECT

    PgServer m_server;
    std::unique_ptr<Database> m_writer; // "another member's desktop"

    // One statement on the writer's connection; the ids it returns, if any.
    QList<qint64> write(const QString &statement)
    {
        QSqlQuery query(m_writer->connection());
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return {};
        }
        QList<qint64> ids;
        while (query.isSelect() && query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }
    QList<qint64> insertPosts(int count)
    {
        return write(QStringLiteral("INSERT INTO posts (type, state, created_at, updated_at) "
                                    "SELECT 'photo', 'draft', 0, 0 FROM generate_series(1, %1) "
                                    "RETURNING id")
                         .arg(count));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }
    void init()
    {
        QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error()));
        m_writer = std::make_unique<Database>(m_server.url());
        QVERIFY(m_writer->open().ok()); // the ladder, step 14 included
    }
    void cleanup()
    {
        m_writer.reset();
        // Whatever a failed test left: the next one must be able to connect.
        m_server.execAsSuperuser(QStringLiteral("postgres"),
                                 {QStringLiteral("ALTER DATABASE tokdeck ALLOW_CONNECTIONS true")});
    }

    void theStepAddsTheTriggerOnPostgresOnly()
    {
        QVERIFY(notifyStepStatements(sql::Backend::Sqlite).isEmpty());
        QSqlQuery query(m_writer->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT tgname FROM pg_trigger "
                                          "WHERE tgname LIKE 'posts_notify_%' ORDER BY 1")));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("posts_notify_delete"),
                                     QStringLiteral("posts_notify_insert"),
                                     QStringLiteral("posts_notify_update")}));
    }

    void aChangeFromAnotherConnectionArrivesWithItsId()
    {
        PgListener listener(m_server.url(), fastTiming());
        QSignalSpy listening(&listener, &PgListener::listening);
        QSignalSpy changed(&listener, &PgListener::postsChanged);
        QSignalSpy reset(&listener, &PgListener::reset);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10'000);

        const QList<qint64> inserted = insertPosts(1);
        QCOMPARE(inserted.size(), 1);
        const qint64 id = inserted.first();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        QCOMPARE(idsOf(changed), QList<qint64>{id});
        changed.clear();

        // A lease renewal is not news; the caption change after it is, and comes alone.
        const QList<qint64> other = insertPosts(1);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        changed.clear();
        write(QStringLiteral("UPDATE posts SET lease_until = 42 WHERE id = %1").arg(id));
        write(QStringLiteral("UPDATE posts SET caption = 'changed' WHERE id = %1")
                  .arg(other.first()));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        QCOMPARE(idsOf(changed), other);
        changed.clear();

        write(QStringLiteral("DELETE FROM posts WHERE id = %1").arg(id));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        QCOMPARE(idsOf(changed), QList<qint64>{id});
        QCOMPARE(reset.count(), 0); // the first connection is not a reconnect
    }

    void changesArrivingTogetherComeAsOneSignalOfDistinctIds()
    {
        PgListener listener(m_server.url(), fastTiming());
        QSignalSpy listening(&listener, &PgListener::listening);
        QSignalSpy changed(&listener, &PgListener::postsChanged);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10'000);

        // One commit of 50 posts: 50 notices, one signal.
        QList<qint64> ids = insertPosts(50);
        QCOMPARE(ids.size(), 50);
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(changed).size(), 50, 2000); // all of them, then:
        QCOMPARE(changed.count(), 1);
        QCOMPARE(idsOf(changed), ids); // sorted, as inserted

        // Two commits sent together, the same post in both: it is named once.
        changed.clear();
        write(QStringLiteral("BEGIN; UPDATE posts SET caption = 'a' WHERE id = %1; COMMIT; "
                             "BEGIN; UPDATE posts SET caption = 'b' WHERE id IN (%1, %2); "
                             "COMMIT")
                  .arg(ids.at(3))
                  .arg(ids.at(7)));
        QTRY_VERIFY_WITH_TIMEOUT(idsOf(changed).contains(ids.at(7)), 2000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(idsOf(changed), (QList<qint64>{ids.at(3), ids.at(7)}));
    }

    void aNoticeWithoutAnIdAsksForAReload()
    {
        PgListener listener(m_server.url(), fastTiming());
        QSignalSpy listening(&listener, &PgListener::listening);
        QSignalSpy reset(&listener, &PgListener::reset);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10'000);
        write(QStringLiteral("NOTIFY %1").arg(QLatin1StringView(postsNotifyChannel)));
        QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), 2000);
    }

    void aKilledConnectionIsFoundReconnectedAndAReloadAsked()
    {
        PgListener listener(m_server.url(), fastTiming());
        QSignalSpy listening(&listener, &PgListener::listening);
        QSignalSpy lost(&listener, &PgListener::connectionLost);
        QSignalSpy reset(&listener, &PgListener::reset);
        QSignalSpy changed(&listener, &PgListener::postsChanged);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10'000);

        QElapsedTimer sinceKill;
        sinceKill.start();
        QVERIFY2(m_server.exec({terminateListener}), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 5000);
        qInfo("loss found %lld ms after the backend was terminated", sinceKill.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 1000);
        qInfo("listening again %lld ms after", sinceKill.elapsed());

        // And it hears changes again.
        const QList<qint64> ids = insertPosts(1);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        QCOMPARE(idsOf(changed), ids);
    }

    void aServerRefusingConnectionsIsRetriedWithADoublingBackoff()
    {
        PgListener listener(m_server.url(), fastTiming());
        QSignalSpy listening(&listener, &PgListener::listening);
        QSignalSpy reconnecting(&listener, &PgListener::reconnecting);
        QSignalSpy reset(&listener, &PgListener::reset);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10'000);

        // The database refuses everyone (as a server that is down or restarting would), and
        // the listener's backend is gone.
        const QString postgres = QStringLiteral("postgres");
        QVERIFY2(m_server.execAsSuperuser(
                     postgres, {QStringLiteral("ALTER DATABASE tokdeck ALLOW_CONNECTIONS false"),
                                terminateListener}),
                 qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 5, 10'000);
        QList<int> delays;
        for (const QList<QVariant> &arguments : reconnecting)
            delays << arguments.at(0).toInt();
        QCOMPARE(delays.mid(0, 5), (QList<int>{50, 100, 200, 400, 400}));
        QCOMPARE(listening.count(), 1);
        QCOMPARE(reset.count(), 0);

        QVERIFY2(m_server.execAsSuperuser(
                     postgres, {QStringLiteral("ALTER DATABASE tokdeck ALLOW_CONNECTIONS true")}),
                 qPrintable(m_server.error()));
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 1000);
    }

    void shutdownIsCleanWhileListeningAndWhileWaitingToRetry()
    {
        const auto listeners = [this] {
            QSqlQuery query(m_writer->connection());
            query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity "
                                      "WHERE application_name = 'tokdeck-listener'"));
            return query.next() ? query.value(0).toInt() : -1;
        };
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        {
            PgListener neverStarted(m_server.url());
        }
        QElapsedTimer timer;
        {
            PgListener listener(m_server.url(), fastTiming());
            QSignalSpy listening(&listener, &PgListener::listening);
            listener.start();
            QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10'000);
            QCOMPARE(listeners(), 1);
            timer.start();
        }
        qInfo("stopped in %lld ms while listening", timer.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(listeners(), 0, 5000); // the server saw it go
        {
            // Waiting for its next attempt (a long one): it does not wait that out.
            PgListenerTiming timing = fastTiming();
            timing.firstRetryMs = 60'000;
            PgListener listener(QStringLiteral("postgresql://tokdeck@127.0.0.1:1/tokdeck"), timing);
            QSignalSpy reconnecting(&listener, &PgListener::reconnecting);
            listener.start();
            QTRY_VERIFY_WITH_TIMEOUT(!reconnecting.isEmpty(), 15'000);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore); // none left behind
    }

    void theStorageWorkerAnnouncesOtherDesktopsChangesAtOnce()
    {
        StorageWorker worker(m_server.url());
        QVERIFY(worker.open().result().ok());
        QSignalSpy changed(&worker, &StorageWorker::postsChanged);
        worker.watchOtherProcesses(1000); // the app's interval: the poll is slower than that
        // The listener's connection shows up once it listens.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QSqlQuery query(m_writer->connection());
                // Its last statement: LISTEN, or the health check's after it.
                return query.exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE "
                                                 "application_name = 'tokdeck-listener' AND "
                                                 "(query LIKE 'LISTEN%' OR query = 'SELECT 1')"))
                       && query.next();
            }(),
            10'000);
        QElapsedTimer timer;
        timer.start();
        const QList<qint64> ids = insertPosts(1);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        qInfo("announced %lld ms after the commit", timer.elapsed());
        QCOMPARE(idsOf(changed), ids);

        // A lost connection becomes postsReset(), as a missed stretch of the log does.
        QSignalSpy reset(&worker, &StorageWorker::postsReset);
        QVERIFY2(m_server.exec({terminateListener}), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), 10'000);
    }
};

QTEST_GUILESS_MAIN(TestPgListener)
#include "tst_pglistener.moc"
