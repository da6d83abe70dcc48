// The upload queue against the sandbox: N files become N drafts and N uploads (two at a
// time), progress adds up, a cancel and an injected failure (then retry) behave, and
// duplicates are noticed instead of sent.

#include "LocalSandbox.h"
#include "TestStorage.h"
#include "TestMedia.h"
#include "publish/UploadQueue.h"

#include <QDir>
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
            const int uploading = int(std::count_if(queue->items().begin(), queue->items().end(),
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
        QVERIFY(QTest::qWaitFor([&] { return queue->items().at(1).status == Status::Uploading; }, 10'000));
        queue->cancel(1);
        QVERIFY(waitIdle());
        QCOMPARE(queue->items().at(1).status, Status::Cancelled);
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
