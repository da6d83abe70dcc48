// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GeneratedMedia.h"
#include "TestMedia.h"
#include "media/MediaProbe.h"
#include "media/Thumbnailer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestThumbnailer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString tempFile(const QString &name) const { return m_dir.filePath(name); }

    // A 640×360 H.264 video, left half blue, right half red, tagged with a display rotation.
    QString halvesVideo(int rotate)
    {
        const QString plain = tempFile(QStringLiteral("halves.mp4"));
        if (!QFile::exists(plain)) {
            const QString failure = test::runFfmpeg(
                {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("color=c=red:size=640x360:rate=25:duration=3,"
                                "drawbox=x=0:y=0:w=320:h=360:color=blue:t=fill"),
                 QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                 QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                 plain});
            if (!failure.isEmpty())
                return {};
        }
        const QString rotated = tempFile(QStringLiteral("halves%1.mp4").arg(rotate));
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-i"), plain, QStringLiteral("-c"), QStringLiteral("copy"),
             QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=%1").arg(rotate), rotated});
        return failure.isEmpty() ? rotated : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fitsInsideWithoutEnlarging_data()
    {
        QTest::addColumn<QSize>("shown");
        QTest::addColumn<QSize>("maxSize");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("portrait into square")
            << QSize(1080, 1920) << QSize(256, 256) << QSize(144, 256);
        QTest::newRow("landscape into square")
            << QSize(640, 360) << QSize(320, 320) << QSize(320, 180);
        QTest::newRow("already small") << QSize(640, 360) << QSize(2000, 2000) << QSize(640, 360);
        QTest::newRow("extreme strip") << QSize(4000, 2) << QSize(100, 100) << QSize(100, 1);
        QTest::newRow("empty box") << QSize(640, 360) << QSize(0, 0) << QSize();
    }
    void fitsInsideWithoutEnlarging()
    {
        QFETCH(QSize, shown);
        QFETCH(QSize, maxSize);
        QFETCH(QSize, expected);
        QCOMPARE(Thumbnailer::fitted(shown, maxSize), expected);
    }

    void posterFrameOfTheVerticalVideo()
    {
        QString error;
        const QImage image = Thumbnailer::posterFrame(
            test::dataFile(QStringLiteral("vertical.mp4")), QSize(256, 256), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(144, 256));
        QCOMPARE(image.format(), QImage::Format_RGB32);
        QCOMPARE(qAlpha(image.pixel(10, 10)), 255);
        QVERIFY2(test::pixelVariance(image) > 100, "the grid should show"); // not blank
        // The background colour 0x2040a0 came through the YUV round trip.
        QVERIFY2(test::closeTo(image.pixelColor(5, 5), QColor(0x20, 0x40, 0xa0)),
                 qPrintable(image.pixelColor(5, 5).name()));
    }

    void posterFrameOfTheLandscapeMov()
    {
        QString error;
        const QImage image = Thumbnailer::posterFrame(
            test::dataFile(QStringLiteral("landscape.mov")), QSize(320, 320), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(320, 180));
        QVERIFY2(test::closeTo(image.pixelColor(160, 90), QColor(0xa0, 0x40, 0x20)),
                 qPrintable(image.pixelColor(160, 90).name()));
    }

    void posterFrameIsNotEnlarged()
    {
        const QImage image = Thumbnailer::posterFrame(
            test::dataFile(QStringLiteral("landscape.mov")), QSize(4000, 4000));
        QCOMPARE(image.size(), QSize(640, 360));
    }

    void posterFrameIsAboutOneSecondIn()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        // Red until 0.8 s, then green; one keyframe at the start, so the frame at 1 s can only
        // be reached by decoding forward from the (red) keyframe.
        const QString path = tempFile(QStringLiteral("redgreen.mp4"));
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("color=c=red:size=320x240:rate=25:duration=0.8"), QStringLiteral("-f"),
             QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("color=c=green:size=320x240:rate=25:duration=2.2"),
             QStringLiteral("-filter_complex"), QStringLiteral("[0:v][1:v]concat=n=2:v=1"),
             QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
             QStringLiteral("ultrafast"), QStringLiteral("-g"), QStringLiteral("250"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        const QImage image = Thumbnailer::posterFrame(path, QSize(64, 64), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QVERIFY2(test::closeTo(image.pixelColor(32, 24), QColor(0, 128, 0), 50),
                 qPrintable(image.pixelColor(32, 24).name()));
    }

    void shortVideoGivesItsFirstFrame()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = tempFile(QStringLiteral("short.mp4"));
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=360x640:rate=30:duration=0.5"), QStringLiteral("-c:v"),
             QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        const QImage image = Thumbnailer::posterFrame(path, QSize(90, 160), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(90, 160));
        QVERIFY(test::pixelVariance(image) > 100);
    }

    void vp9PosterFrame()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = tempFile(QStringLiteral("vp9.mp4"));
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=360x640:rate=30:duration=2"), QStringLiteral("-c:v"),
             QStringLiteral("libvpx-vp9"), QStringLiteral("-deadline"), QStringLiteral("realtime"),
             QStringLiteral("-cpu-used"), QStringLiteral("8"), path});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        const QImage image = Thumbnailer::posterFrame(path, QSize(180, 180), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(101, 180));
        QVERIFY(test::pixelVariance(image) > 100);
    }

    void posterFrameFollowsTheDisplayRotation_data()
    {
        QTest::addColumn<int>("rotate");
        QTest::addColumn<QSize>("size");
        QTest::newRow("0") << 0 << QSize(320, 180);
        QTest::newRow("90") << 90 << QSize(180, 320);
        QTest::newRow("180") << 180 << QSize(320, 180);
        QTest::newRow("270") << 270 << QSize(180, 320);
    }
    void posterFrameFollowsTheDisplayRotation()
    {
        QFETCH(int, rotate);
        QFETCH(QSize, size);
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = halvesVideo(rotate);
        QVERIFY(!path.isEmpty());
        QString error;
        const QImage image = Thumbnailer::posterFrame(path, QSize(320, 320), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), size);

        // Which way is right is whatever FFmpeg's own player shows: the ffmpeg command applies
        // the display matrix when it decodes (autorotate), so its frame is the reference.
        const QString referencePath = tempFile(QStringLiteral("reference%1.png").arg(rotate));
        const QString failure =
            test::runFfmpeg({QStringLiteral("-i"), path, QStringLiteral("-frames:v"),
                             QStringLiteral("1"), referencePath});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QImage reference = QImage(referencePath).scaled(image.size());
        QVERIFY(!reference.isNull());
        const QList<QPointF> samples = {{0.5, 0.2}, {0.5, 0.8}, {0.2, 0.5}, {0.8, 0.5}};
        for (const QPointF &at : samples) {
            const QPoint point(int(at.x() * image.width()), int(at.y() * image.height()));
            QVERIFY2(test::closeTo(image.pixelColor(point), reference.pixelColor(point), 60),
                     qPrintable(image.pixelColor(point).name() + QLatin1StringView(" vs ")
                                + reference.pixelColor(point).name()));
        }
        // And the picture really was turned: the two halves are apart vertically.
        if (rotate % 180 != 0)
            QVERIFY(!test::closeTo(image.pixelColor(90, 60), image.pixelColor(90, 260), 60));
    }

    void imageThumbnails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("maxSize");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("portrait jpeg") << "portrait.jpg" << QSize(200, 200)
                                       << QSize(720, 1280).scaled(200, 200, Qt::KeepAspectRatio);
        QTest::newRow("square jpeg") << "square.jpg" << QSize(256, 128) << QSize(128, 128);
        QTest::newRow("png") << "small.png" << QSize(100, 100)
                             << QSize(360, 640).scaled(100, 100, Qt::KeepAspectRatio);
        QTest::newRow("not enlarged") << "small.png" << QSize(1000, 1000) << QSize(360, 640);
    }
    void imageThumbnails()
    {
        QFETCH(QString, file);
        QFETCH(QSize, maxSize);
        QFETCH(QSize, expected);
        QString error;
        const QImage image = Thumbnailer::imageThumbnail(test::dataFile(file), maxSize, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), expected);
        QVERIFY(test::pixelVariance(image) > 100); // testsrc2 is colourful
    }

    void imageThumbnailFollowsExifOrientation()
    {
        // Stored landscape 400×300 (blue left, red right) with "turn 90° clockwise": shown as a
        // 300×400 portrait with blue on top.
        const QString path = tempFile(QStringLiteral("exif6.jpg"));
        QVERIFY(test::writeJpegWithOrientation(path, test::twoHalves({400, 300}, Qt::blue, Qt::red),
                                               6));
        QString error;
        const QImage image = Thumbnailer::imageThumbnail(path, QSize(200, 200), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(150, 200));
        QVERIFY2(test::closeTo(image.pixelColor(75, 40), Qt::blue),
                 qPrintable(image.pixelColor(75, 40).name()));
        QVERIFY2(test::closeTo(image.pixelColor(75, 160), Qt::red),
                 qPrintable(image.pixelColor(75, 160).name()));
    }

    void thumbnailDispatchesByKind()
    {
        const MediaInfo video = MediaProbe::probe(test::dataFile(QStringLiteral("vertical.mp4")));
        QCOMPARE(Thumbnailer::thumbnail(video, QSize(128, 128)).size(), QSize(72, 128));
        const MediaInfo image = MediaProbe::probe(test::dataFile(QStringLiteral("square.jpg")));
        QCOMPARE(Thumbnailer::thumbnail(image, QSize(128, 128)).size(), QSize(128, 128));
        const MediaInfo text = MediaProbe::probe(test::dataFile(QStringLiteral("not-a-video.mp4")));
        QString error;
        QVERIFY(Thumbnailer::thumbnail(text, QSize(128, 128), &error).isNull());
        QVERIFY2(error.contains(QLatin1StringView("not-a-video.mp4")), qPrintable(error));
    }

    void brokenFilesGiveErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("text named mp4") << "not-a-video.mp4";
        QTest::newRow("image as video") << "portrait.jpg";
        QTest::newRow("missing") << "gone.mp4";
    }
    void brokenFilesGiveErrors()
    {
        QFETCH(QString, file);
        QString error;
        QVERIFY(Thumbnailer::posterFrame(test::dataFile(file), QSize(64, 64), &error).isNull()
                || file == QLatin1StringView("portrait.jpg")); // FFmpeg can decode a JPEG too
        if (file != QLatin1StringView("portrait.jpg"))
            QVERIFY2(error.contains(file), qPrintable(error));
        error.clear();
        QVERIFY(Thumbnailer::imageThumbnail(test::dataFile(QStringLiteral("not-a-video.mp4")),
                                            QSize(64, 64), &error)
                    .isNull());
        QVERIFY(!error.isEmpty());
    }

    void truncatedVideoGivesAnError()
    {
        QFile in(test::dataFile(QStringLiteral("vertical.mp4")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(tempFile(QStringLiteral("cut.mp4")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(2048));
        out.close();
        QString error;
        QVERIFY(Thumbnailer::posterFrame(out.fileName(), QSize(64, 64), &error).isNull());
        QVERIFY2(error.contains(QLatin1StringView("cut.mp4")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
