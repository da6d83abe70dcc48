// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The outbox against the real sandbox and a real database file: every transition, every
// fault the contract names, restarts at each step, upload reuse, and the hand-over horizon.

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "publish/Outbox.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<test::LocalSandbox> sandbox;
    SandboxServer *server = nullptr; // sandbox->server and ->client, for short
    ApiClient *client = nullptr;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<Outbox> outbox;

    QString copyOf(const char *name)
    {
        const QString target = dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                            + QLatin1Char('-') + QString::fromLatin1(name));
        QFile::remove(target);
        QFile::copy(test::dataFile(QString::fromLatin1(name)), target);
        return target;
    }

    Post videoPost(std::optional<QDateTime> when = std::nullopt, const QString &file = {})
    {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Ready;
        post.caption = QStringLiteral("Outbox test 🎬 #fyp");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}},
                         {QStringLiteral("acc_tiktok_2"), QStringLiteral("Own caption ✨"),
                          QStringLiteral("Own title")}};
        PostMedia media;
        media.path = file.isEmpty() ? copyOf("vertical.mp4") : file;
        media.size = QFileInfo(media.path).size();
        media.kind = MediaKind::Video;
        post.media = {media};
        post.plannedAt = when;
        return post;
    }

    Post save(Post post)
    {
        auto future = storage->saveContent(post);
        future.waitForFinished();
        if (!future.result().ok())
            qFatal("save failed: %s", qPrintable(future.result().error));
        return future.result().value;
    }

    Post load(qint64 id)
    {
        auto future = storage->load(id);
        future.waitForFinished();
        return *future.result().value;
    }

    // Leaves the post as a runner that died in `state` (uploading or submitting) would: claimed
    // under a lease that has already expired.
    void leaveAsCrashed(qint64 id, PostState state)
    {
        auto future = storage->run([id, state](Stores &stores) {
            const QString runner = QStringLiteral("crashed-runner");
            stores.lifecycle.transition(id, {PostState::Draft}, PostState::Ready);
            bool ok =
                stores.lifecycle.claim(id, runner, QDateTime::currentDateTimeUtc().addSecs(-1));
            if (ok && state == PostState::Submitting)
                ok = stores.lifecycle
                         .transition(id, {PostState::Uploading}, PostState::Submitting,
                                     {{}, {}, runner, {}})
                         .done();
            return ok;
        });
        QVERIFY(future.result());
    }

    // Runs due work until the outbox is idle again.
    void runUntilIdle()
    {
        QSignalSpy idle(outbox.get(), &Outbox::idle);
        outbox->runDue();
        QVERIFY(idle.wait(20'000));
    }

    int creates() const { return server->requestCount(QStringLiteral("/post/video")); }

private Q_SLOTS:
    void init()
    {
        clock.set(QDateTime::currentDateTimeUtc());
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start(&clock));
        sandbox->retryFast();
        server = &sandbox->server;
        client = &sandbox->client;
        storage = test::openTestStorage(dir, clock);
        QVERIFY(storage);
        outbox = std::make_unique<Outbox>(client, storage.get(), clock);
    }
    void cleanup()
    {
        outbox.reset();
        storage.reset();
        sandbox.reset();
    }

    void postNowIsPublishedWithPerAccountTexts()
    {
        const Post post = save(videoPost());
        runUntilIdle();
        const Post after = load(post.id);
        QCOMPARE(after.state, PostState::Published);
        QVERIFY(after.serverPostId.startsWith(QStringLiteral("post_")));
        QVERIFY(after.media.first().isUploaded());
        const QJsonArray targets =
            server->createdPosts().first().value(QStringLiteral("posts")).toArray();
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Own caption ✨"));
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Outbox test 🎬 #fyp"));
    }

    void scheduledInsideTheWindowIsHandedOver()
    {
        const Post post = save(videoPost(clock.nowUtc().addDays(2)));
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Scheduled);
        QVERIFY(server->createdPosts().first().contains(QStringLiteral("scheduledDate")));
    }

    void create500NeedsAttentionAndIsNotRepeated()
    {
        server->failNext(QStringLiteral("/post/video"), 500);
        const Post post = save(videoPost(clock.nowUtc().addDays(1)));
        runUntilIdle();
        Post after = load(post.id);
        QCOMPARE(after.state, PostState::NeedsAttention);
        QVERIFY(after.lastError.contains(QStringLiteral("may have received")));
        QCOMPARE(creates(), 1);
        runUntilIdle(); // nothing happens by itself
        QCOMPARE(creates(), 1);
        // The user checked: not published. Send again, once.
        QSignalSpy idle(outbox.get(), &Outbox::idle);
        outbox->sendAgain(post.id);
        QVERIFY(idle.wait(20'000));
        QCOMPARE(load(post.id).state, PostState::Scheduled);
        QCOMPARE(creates(), 2);
    }

    void droppedCreateNeedsAttention()
    {
        server->dropNext(QStringLiteral("/post/video"));
        const Post post = save(videoPost());
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::NeedsAttention);
        QCOMPARE(creates(), 1);
        QVERIFY(server->createdPosts().isEmpty());
        outbox->confirmPublished(post.id);
        QTRY_COMPARE(load(post.id).state, PostState::Published);
    }

    void rateLimitedCreateIsRetried()
    {
        server->failNext(QStringLiteral("/post/video"), 429, 1, 0);
        const Post post = save(videoPost(clock.nowUtc().addDays(1)));
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Scheduled);
        QCOMPARE(creates(), 2);
    }

    void uploadServerErrorIsRetried()
    {
        server->failNext(QStringLiteral("/media"), 500);
        const Post post = save(videoPost());
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Published);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 2);
    }

    void badUploadFailsWithAReason()
    {
        const Post post = save(videoPost({}, copyOf("not-a-video.mp4")));
        runUntilIdle();
        const Post after = load(post.id);
        QCOMPARE(after.state, PostState::Failed);
        QVERIFY(!after.lastError.isEmpty());
        QCOMPARE(creates(), 0);
    }

    void restartWhileUploadingResumesAndKeepsUploads()
    {
        // Two images; the first was uploaded before the "crash".
        Post post = videoPost();
        post.type = PostType::Slideshow;
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        PostMedia first;
        first.path = copyOf("portrait.jpg");
        first.kind = MediaKind::Image;
        PostMedia second;
        second.path = copyOf("square.jpg");
        second.kind = MediaKind::Image;
        post.media = {first, second};
        post = save(post);
        // A real earlier upload of the first image.
        runUntilIdle(); // publishes it fully once...
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 2);
        // ...now pretend the process died mid-upload of a copy whose first file was done.
        Post copy = post;
        copy.id = 0;
        copy.state = PostState::Draft;
        copy.media[0].id = 0;
        copy.media[0].mediaId = load(post.id).media[0].mediaId;
        copy.media[1].id = 0;
        copy.media[1].path = copyOf("small.png");
        copy.media[1].mediaId.clear();
        copy = save(copy);
        leaveAsCrashed(copy.id, PostState::Uploading);

        QSignalSpy resumed(outbox.get(), &Outbox::resumed);
        outbox->resume();
        QVERIFY(resumed.wait(5000));
        QCOMPARE(load(copy.id).state, PostState::Ready);
        runUntilIdle();
        QCOMPARE(load(copy.id).state, PostState::Published);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 3); // only small.png was sent
    }

    void restartWhileSubmittingNeverSendsAgain()
    {
        const Post post = save(videoPost());
        leaveAsCrashed(post.id, PostState::Submitting);
        QSignalSpy resumed(outbox.get(), &Outbox::resumed);
        outbox->resume();
        QVERIFY(resumed.wait(5000));
        const Post after = load(post.id);
        QCOMPARE(after.state, PostState::NeedsAttention);
        QVERIFY(after.lastError.contains(QStringLiteral("may have been published")));
        runUntilIdle();
        QCOMPARE(creates(), 0);
    }

    void sameContentIsUploadedOnce()
    {
        const QString file = copyOf("vertical.mp4");
        const Post a = save(videoPost({}, file));
        runUntilIdle();
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 1);
        // Another post of the same video (even under another name) reuses the upload.
        const QString renamed = dir.filePath(QStringLiteral("renamed-copy.mp4"));
        QFile::remove(renamed);
        QVERIFY(QFile::copy(file, renamed));
        Post second = videoPost({}, renamed);
        second.accounts = {{QStringLiteral("acc_tiktok_3"), {}, {}}};
        const Post b = save(second);
        runUntilIdle();
        QCOMPARE(load(b.id).state, PostState::Published);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 1);
        QCOMPARE(load(b.id).media.first().mediaId, load(a.id).media.first().mediaId);
    }

    void uploadsAreReusedOnlyOnTheServerThatIssuedThem()
    {
        const QString file = copyOf("vertical.mp4");
        save(videoPost({}, file));
        runUntilIdle();
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 1);
        // Another server (the real API after the sandbox, say): its ids are different.
        SandboxServer other;
        other.setClock(&clock);
        QVERIFY(other.listen());
        client->setBaseUrl(other.baseUrl());
        client->setApiKey(other.apiKey());
        Post second = videoPost({}, file);
        second.accounts = {{QStringLiteral("acc_tiktok_3"), {}, {}}};
        const Post b = save(second);
        runUntilIdle();
        QCOMPARE(load(b.id).state, PostState::Published);
        QCOMPARE(other.requestCount(QStringLiteral("/media")), 1); // uploaded again, not reused
    }

    void heldLocallyUntilInsideTheWindow()
    {
        const Post post = save(videoPost(clock.nowUtc().addDays(40)));
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Ready);
        QVERIFY(load(post.id).isHeldLocally(clock.nowUtc()));
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0);
        clock.advanceSeconds(11LL * 24 * 3600); // now 29 days before: inside the window
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Scheduled);
    }

    void keepEditableWaitsUntilAnHourBefore()
    {
        Post draft = videoPost(clock.nowUtc().addDays(3));
        draft.handOver = HandOver::KeepEditable;
        const Post post = save(draft);
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Ready);
        clock.advanceSeconds(3 * 24 * 3600 - 50 * 60); // 50 minutes before
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Scheduled);
    }

    void fileChangedOnDiskIsCaught()
    {
        Post draft = videoPost();
        const Post post = save(draft);
        QFile file(post.media.first().path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("more bytes");
        file.close();
        runUntilIdle();
        const Post after = load(post.id);
        QCOMPARE(after.state, PostState::Failed);
        QVERIFY(after.lastError.contains(QStringLiteral("changed on disk")));
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0);
    }

    void missedTimeFailsClearly()
    {
        Post draft =
            videoPost(clock.nowUtc().addSecs(5 * 60)); // 5 minutes: too late for Crosspostify
        const Post post = save(draft);
        runUntilIdle();
        const Post after = load(post.id);
        QCOMPARE(after.state, PostState::Failed);
        QVERIFY(after.lastError.contains(QStringLiteral("10 minutes")));
        QCOMPARE(creates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
