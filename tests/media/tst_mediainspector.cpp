// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"
#include "media/MediaInspector.h"

#include <QFutureWatcher>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tokdeck;

class TestMediaInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectsAVideoOffTheCallingThread()
    {
        MediaInspector inspector;
        // Hold both pool threads so the inspection cannot start before we watch it: then the
        // synchronous continuation runs where the work finished, on a pool thread.
        QSemaphore release;
        QSemaphore holding;
        for (int i = 0; i < MediaInspector::maxThreads; ++i) {
            inspector.threadPool()->start([&] {
                holding.release();
                release.acquire();
            });
        }
        // Released on every exit, or a failed check would leave the destructor waiting forever.
        auto unblock = qScopeGuard([&] { release.release(MediaInspector::maxThreads); });
        QVERIFY(holding.tryAcquire(MediaInspector::maxThreads, 5000));

        QFuture<MediaInspection> future =
            inspector.inspect(test::dataFile(QStringLiteral("vertical.mp4")), QSize(128, 128));
        QThread *finishedOn = nullptr;
        QFuture<void> done =
            future.then(QtFuture::Launch::Sync, [&finishedOn](const MediaInspection &) {
                finishedOn = QThread::currentThread();
            });
        QTest::qWait(100);
        QVERIFY2(!future.isFinished() && !finishedOn, "only two inspections run at once");

        QFutureWatcher<MediaInspection> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        unblock.dismiss();
        release.release(MediaInspector::maxThreads);
        QVERIFY(finished.wait(10000)); // the GUI thread's event loop ran meanwhile
        done.waitForFinished();
        QVERIFY(finishedOn);
        QVERIFY(finishedOn != QThread::currentThread());

        const MediaInspection result = future.result();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.info.probed);
        QCOMPARE(QSize(result.info.width, result.info.height), QSize(1080, 1920));
        QCOMPARE(result.thumbnail.size(), QSize(72, 128));
    }

    void inspectsManyImagesAtOnce()
    {
        MediaInspector inspector;
        const QStringList files = {QStringLiteral("portrait.jpg"), QStringLiteral("square.jpg"),
                                   QStringLiteral("small.png"), QStringLiteral("landscape.mov")};
        QList<QFuture<MediaInspection>> futures;
        QStringList paths;
        for (int i = 0; i < 24; ++i) {
            paths.append(test::dataFile(files.at(i % files.size())));
            futures.append(inspector.inspect(paths.constLast(), QSize(96, 96)));
        }
        QVERIFY(inspector.threadPool()->activeThreadCount() <= MediaInspector::maxThreads);
        for (int i = 0; i < futures.size(); ++i) {
            const MediaInspection result = futures.at(i).result();
            QCOMPARE(result.info.path, paths.at(i));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QVERIFY(result.info.probed);
            QVERIFY(!result.thumbnail.isNull());
            QVERIFY(result.thumbnail.width() <= 96 && result.thumbnail.height() <= 96);
        }
    }

    void reportsFailuresAsValues()
    {
        MediaInspector inspector;
        const MediaInspection text =
            inspector.inspect(test::dataFile(QStringLiteral("not-a-video.mp4")), QSize(64, 64))
                .result();
        QCOMPARE(text.info.format, MediaFormat::Unknown);
        QVERIFY(!text.info.probed);
        QVERIFY(text.thumbnail.isNull());

        QTemporaryDir dir;
        const MediaInspection missing =
            inspector.inspect(dir.filePath(QStringLiteral("gone.mov")), QSize(64, 64)).result();
        QVERIFY(!missing.info.probed);
        QVERIFY2(missing.error.contains(QLatin1StringView("gone.mov")), qPrintable(missing.error));
    }

    void emptyThumbnailSizeSkipsTheThumbnail()
    {
        MediaInspector inspector;
        const MediaInspection result =
            inspector.inspect(test::dataFile(QStringLiteral("square.jpg")), QSize()).result();
        QVERIFY(result.info.probed);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.thumbnail.isNull());
    }

    void closingFinishesEveryFuture()
    {
        QList<QFuture<MediaInspection>> futures;
        {
            MediaInspector inspector;
            for (int i = 0; i < 40; ++i)
                futures.append(inspector.inspect(test::dataFile(QStringLiteral("vertical.mp4")),
                                                 QSize(64, 64)));
        } // destroyed with most of them still queued
        int cancelled = 0;
        for (const QFuture<MediaInspection> &future : futures) {
            QVERIFY(future.isFinished()); // nobody is left waiting forever
            const MediaInspection result = future.result();
            QVERIFY(result.info.probed || !result.error.isEmpty());
            cancelled += result.info.probed ? 0 : 1;
        }
        QVERIFY(cancelled > 0);
    }
};

QTEST_GUILESS_MAIN(TestMediaInspector)
#include "tst_mediainspector.moc"
