// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GeneratedMedia.h"
#include "TestMedia.h"
#include "media/MediaProbe.h"
#include "rules/MediaRules.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestMediaProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString tempFile(const QString &name) const { return m_dir.filePath(name); }

    // Copies the first `bytes` of a test file: what an interrupted copy or download leaves.
    QString truncatedCopy(const QString &source, qint64 bytes, const QString &name)
    {
        QFile in(test::dataFile(source));
        QFile out(tempFile(name));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(in.read(bytes));
        return out.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void probesTheVerticalH264Video()
    {
        const QString path = test::dataFile(QStringLiteral("vertical.mp4"));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(info.probed, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(info.path, path);
        QCOMPARE(info.fileSize, QFileInfo(path).size());
        QCOMPARE(info.format, MediaFormat::Mp4);
        QCOMPARE(info.codec, QStringLiteral("h264"));
        QCOMPARE(info.width, 1080);
        QCOMPARE(info.height, 1920);
        QCOMPARE(info.frameRate, 30.0);
        QVERIFY2(qAbs(info.durationSeconds - 4.0) < 0.1,
                 qPrintable(QString::number(info.durationSeconds)));
        QVERIFY(MediaRules::check(info).isEmpty()); // the clean TikTok video
    }

    void probesTheLandscapeMov()
    {
        QString error;
        const MediaInfo info =
            MediaProbe::probe(test::dataFile(QStringLiteral("landscape.mov")), &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(info.format, MediaFormat::Mov);
        QCOMPARE(info.codec, QStringLiteral("h264"));
        QCOMPARE(info.width, 640);
        QCOMPARE(info.height, 360);
        QCOMPARE(info.frameRate, 25.0);
        QVERIFY2(qAbs(info.durationSeconds - 3.5) < 0.1,
                 qPrintable(QString::number(info.durationSeconds)));
        const ValidationIssues issues = MediaRules::check(info);
        QVERIFY(!hasRejection(issues));
        QVERIFY(!issues.isEmpty()); // below 720p, not 9:16
    }

    void probesImagesWithoutDecoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<MediaFormat>("format");
        QTest::addColumn<QSize>("size");
        QTest::newRow("portrait jpeg") << "portrait.jpg" << MediaFormat::Jpeg << QSize(720, 1280);
        QTest::newRow("square jpeg") << "square.jpg" << MediaFormat::Jpeg << QSize(1080, 1080);
        QTest::newRow("small png") << "small.png" << MediaFormat::Png << QSize(360, 640);
    }
    void probesImagesWithoutDecoding()
    {
        QFETCH(QString, file);
        QFETCH(MediaFormat, format);
        QFETCH(QSize, size);
        QString error;
        const MediaInfo info = MediaProbe::probe(test::dataFile(file), &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(info.format, format);
        QCOMPARE(QSize(info.width, info.height), size);
        QVERIFY(info.codec.isEmpty());
        QCOMPARE(info.frameRate, 0.0);
    }

    void nonAsciiPathIsOpened()
    {
        // FFmpeg takes a byte path: it must be the file system's encoding, not Latin-1.
        const QString path = tempFile(QStringLiteral("vidéo \u00e9t\u00e9 \U0001F3AC.mp4"));
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("vertical.mp4")), path));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(info.width, 1080);
    }

    void textNamedMp4IsNotProbed()
    {
        QString error;
        const MediaInfo info =
            MediaProbe::probe(test::dataFile(QStringLiteral("not-a-video.mp4")), &error);
        QCOMPARE(info.format, MediaFormat::Unknown);
        QVERIFY(!info.probed);
        QVERIFY(info.fileSize > 0);
        QVERIFY(hasRejection(MediaRules::check(info))); // the rules, not the probe, explain it
    }

    void missingFileNamesTheFile()
    {
        QString error;
        const MediaInfo info = MediaProbe::probe(tempFile(QStringLiteral("gone.mp4")), &error);
        QVERIFY(!info.probed);
        QVERIFY2(error.contains(QLatin1StringView("gone.mp4")), qPrintable(error));
    }

    void truncatedMp4IsRefused_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("2 KB: header cut") << qint64(2048);
        // vertical.mp4 is +faststart: 8 KB holds the whole header but only part of the data.
        QTest::newRow("8 KB: data cut") << qint64(8192);
    }
    void truncatedMp4IsRefused()
    {
        QFETCH(qint64, bytes);
        const QString path =
            truncatedCopy(QStringLiteral("vertical.mp4"), bytes, QStringLiteral("cut.mp4"));
        QVERIFY(!path.isEmpty());
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QCOMPARE(info.format, MediaFormat::Mp4); // the bytes still start like an MP4
        QVERIFY(!info.probed);
        QVERIFY2(error.contains(QLatin1StringView("cut.mp4")), qPrintable(error));
    }

    void truncatedJpegIsRefused()
    {
        const QString path =
            truncatedCopy(QStringLiteral("portrait.jpg"), 16, QStringLiteral("cut.jpg"));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QCOMPARE(info.format, MediaFormat::Jpeg);
        QVERIFY(!info.probed);
        QVERIFY2(error.contains(QLatin1StringView("cut.jpg")), qPrintable(error));
    }

    void rotatedPhoneVideoIsReportedAsShown_data()
    {
        QTest::addColumn<int>("rotate");
        QTest::addColumn<QSize>("shown");
        QTest::newRow("90") << 90 << QSize(360, 640);
        QTest::newRow("180") << 180 << QSize(640, 360);
        QTest::newRow("270") << 270 << QSize(360, 640);
    }
    void rotatedPhoneVideoIsReportedAsShown()
    {
        QFETCH(int, rotate);
        QFETCH(QSize, shown);
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = tempFile(QStringLiteral("rotated%1.mp4").arg(rotate));
        // FFmpeg 5.1 turns the legacy rotate tag into a display matrix, as phones write it.
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-i"), test::dataFile(QStringLiteral("landscape.mov")),
             QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"),
             QStringLiteral("rotate=%1").arg(rotate), path});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(QSize(info.width, info.height), shown);
    }

    void vp9IsProbedAndOnlyWarned()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = tempFile(QStringLiteral("vp9.mp4"));
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=720x1280:rate=30:duration=3"), QStringLiteral("-c:v"),
             QStringLiteral("libvpx-vp9"), QStringLiteral("-deadline"), QStringLiteral("realtime"),
             QStringLiteral("-cpu-used"), QStringLiteral("8"), QStringLiteral("-b:v"),
             QStringLiteral("300k"), path});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(info.format, MediaFormat::Mp4);
        QCOMPARE(info.codec, QStringLiteral("vp9"));
        QCOMPARE(QSize(info.width, info.height), QSize(720, 1280));
        QCOMPARE(info.frameRate, 30.0);
        const ValidationIssues issues = MediaRules::check(info);
        QVERIFY(!hasRejection(issues));
        QCOMPARE(issues.size(), 1); // "H.264 is the safest choice"
        QVERIFY2(issues.constFirst().message.contains(QLatin1StringView("vp9")),
                 qPrintable(issues.constFirst().message));
    }

    void fifteenFpsIsRejectedByTheRules()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = tempFile(QStringLiteral("15fps.mp4"));
        const QString failure = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=720x1280:rate=15:duration=4"), QStringLiteral("-c:v"),
             QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(info.frameRate, 15.0);
        const ValidationIssues issues = MediaRules::check(info);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().severity, ValidationIssue::Severity::Reject);
        QVERIFY2(issues.constFirst().message.contains(QLatin1StringView("frame rate")),
                 qPrintable(issues.constFirst().message));
    }

    void exifOrientationIsApplied_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("shown");
        QTest::newRow("1 upright") << 1 << QSize(400, 300);
        QTest::newRow("3 upside down") << 3 << QSize(400, 300);
        QTest::newRow("6 turn right") << 6 << QSize(300, 400);
        QTest::newRow("8 turn left") << 8 << QSize(300, 400);
    }
    void exifOrientationIsApplied()
    {
        QFETCH(int, orientation);
        QFETCH(QSize, shown);
        const QString path = tempFile(QStringLiteral("exif%1.jpg").arg(orientation));
        QVERIFY(test::writeJpegWithOrientation(path, test::twoHalves({400, 300}, Qt::blue, Qt::red),
                                               quint16(orientation)));
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(info.probed, qPrintable(error));
        QCOMPARE(QSize(info.width, info.height), shown);
    }

    void largeFileIsNotReadIntoMemory()
    {
        // 150 MB that sniffs as MP4 but is filler: refused quickly, its size still known so
        // the rules can name the 100 MB limit.
        const QString path = tempFile(QStringLiteral("huge.mp4"));
        QVERIFY(test::writeSparseMp4(path, 150LL * 1024 * 1024));
        QElapsedTimer timer;
        timer.start();
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(info.fileSize, 150LL * 1024 * 1024);
        QCOMPARE(info.format, MediaFormat::Mp4);
        QVERIFY(!info.probed);
        QVERIFY(!error.isEmpty());
        QVERIFY(hasRejection(MediaRules::check(info)));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
