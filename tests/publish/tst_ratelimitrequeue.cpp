// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A 429 that outlasts the automatic retries does not end a post "failed": the post goes back
// to ready with the time Crosspostify gave, is skipped before it and sent after it. The real
// sandbox (its fault injection answers 429 with Retry-After) and a real database file; time is
// a ManualClock shared by the outbox, the storage and the sandbox.

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "publish/Outbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestRateLimitRequeue : public QObject
{
    Q_OBJECT

    // Longer than RetryPolicy::maxRetryAfterMs (120 s): reported, not waited out in the job.
    static constexpr int retryAfterSeconds = 600;

    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<test::LocalSandbox> sandbox;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<Outbox> outbox;

    Post save()
    {
        const QString file = dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                          + QStringLiteral(".mp4"));
        QFile::remove(file);
        QFile::copy(test::dataFile(QStringLiteral("vertical.mp4")), file);
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Ready;
        post.caption = QStringLiteral("Rate limited");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        PostMedia media;
        media.path = file;
        media.size = QFileInfo(file).size();
        media.kind = MediaKind::Video;
        post.media = {media};
        return storage->saveContent(post).result().value;
    }
    Post load(qint64 id) { return *storage->load(id).result().value; }
    QList<qint64> deferred()
    {
        return storage
            ->run(
                [now = clock.nowUtc()](Stores &stores) { return stores.lifecycle.deferredAt(now); })
            .result();
    }
    void runUntilIdle()
    {
        QSignalSpy idle(outbox.get(), &Outbox::idle);
        outbox->runDue();
        QVERIFY(idle.wait(20'000));
    }
    int creates() const { return sandbox->server.requestCount(QStringLiteral("/post/video")); }

    // Sends a post whose `path` answers 429 once; proves the re-queue, the skip and the send.
    void requeuedAt(const QString &path)
    {
        sandbox->server.failNext(path, 429, 1, retryAfterSeconds);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Post post = save();
        runUntilIdle();

        const Post requeued = load(post.id);
        QCOMPARE(requeued.state, PostState::Ready);
        QCOMPARE(deferred(), QList<qint64>{post.id});
        // The message names the local time the server gave (never "at once", never a promise
        // without a time).
        const QDateTime at = before.addSecs(retryAfterSeconds);
        QVERIFY2(requeued.lastError.contains(QStringLiteral("sends it again at")),
                 qPrintable(requeued.lastError));
        const QString hhmm = at.toLocalTime().toString(QStringLiteral("HH:mm"));
        const QString nextMinute = at.addSecs(60).toLocalTime().toString(QStringLiteral("HH:mm"));
        QVERIFY2(requeued.lastError.contains(hhmm) || requeued.lastError.contains(nextMinute),
                 qPrintable(requeued.lastError));
        const int createsBefore = creates();

        // Before its time: skipped, however often the outbox looks.
        clock.advanceSeconds(retryAfterSeconds - 30);
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Ready);
        QCOMPARE(creates(), createsBefore);

        // After it: sent, and the not-before time is gone with the state change.
        clock.advanceSeconds(60);
        runUntilIdle();
        const Post sent = load(post.id);
        QCOMPARE(sent.state, PostState::Published);
        QVERIFY(sent.lastError.isEmpty());
        QCOMPARE(creates(), createsBefore + 1);
        QVERIFY(deferred().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        clock.set(QDateTime::currentDateTimeUtc());
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start(&clock));
        sandbox->retryFast();
        storage = test::openTestStorage(dir, clock);
        QVERIFY(storage);
        outbox = std::make_unique<Outbox>(&sandbox->client, storage.get(), clock);
    }
    void cleanup()
    {
        outbox.reset();
        storage.reset();
        sandbox.reset();
    }

    // submitting → ready: the 429 answered the create call, so nothing was created.
    void rateLimitedCreateIsRequeued() { requeuedAt(QStringLiteral("/post/video")); }
    // uploading → ready: the 429 answered an upload.
    void rateLimitedUploadIsRequeued() { requeuedAt(QStringLiteral("/media")); }

    void aRequeuedPostIsNotClaimedByRunOneEither()
    {
        sandbox->server.failNext(QStringLiteral("/post/video"), 429, 1, retryAfterSeconds);
        const Post post = save();
        runUntilIdle();
        QCOMPARE(load(post.id).state, PostState::Ready);
        QSignalSpy idle(outbox.get(), &Outbox::idle);
        outbox->runOne(post.id);
        QVERIFY(idle.wait(20'000));
        QCOMPARE(load(post.id).state, PostState::Ready);
        QCOMPARE(creates(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitRequeue)
#include "tst_ratelimitrequeue.moc"
