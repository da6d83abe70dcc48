// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Never alone: several real `tokdeck-cli outbox run` processes (and the app's outbox) on one
// data folder (in tst_multirunner_postgres: one PostgreSQL database), against the sandbox in this
// process, which counts every create call. Each post is created exactly once; a killed runner's
// post is left alone until its lease expires, then recovered: an upload is sent once, a create call
// goes to needs attention.

#include "CliRunner.h"
#include "PgServer.h"
#include "TestMedia.h"
#include "api/ApiClient.h"
#include "publish/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "storage/StorageWorker.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestMultiRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<StorageWorker> m_storage;
    QString m_databaseUrl; // tst_multirunner_postgres: every process on the test's server

    QString dbPath() const { return m_dir->filePath(QStringLiteral("tokdeck.sqlite")); }

    // `count` ready photo posts "now", each with its own image file (so each really uploads)
    // and a unique caption; returns their ids.
    QList<qint64> readyPosts(int count, const QString &tag)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            Post post;
            post.type = PostType::Photo;
            post.state = PostState::Ready;
            post.caption = QStringLiteral("%1 %2").arg(tag).arg(i);
            post.accounts = {{QStringLiteral("acc_tiktok_%1").arg(i % 3 + 1), {}, {}}};
            PostMedia media;
            media.path = m_dir->filePath(QStringLiteral("%1-%2.jpg").arg(tag).arg(i));
            QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), media.path);
            {
                QFile file(media.path); // a byte more: other content, so no upload is reused
                file.open(QIODevice::Append);
                file.write(QByteArray::number(i));
            }
            media.size = QFileInfo(media.path).size();
            media.kind = MediaKind::Image;
            post.media = {media};
            const auto saved = m_storage->saveContent(post).result();
            if (!saved.ok())
                qWarning() << saved.error;
            ids.append(saved.value.id);
        }
        return ids;
    }

    // Creates per caption at the sandbox.
    QHash<QString, int> createsByCaption() const
    {
        QHash<QString, int> counts;
        for (const QJsonObject &created : m_server->createdPosts())
            ++counts[created.value(QStringLiteral("posts"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("caption"))
                         .toString()];
        return counts;
    }

    Post load(qint64 id) { return m_storage->load(id).result().value.value_or(Post{}); }

    test::CliRunner runner()
    {
        test::CliRunner cli(m_server->baseUrl(), m_server->apiKey(), m_dir->path());
        cli.setEnv(QStringLiteral("TOKDECK_API_LIMITS"), QStringLiteral("0,0,0"));
        if (!m_databaseUrl.isEmpty())
            cli.setEnv(QStringLiteral("TOKDECK_DATABASE_URL"), m_databaseUrl);
        return cli;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<SandboxServer>();
        m_server->setRateLimits(0, 0, 0); // dozens of posts a minute on purpose
        QVERIFY(m_server->listen());
        m_databaseUrl.clear();
        if (test::PgServer *postgres = test::testPgServer()) { // an empty schema per test
            QVERIFY2(postgres->isRunning() && postgres->resetSchema(),
                     qPrintable(postgres->error()));
            m_databaseUrl = postgres->url();
        }
        m_storage =
            std::make_unique<StorageWorker>(m_databaseUrl.isEmpty() ? dbPath() : m_databaseUrl);
        QVERIFY(m_storage->open().result().ok());
    }
    void cleanup()
    {
        m_storage.reset();
        m_server.reset();
        m_dir.reset();
    }

    void runnersShareDuePostsAndSendEachOnce_data()
    {
        QTest::addColumn<int>("runners");
        QTest::addColumn<int>("posts");
        QTest::newRow("two runners, 20 posts") << 2 << 20;
        QTest::newRow("three runners, 30 posts") << 3 << 30;
    }
    void runnersShareDuePostsAndSendEachOnce()
    {
        QFETCH(int, runners);
        QFETCH(int, posts);
        const QList<qint64> ids = readyPosts(posts, QStringLiteral("shared"));
        // A slow /media keeps every runner busy at once, so they really compete.
        m_server->delayNext(QStringLiteral("/media"), 150, posts);
        test::CliRunner cli = runner();
        for (int i = 0; i < runners; ++i)
            cli.outboxRunOnce();
        QVERIFY(cli.waitAll());
        for (const auto &process : cli.processes())
            QCOMPARE(process->exitCode(), 0);

        const QHash<QString, int> creates = createsByCaption();
        QCOMPARE(m_server->createdPosts().size(), posts); // 1.00 create per post
        for (int i = 0; i < posts; ++i)
            QCOMPARE(creates.value(QStringLiteral("shared %1").arg(i)), 1);
        for (qint64 id : ids)
            QCOMPARE(load(id).state, PostState::Published);
        // The work was shared: every runner printed at least one post (none sat idle while
        // another did everything).
        int runnersThatSent = 0;
        for (const auto &process : cli.processes())
            runnersThatSent += process->readAllStandardOutput().contains("published") ? 1 : 0;
        QVERIFY2(runnersThatSent >= 2, "the posts were not shared between the runners");
    }

    void appOutboxAndCliRunnerSendEachOnce()
    {
        const int posts = 12;
        readyPosts(posts, QStringLiteral("mixed"));
        m_server->delayNext(QStringLiteral("/media"), 150, posts);
        ApiClient client;
        client.setBaseUrl(m_server->baseUrl());
        client.setApiKey(m_server->apiKey());
        Outbox app(&client, m_storage.get());
        m_storage->run([](Stores &stores) { stores.apiCalls.setLimits({0, 0, 0}); });
        test::CliRunner cli = runner();
        cli.outboxRunOnce();
        app.runDue();
        QVERIFY(cli.waitAll());
        QTRY_VERIFY_WITH_TIMEOUT(!app.isBusy(), 60'000);
        QCOMPARE(m_server->createdPosts().size(), posts);
        for (int count : createsByCaption())
            QCOMPARE(count, 1);
    }

    void killedRunnersPostWaitsForItsLease_data()
    {
        QTest::addColumn<QString>("slowPath");
        QTest::addColumn<int>("expected"); // PostState after recovery
        QTest::addColumn<int>("createsAfter");
        // Killed while uploading: nobody touches it until the lease expires, then it is sent.
        QTest::newRow("mid-upload") << QStringLiteral("/media") << int(PostState::Published) << 1;
        // Killed while its create call was out (the sandbox created it, the answer was late):
        // after the lease it needs attention and is never sent again.
        QTest::newRow("mid-submit")
            << postTypeEndpoint(PostType::Photo) << int(PostState::NeedsAttention) << 1;
    }
    void killedRunnersPostWaitsForItsLease()
    {
        QFETCH(QString, slowPath);
        QFETCH(int, expected);
        QFETCH(int, createsAfter);
        const qint64 id = readyPosts(1, QStringLiteral("killed")).first();
        const int leaseMs = 4000;
        m_server->delayNext(slowPath, 20'000); // the runner will be stuck here
        test::CliRunner cli = runner();
        cli.setEnv(QStringLiteral("TOKDECK_OUTBOX_LEASE_MS"), QString::number(leaseMs));
        QProcess *victim = cli.outboxRunOnce();
        const PostState stuckIn =
            slowPath == QLatin1StringView("/media") ? PostState::Uploading : PostState::Submitting;
        QTRY_COMPARE_WITH_TIMEOUT(load(id).state, stuckIn, 15'000);
        if (stuckIn == PostState::Submitting) // the create really arrived
            QTRY_COMPARE(m_server->createdPosts().size(), 1);
        victim->kill(); // SIGKILL: no goodbye, the lease stays until it expires
        QVERIFY(cli.waitAll(10'000));
        QElapsedTimer sinceKill;
        sinceKill.start();

        // Another runner at once: the post is not its to take yet.
        test::CliRunner other = runner();
        other.setEnv(QStringLiteral("TOKDECK_OUTBOX_LEASE_MS"), QString::number(leaseMs));
        other.outboxRunOnce();
        QVERIFY(other.waitAll());
        if (sinceKill.elapsed() < leaseMs - 500) { // on a slow machine it may already be due
            QCOMPARE(load(id).state, stuckIn);
            QCOMPARE(m_server->createdPosts().size(), stuckIn == PostState::Submitting ? 1 : 0);
        }

        // After the lease: recovered by the next runner, and sent at most once in all.
        QTest::qWait(std::max<qint64>(0, leaseMs + 200 - sinceKill.elapsed()));
        m_server->clearFaults();
        test::CliRunner late = runner();
        late.outboxRunOnce();
        QVERIFY(late.waitAll());
        QCOMPARE(int(load(id).state), expected);
        QCOMPARE(m_server->createdPosts().size(), createsAfter);
    }

    void manyProcessesOpenANewDataFolderAtOnce()
    {
        // 30 tries of four processes creating one new database together: all succeed. On
        // PostgreSQL: four desktops opening an emptied schema (the advisory lock's test).
        // (10 tries there: each costs a second of connections and eleven steps.)
        const int attempts = test::testPgServer() ? 10 : 30;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            QTemporaryDir fresh;
            test::CliRunner cli(m_server->baseUrl(), m_server->apiKey(), fresh.path());
            if (test::PgServer *postgres = test::testPgServer()) {
                QVERIFY2(postgres->resetSchema(), qPrintable(postgres->error()));
                cli.setEnv(QStringLiteral("TOKDECK_DATABASE_URL"), m_databaseUrl);
            }
            for (int i = 0; i < 4; ++i)
                cli.start({QStringLiteral("drafts")});
            QVERIFY(cli.waitAll(30'000));
            for (const auto &process : cli.processes())
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QStringLiteral("attempt %1: %2")
                                        .arg(attempt)
                                        .arg(QString::fromUtf8(process->readAllStandardError()))));
        }
    }
};

QTEST_GUILESS_MAIN(TestMultiRunner)
#include "tst_multirunner.moc"
