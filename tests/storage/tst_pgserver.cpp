// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PostgreSQL fixture and the store's second backend: a private server starts on loopback
// and goes away with its object; Database opens a postgresql:// URL, runs the ladder there
// once (also when several desktops open a new database at the same moment) and never keeps
// the password in what it shows.

#include "PgServer.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPgServer : public QObject
{
    Q_OBJECT

    PgServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }
    void init() { QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error())); }

    void theServerIsPostgres15OnLoopback()
    {
        QVERIFY(m_server.port() > 0);
        QCOMPARE(m_server.url(),
                 QStringLiteral("postgresql://tokdeck@127.0.0.1:%1/tokdeck").arg(m_server.port()));
        Database db(m_server.url());
        QVERIFY(db.isPostgres());
        QVERIFY(db.open().ok());
        QCOMPARE(sql::backendOf(db.connection()), sql::Backend::Postgres);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SHOW server_version")) && query.next());
        QVERIFY2(query.value(0).toString().startsWith(QLatin1StringView("15")),
                 qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(QStringLiteral("SHOW listen_addresses")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("127.0.0.1"));
    }

    void theLadderRunsOnceAndIsFoundDone()
    {
        {
            Database db(m_server.url());
            const DatabaseOpenResult first = db.open();
            QVERIFY2(first.ok(), qPrintable(first.error));
            QCOMPARE(first.fromVersion, 0);
            QCOMPARE(first.toVersion, Migrations::latestVersion);
        }
        Database again(m_server.url());
        const DatabaseOpenResult second = again.open();
        QVERIFY(second.ok());
        QCOMPARE(second.fromVersion, Migrations::latestVersion);
        QCOMPARE(second.toVersion, Migrations::latestVersion);
        // The tables of every step are there, with PostgreSQL's types.
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'posts' "
            "AND column_name IN ('id', 'planned_at', 'series_id') ORDER BY column_name")));
        QStringList types;
        while (query.next())
            types << query.value(0).toString();
        QCOMPARE(types, QStringList(3, QStringLiteral("bigint")));
    }

    void concurrentFirstOpensRunEachStepOnce()
    {
        // Four desktops open the same new database at once: the advisory lock lets one run each
        // step; the others wait and find it done (without it, two ran CREATE TABLE posts).
        constexpr int desktops = 4;
        std::atomic<int> opened{0};
        std::vector<std::unique_ptr<QThread>> threads;
        const QString url = m_server.url();
        for (int i = 0; i < desktops; ++i) {
            threads.emplace_back(QThread::create([&opened, url] {
                Database db(url);
                if (db.open().ok())
                    ++opened;
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60'000));
        QCOMPARE(opened.load(), desktops);
        Database db(url);
        QCOMPARE(db.open().fromVersion, Migrations::latestVersion);
    }

    void thePasswordIsNeverShown()
    {
        Database db(QStringLiteral("postgresql://alice:s3cret@db.example:5433/team"));
        QVERIFY(db.isPostgres());
        QCOMPARE(db.path(), QStringLiteral("postgresql://alice@db.example:5433/team"));
        QVERIFY(!Database(QStringLiteral("/tmp/x.sqlite")).isPostgres());
    }

    void aServerOffThisMachineNeedsACheckedCertificate()
    {
        // Refused before any packet leaves: plain text, or TLS without checking who answers.
        for (const QString &mode : {QStringLiteral("disable"), QStringLiteral("require")}) {
            Database db(QStringLiteral("postgresql://alice@db.example:5433/team?sslmode=") + mode);
            const DatabaseOpenResult result = db.open();
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(u"db.example") && result.error.contains(mode),
                     qPrintable(result.error));
        }
        // Loopback by name needs none (the test server has no certificate at all).
        Database local(QStringLiteral("postgresql://%1@localhost:%2/%3")
                           .arg(QLatin1String(PgServer::user))
                           .arg(m_server.port())
                           .arg(QLatin1String(PgServer::database)));
        const DatabaseOpenResult opened = local.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
    }

    void theServerStopsWithItsObject()
    {
        int port = 0;
        {
            PgServer other;
            QVERIFY2(other.start(), qPrintable(other.error()));
            port = other.port();
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
            QVERIFY(socket.waitForConnected(5000));
        }
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        QVERIFY(!socket.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
