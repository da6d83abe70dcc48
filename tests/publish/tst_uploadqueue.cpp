// The upload queue against the sandbox: N files become N drafts and N uploads (two at a
// time), progress adds up, a cancel and an injected failure (then retry) behave, and
// duplicates are noticed instead of sent.

#include "TestMedia.h"
#include "api/ApiClient.h"
#include "publish/UploadQueue.h"
#include "sandbox/SandboxServer.h"
#include "storage/StorageWorker.h"

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
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<UploadQueue> queue;

    // Distinct videos: the same clip with a different trailing byte each.
    QStringList makeVideos(const QString &folder, int count)
    {
        QDir().mkpath(folder);
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString path = folder + QStringLiteral("/clip-%1.mp4").arg(i);
            QFile::copy(test::dataFile(QStringLiteral("vertical.mp4")), path);
            QFile file(path);
            file.open(QIODevice::Append);
            file.write(QByteArray::number(i));
            paths.append(path);
        }
        return paths;
    }

    bool waitIdle()
    {
        return QTest::qWaitFor([&] { return queue->isIdle(); }, 20'000);
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        client = std::make_unique<ApiClient>();
        client->setBaseUrl(server->baseUrl());
        client->setApiKey(server->apiKey());
        RetryPolicy once;
        once.maxAttempts = 1; // so an injected failure shows up as a failure
        client->setRetryPolicy(once);
        storage = std::make_unique<StorageWorker>(
            dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        auto opened = storage->open();
        opened.waitForFinished();
        queue = std::make_unique<UploadQueue>(client.get(), storage.get());
    }
    void cleanup()
    {
        queue.reset();
        storage.reset();
        client.reset();
        server.reset();
    }

    void folderOfVideosBecomesDraftsAndUploads()
    {
        const QString folder = dir.filePath(QStringLiteral("five"));
        makeVideos(folder, 5);
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
        const QStringList videos = makeVideos(dir.filePath(QStringLiteral("dups")), 1);
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
        const QStringList videos = makeVideos(dir.filePath(QStringLiteral("faults")), 2);
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
