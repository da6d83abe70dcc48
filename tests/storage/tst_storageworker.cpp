// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// StorageWorker: jobs run on its own thread, in order; results arrive on the caller's side;
// failures are signalled; destruction finishes queued work. On a SQLite file (and, in
// tst_storageworker_postgres, a PostgreSQL database).

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/StorageWorker.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace tokdeck;
using namespace tokdeck::test;

namespace {

template<class T> T await(QFuture<T> future)
{
    // Keeps the GUI-side event loop running, as the app would, instead of blocking it.
    if (!QTest::qWaitFor([&]() { return future.isFinished(); }, 10000))
        qFatal("a storage job did not finish within 10 s");
    return future.result();
}

} // namespace

class TestStorageWorker : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0{QDate(2025, 6, 1), QTime(14, 0), Qt::UTC};

private Q_SLOTS:
    void runsOnItsOwnThread()
    {
        QTemporaryDir dir;
        const QString location = testDatabaseLocation(dir);
        QVERIFY(!location.isEmpty());
        StorageWorker worker(location);
        const DatabaseOpenResult opened = await(worker.open());
        QVERIFY2(opened.ok(), qPrintable(opened.error));

        QThread *gui = QThread::currentThread();
        const QFuture<QThread *> where =
            worker.run([](Stores &) { return QThread::currentThread(); });
        QThread *ranOn = await(where);
        QVERIFY(ranOn != gui);
        QCOMPARE(ranOn, worker.workerThread());
        QVERIFY(worker.workerThread()->isRunning());
    }

    void resultsArriveInOrder()
    {
        QTemporaryDir dir;
        const QString location = testDatabaseLocation(dir);
        QVERIFY(!location.isEmpty());
        StorageWorker worker(location);
        worker.open(); // not awaited: later jobs are queued behind it

        // Queued back to back without waiting: the load sees the save.
        QFuture<StorageResult<Post>> saved = worker.saveContent(samplePost(t0));
        QFuture<StorageResult<QList<Post>>> month = worker.inRange(t0.addDays(-1), t0.addDays(1));
        const StorageResult<Post> savedResult = await(saved);
        QVERIFY2(savedResult.ok(), qPrintable(savedResult.error));
        QVERIFY(savedResult.value.id > 0);
        QVERIFY(savedResult.value.media.at(0).id > 0);
        const StorageResult<QList<Post>> monthResult = await(month);
        QVERIFY(monthResult.ok());
        QCOMPARE(monthResult.value.size(), 1);
        QCOMPARE(monthResult.value.first(), savedResult.value);

        // A continuation on a context object runs on that object's (this, GUI) thread.
        std::atomic<QThread *> continuationThread = nullptr;
        std::atomic<bool> found = false;
        worker.load(savedResult.value.id)
            .then(this, [&](const StorageResult<std::optional<Post>> &r) {
                continuationThread = QThread::currentThread();
                found = r.ok() && r.value.has_value();
            });
        QTRY_VERIFY_WITH_TIMEOUT(found.load(), 10000);
        QCOMPARE(continuationThread.load(), QThread::currentThread());

        QVERIFY(
            await(worker.transition(savedResult.value.id, {PostState::Ready}, PostState::Uploading))
                .value.done());
        QCOMPARE(await(worker.withStates({PostState::Uploading})).value.size(), 1);
        QVERIFY(await(worker.setMediaUploaded(savedResult.value.media.at(0).id,
                                              QStringLiteral("vid_1"), t0))
                    .value);
        QCOMPARE(await(worker.findMediaIdBySha256(savedResult.value.media.at(0).sha256)).value,
                 QStringLiteral("vid_1"));
        QVERIFY(await(worker.saveAccounts(
                          {{QStringLiteral("a"), QStringLiteral("tiktok"), {}, {}, {}}}))
                    .value);
        QCOMPARE(await(worker.cachedAccounts()).value.size(), 1);
        QCOMPARE(await(worker.knownHashtags(5)).value.first(), QStringLiteral("#fyp"));
        QCOMPARE(await(worker.drafts()).value.size(), 0);
        // Uploading: a runner holds it, so it cannot be deleted; once it failed, it can.
        QVERIFY(!await(worker.remove(savedResult.value.id)).value);
        QVERIFY(await(worker.transition(savedResult.value.id, {PostState::Uploading},
                                        PostState::Failed))
                    .value.done());
        QVERIFY(await(worker.remove(savedResult.value.id)).value);
    }

    void failuresAreSignalled()
    {
        QTemporaryDir dir;
        const QString location = testDatabaseLocation(dir);
        QVERIFY(!location.isEmpty());
        StorageWorker worker(location);
        QVERIFY(await(worker.open()).ok());
        QSignalSpy spy(&worker, &StorageWorker::storageFailed);
        const StorageResult<qint64> result = await(worker.movePlannedAt(12345, t0, t0));
        QVERIFY(!result.ok());
        QCOMPARE(result.value, 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), result.error);

        // Not found is not a failure.
        const StorageResult<std::optional<Post>> missing = await(worker.load(12345));
        QVERIFY(missing.ok());
        QVERIFY(!missing.value);
        QCOMPARE(spy.count(), 1);
    }

    void openFailureIsSignalled()
    {
        if (testPgServer())
            QSKIP("a directory in the file's place fails SQLite; tst_teamoffline has the server's");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        QVERIFY(QDir().mkpath(path)); // a directory: cannot be a database
        StorageWorker worker(path);
        QSignalSpy spy(&worker, &StorageWorker::storageFailed);
        const DatabaseOpenResult opened = await(worker.open());
        QVERIFY(!opened.ok());
        QTRY_COMPARE(spy.count(), 1);
        const StorageResult<Post> saved = await(worker.saveContent(Post{}));
        QVERIFY(!saved.ok());
        QVERIFY(saved.error.contains(QStringLiteral("not open")));
    }

    void destructionFinishesQueuedWork()
    {
        QTemporaryDir dir;
        const QString path = testDatabaseLocation(dir);
        QVERIFY(!path.isEmpty());
        QFuture<StorageResult<Post>> last;
        {
            StorageWorker worker(path);
            worker.open();
            for (int i = 0; i < 20; ++i) {
                Post post = samplePost(t0.addDays(i));
                post.state = PostState::Draft;
                last = worker.saveContent(post);
            }
        } // the window closes right after the last autosave was queued
        QVERIFY(last.isFinished());
        QVERIFY(last.result().ok());

        Database db(path);
        QVERIFY(db.open().ok());
        Stores stores(db, Clock::system());
        QCOMPARE(stores.posts.drafts().size(), 20);
    }

    void announcesCommittedChangesAndOtherProcesses()
    {
        QTemporaryDir dir;
        const QString path = testDatabaseLocation(dir);
        QVERIFY(!path.isEmpty());
        StorageWorker worker(path);
        QVERIFY(await(worker.open()).ok());
        QSignalSpy changed(&worker, &StorageWorker::postsChanged);
        const Post saved = await(worker.saveContent(samplePost(t0))).value;
        QCOMPARE(changed.count(), 1); // emitted before the answer arrives
        QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{saved.id});
        await(worker.load(saved.id));
        QCOMPARE(changed.count(), 0);                              // reads announce nothing
        await(worker.movePlannedAt(saved.id, t0.addDays(-1), t0)); // refused: nothing changed
        QCOMPARE(changed.count(), 0);

        // Another connection (as another process would) changes the post: the watcher sees it.
        worker.watchOtherProcesses(50);
        await(worker.load(saved.id)); // the watcher has started after this
        StorageWorker other(path);
        QVERIFY(await(other.open()).ok());
        QVERIFY(
            await(other.transition(saved.id, {PostState::Ready}, PostState::Draft)).value.done());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QVERIFY(changed.takeFirst().at(0).value<QList<qint64>>().contains(saved.id));
        // A lease renewal is not news.
        QVERIFY(
            await(other.transition(saved.id, {PostState::Draft}, PostState::Ready)).value.done());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        changed.clear();
        await(other.run([id = saved.id](Stores &stores) {
            return stores.lifecycle.claim(id, QStringLiteral("r"),
                                          QDateTime::currentDateTimeUtc().addSecs(60))
                   && stores.lifecycle.renewLease(id, QStringLiteral("r"),
                                                  QDateTime::currentDateTimeUtc().addSecs(90));
        }));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000); // the claim is a change
        changed.clear();
        await(other.run([id = saved.id](Stores &stores) {
            return stores.lifecycle.renewLease(id, QStringLiteral("r"),
                                               QDateTime::currentDateTimeUtc().addSecs(120));
        }));
        QTest::qWait(300); // several polls: a negative check needs time to pass
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorageWorker)
#include "tst_storageworker.moc"
