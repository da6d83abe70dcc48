// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"
#include "media/ThumbnailCache.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
// Waits for the preview of `path` and returns it (null if none came).
QImage waitFor(ThumbnailCache &cache, const QString &path)
{
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    if (const QImage now = cache.thumbnail(path); !now.isNull())
        return now;
    for (int i = 0; i < 50 && !cache.hasFailed(path); ++i) {
        if (ready.wait(200) || !ready.isEmpty())
            break;
    }
    return cache.thumbnail(path);
}
} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void makesAPreviewOnceAndAnswersFromMemoryAfter()
    {
        ThumbnailCache cache(dir.filePath(QStringLiteral("memory")), QSize(64, 64));
        const QString video = test::dataFile(QStringLiteral("vertical.mp4"));
        QVERIFY(cache.thumbnail(video).isNull()); // not yet: it is being made
        const QImage image = waitFor(cache, video);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= 64 && image.height() <= 64);
        QVERIFY2(image.height() > image.width(), "a vertical video gives a vertical poster");
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QCOMPARE(cache.thumbnail(video), image); // at once, from memory
        QCOMPARE(ready.count(), 0);
        QCOMPARE(cache.decodedCount(), 1);
    }

    void aNewSessionReadsTheDiskCacheInsteadOfDecoding()
    {
        const QString disk = dir.filePath(QStringLiteral("sessions"));
        const QString image = test::dataFile(QStringLiteral("portrait.jpg"));
        QImage first;
        {
            ThumbnailCache cache(disk, QSize(48, 48));
            first = waitFor(cache, image);
            QVERIFY(!first.isNull());
            QCOMPARE(cache.decodedCount(), 1);
        }
        QCOMPARE(QDir(disk).entryList(QDir::Files).size(), 1);
        ThumbnailCache again(disk, QSize(48, 48));
        const QImage second = waitFor(again, image);
        QCOMPARE(second.size(), first.size());
        QCOMPARE(again.decodedCount(), 0);
    }

    void aChangedFileIsPreviewedAfresh()
    {
        const QString disk = dir.filePath(QStringLiteral("changed"));
        const QString path = dir.filePath(QStringLiteral("picture.jpg"));
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), path));
        {
            ThumbnailCache cache(disk, QSize(48, 48));
            QVERIFY(!waitFor(cache, path).isNull());
        }
        // Same name, other content (and size): the old preview must not be shown for it.
        QFile::remove(path);
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("square.jpg")), path));
        ThumbnailCache cache(disk, QSize(48, 48));
        const QImage image = waitFor(cache, path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height()); // the square picture's preview
        QCOMPARE(cache.decodedCount(), 1);
    }

    void aFileWithoutPreviewIsRememberedAsFailed()
    {
        ThumbnailCache cache({}, QSize(48, 48));
        for (const QString &path : {test::dataFile(QStringLiteral("not-a-video.mp4")),
                                    dir.filePath(QStringLiteral("missing.mp4"))}) {
            QVERIFY(waitFor(cache, path).isNull());
            QVERIFY2(cache.hasFailed(path), qPrintable(path));
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            QVERIFY(cache.thumbnail(path).isNull()); // no second attempt
            QVERIFY(!ready.wait(100));
        }
        QCOMPARE(cache.decodedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
