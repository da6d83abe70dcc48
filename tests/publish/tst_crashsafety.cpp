// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// kill -9 at random moments: `tokdeck-cli outbox run --once` is killed while it uploads or
// submits, then run again to recover. Across every run: no draft is lost, and no draft ever
// becomes two posts on the sandbox (the sandbox lives in this process and sees everything).

#include "SandboxProcess.h"
#include "TestMedia.h"
#include "sandbox/SandboxServer.h"
#include "storage/StorageWorker.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestCrashSafety : public QObject
{
    Q_OBJECT

    static constexpr int runs = 36;
    static constexpr int leaseMs = 600;

    QTemporaryDir dir;
    SandboxServer server;

    int runCli(int killAfterMs) // -1: let it finish
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("TOKDECK_API_KEY"), server.apiKey());
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dir.path());
        // A killed runner's claim lasts this long; the recovery run waits it out.
        env.insert(QStringLiteral("TOKDECK_OUTBOX_LEASE_MS"), QString::number(leaseMs));
        env.insert(QStringLiteral("TOKDECK_API_LIMITS"), QStringLiteral("0,0,0"));
        cli.setProcessEnvironment(env);
        cli.start(test::SandboxProcess::cliPath(),
                  {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")});
        if (!cli.waitForStarted(5000))
            return -2;
        if (killAfterMs >= 0) {
            QTest::qWait(killAfterMs); // the sandbox answers the child meanwhile
            cli.kill();                // SIGKILL: no cleanup of any kind
        }
        if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60'000))
            return -3;
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        server.setRateLimits(0, 0, 0); // dozens of posts a minute on purpose
        QVERIFY(server.listen());
    }

    void killedAtRandomNeverLosesNorDoublesAPost()
    {
        const QString video = dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("vertical.mp4")), video));
        QHash<qint64, QString> captions; // post id → its unique caption
        int killedDuringUpload = 0;
        int killedDuringSubmit = 0;
        for (int run = 0; run < runs; ++run) {
            {
                // A ready post, written as the app would (and then closed: another process takes
                // over).
                StorageWorker storage(dir.filePath(QStringLiteral("tokdeck.sqlite")));
                storage.open().waitForFinished();
                Post post;
                post.type = PostType::Video;
                post.state = PostState::Ready;
                post.caption = QStringLiteral("crash run %1 🎬").arg(run);
                post.accounts = {{QStringLiteral("acc_tiktok_%1").arg(run % 3 + 1), {}, {}}};
                PostMedia media;
                // A new file per run, so every run really uploads instead of reusing.
                media.path = dir.filePath(QStringLiteral("clip-%1.mp4").arg(run));
                QFile::copy(video, media.path);
                QFile extra(media.path);
                extra.open(QIODevice::Append);
                extra.write(QByteArray::number(run)); // trailing bytes: a different hash
                extra.close();
                media.size = QFileInfo(media.path).size();
                media.kind = MediaKind::Video;
                post.media = {media};
                auto saved = storage.saveContent(post);
                saved.waitForFinished();
                QVERIFY(saved.result().ok());
                captions.insert(saved.result().value.id, post.caption);
            }
            // Slow answers widen the windows in which the kill lands mid-upload or mid-create.
            const bool duringSubmit = run % 2 == 1;
            server.delayNext(
                duringSubmit ? QStringLiteral("/post/video") : QStringLiteral("/media"), 400);
            const int mediaBefore = server.requestCount(QStringLiteral("/media"));
            const int createsBefore = server.requestCount(QStringLiteral("/post/video"));
            runCli(int(QRandomGenerator::global()->bounded(80, 700)));
            killedDuringUpload +=
                server.requestCount(QStringLiteral("/media")) > mediaBefore
                && server.requestCount(QStringLiteral("/post/video")) == createsBefore;
            killedDuringSubmit +=
                server.requestCount(QStringLiteral("/post/video")) > createsBefore;
            server.clearFaults();
            QTest::qWait(leaseMs + 100); // until the killed runner's lease has expired
            QCOMPARE(runCli(-1) >= 0,
                     true); // recovery run finishes (exit 5 is fine: needs attention)
        }

        // Every draft is still there, and ended in a state a user can act on.
        StorageWorker storage(dir.filePath(QStringLiteral("tokdeck.sqlite")));
        storage.open().waitForFinished();
        auto all = storage.search({});
        all.waitForFinished();
        QCOMPARE(all.result().value.size(), runs);
        QHash<QString, int> postsPerCaption;
        for (const QJsonObject &created : server.createdPosts())
            ++postsPerCaption[created.value(QStringLiteral("posts"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("caption"))
                                  .toString()];
        int published = 0;
        int attention = 0;
        for (const Post &post : all.result().value) {
            const int onServer = postsPerCaption.value(captions.value(post.id));
            QVERIFY2(
                onServer <= 1,
                qPrintable(QStringLiteral("%1 posted %2 times").arg(post.caption).arg(onServer)));
            if (post.state == PostState::Published) {
                ++published;
                QCOMPARE(onServer, 1);
            } else {
                QCOMPARE(post.state, PostState::NeedsAttention); // killed while its create was out
                ++attention;
            }
        }
        qInfo("%d runs: %d published, %d need attention; kills during upload %d, during submit %d",
              runs, published, attention, killedDuringUpload, killedDuringSubmit);
        QVERIFY(killedDuringUpload > 0);
        QVERIFY(killedDuringSubmit > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
