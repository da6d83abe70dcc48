// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The upload queue against the sandbox: N files become N drafts and N uploads (two at a
// time, retries included), progress adds up, a cancel (even one while the draft is being
// saved) and an injected failure (then retry) behave, and duplicates are noticed instead of
// sent.

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "publish/UploadQueue.h"

#include <QDir>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;
using Status = UploadQueue::Status;

class TestUploadQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<test::LocalSandbox> sandbox;
    SandboxServer *server = nullptr; // sandbox->server, for short
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<UploadQueue> queue;

    bool waitIdle()
    {
        return QTest::qWaitFor([&] { return queue->isIdle(); }, 20'000);
    }

    int uploadingNow() const
    {
        return int(std::count_if(
            queue->items().begin(), queue->items().end(),
            [](const UploadQueue::Item &i) { return i.status == Status::Uploading; }));
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start());
        sandbox->retryNever(); // so an injected failure shows up as a failure
        server = &sandbox->server;
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
        queue = std::make_unique<UploadQueue>(&sandbox->client, storage.get());
    }
    void cleanup()
    {
        queue.reset();
        storage.reset();
        sandbox.reset();
    }

    void folderOfVideosBecomesDraftsAndUploads()
    {
        const QString folder = dir.filePath(QStringLiteral("five"));
        test::distinctVideos(folder, 5);
        int maxRunning = 0;
        connect(queue.get(), &UploadQueue::itemChanged, this, [&] {
            const int uploading = int(std::count_if(
                queue->items().begin(), queue->items().end(),
                [](const UploadQueue::Item &i) { return i.status == Status::Uploading; }));
            maxRunning = std::max(maxRunning, uploading);
        });
        QSignalSpy drafts(queue.get(), &UploadQueue::draftCreated);
        queue->add({folder});
        QCOMPARE(queue->items().size(), 5);
        QVERIFY(waitIdle());
        QCOMPARE(drafts.size(), 5);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 5);
        QVERIFY(maxRunning <= 2);
        for (const auto &item : queue->items()) {
            QCOMPARE(item.status, Status::Done);
            QCOMPARE(item.sent, item.total);
            QVERIFY(item.total > 0);
        }
        auto stored = storage->drafts();
        stored.waitForFinished();
        QCOMPARE(stored.result().value.size(), 5);
        for (const Post &post : stored.result().value)
            QVERIFY(post.media.first().isUploaded()); // publishing later needs no upload
    }

    void duplicatesAreNoticed()
    {
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("dups")), 1);
        const QString copy = dir.filePath(QStringLiteral("dups/same-content.mp4"));
        QVERIFY(QFile::copy(videos.first(), copy));
        queue->add({videos.first(), copy});
        QVERIFY(waitIdle());
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 1);
        QCOMPARE(queue->items().at(1).status, Status::Duplicate);
        // Dropped again later: the earlier upload is found and reused.
        queue->add({copy});
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().at(2).status, Status::Duplicate);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 1);
    }

    void failureThenRetryAndCancel()
    {
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("faults")), 2);
        queue->setMaxConcurrent(1);
        server->failNext(QStringLiteral("/media"), 500);
        queue->add({videos.at(0)});
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().at(0).status, Status::Failed);
        QVERIFY(queue->items().at(0).message.contains(QStringLiteral("500")));
        queue->retry(0);
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().at(0).status, Status::Done);

        server->delayNext(QStringLiteral("/media"), 2000);
        queue->add({videos.at(1)});
        QVERIFY(QTest::qWaitFor([&] { return queue->items().at(1).status == Status::Uploading; },
                                10'000));
        queue->cancel(1);
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().at(1).status, Status::Cancelled);
    }

    void retriesKeepTheLimitOfTwoAtOnce()
    {
        // Four uploads fail (each already has its draft), then all four are retried at once:
        // they go back in line and start two at a time, like new files.
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("retries")), 4);
        server->failNext(QStringLiteral("/media"), 500, 4);
        queue->add(videos);
        QVERIFY(waitIdle());
        for (const auto &item : queue->items()) {
            QCOMPARE(item.status, Status::Failed);
            QVERIFY(item.postId > 0);
        }
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 4);

        // Slow answers, so the retried uploads overlap and a third one would be seen.
        server->delayNext(QStringLiteral("/media"), 300, 4);
        int maxUploading = 0;
        connect(queue.get(), &UploadQueue::itemChanged, this,
                [&] { maxUploading = std::max(maxUploading, uploadingNow()); });
        QSignalSpy drafts(queue.get(), &UploadQueue::draftCreated);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(queue->canRetry(i));
            queue->retry(i);
            maxUploading = std::max(maxUploading, uploadingNow());
        }
        QCOMPARE(uploadingNow(), 2); // two started, two waiting their turn
        QCOMPARE(queue->items().at(3).status, Status::Waiting);
        QVERIFY(waitIdle());
        QCOMPARE(maxUploading, 2);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 8);
        QCOMPARE(drafts.size(), 0); // the drafts made the first time are reused
        for (const auto &item : queue->items())
            QCOMPARE(item.status, Status::Done);
        auto stored = storage->drafts();
        stored.waitForFinished();
        QCOMPARE(stored.result().value.size(), 4);
    }

    void cancelWhileTheDraftIsSavedSendsNothing()
    {
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("early")), 1);
        // Hold the storage thread, so the item's draft save waits behind this job.
        QSemaphore gate;
        auto release = qScopeGuard([&] { gate.release(); });
        storage->run([&gate](Stores &) { gate.acquire(); });
        int mediaRequests = 0;
        connect(server, &SandboxServer::requestHandled, this,
                [&](const QString &, const QString &path) {
                    if (path == QStringLiteral("/media"))
                        ++mediaRequests;
                });
        QSignalSpy drafts(queue.get(), &UploadQueue::draftCreated);
        queue->add(videos);
        // Hashed (the hash is taken just before the save is queued), and the save is out.
        QVERIFY(QTest::qWaitFor([&] { return !queue->items().at(0).sha256.isEmpty(); }, 10'000));
        QCOMPARE(queue->items().at(0).status, Status::Checking);
        QVERIFY(queue->canCancel(0));
        queue->cancel(0);
        QCOMPARE(queue->items().at(0).status, Status::Cancelled);
        QVERIFY(!queue->isIdle()); // the save has still to come back
        release.dismiss();
        gate.release();
        QVERIFY(drafts.wait(10'000));
        QVERIFY(waitIdle());
        QTest::qWait(200); // a request, had one started, would have arrived by now
        QCOMPARE(queue->items().at(0).status, Status::Cancelled);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0);
        QCOMPARE(mediaRequests, 0);
        QVERIFY(queue->items().at(0).postId > 0); // the draft stays, like after any cancel

        // Retried: only the upload is missing, and that draft gets it.
        QVERIFY(queue->canRetry(0));
        queue->retry(0);
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().at(0).status, Status::Done);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 1);
        QCOMPARE(drafts.size(), 1);
        auto stored = storage->drafts();
        stored.waitForFinished();
        QCOMPARE(stored.result().value.size(), 1);
        QVERIFY(stored.result().value.first().media.first().isUploaded());
    }

    void progressOnlyGrowsAndEndsAtHundred()
    {
        // Big enough for many progress reports; different sizes, so different content.
        const QString big = dir.filePath(QStringLiteral("big.mp4"));
        const QString bigger = dir.filePath(QStringLiteral("bigger.mp4"));
        QVERIFY(test::writeSparseMp4(big, 12 * 1024 * 1024));
        QVERIFY(test::writeSparseMp4(bigger, 16 * 1024 * 1024));
        QHash<int, QList<int>> percents;
        connect(queue.get(), &UploadQueue::itemChanged, this, [&](int index) {
            const auto &item = queue->items().at(index);
            if (item.status == Status::Uploading || item.status == Status::Done)
                percents[index].append(item.percent());
        });
        queue->add({big, bigger});
        QVERIFY(waitIdle());
        for (int index = 0; index < 2; ++index) {
            QCOMPARE(queue->items().at(index).status, Status::Done);
            const QList<int> &seen = percents.value(index);
            QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
            QCOMPARE(seen.first(), 0);
            QCOMPARE(seen.last(), 100);
            QStringList text;
            for (int percent : seen)
                text << QString::number(percent);
            QVERIFY2(
                std::is_sorted(seen.begin(), seen.end()),
                qPrintable(QStringLiteral("item %1: ").arg(index) + text.join(QLatin1Char(' '))));
            // Somewhere between start and end, not only 0 then 100.
            QVERIFY(std::any_of(seen.begin(), seen.end(), [](int p) { return p > 0 && p < 100; }));
            QVERIFY(queue->items().at(index).bytesPerSecond > 0);
        }
    }

    void notMediaFailsWithAReason()
    {
        queue->add({test::dataFile(QStringLiteral("not-a-video.mp4"))});
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().first().status, Status::Failed);
        QVERIFY(queue->items().first().message.contains(QStringLiteral("not-a-video.mp4")));
    }
};

QTEST_GUILESS_MAIN(TestUploadQueue)
#include "tst_uploadqueue.moc"
