// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/ContractLimits.h"
#include "rules/MediaRules.h"

#include <QTest>

using namespace tokdeck;

namespace {
MediaInfo goodVideo()
{
    MediaInfo info;
    info.path = QStringLiteral("/videos/clip.mp4");
    info.fileSize = 10 * 1024 * 1024;
    info.format = MediaFormat::Mp4;
    info.width = 1080;
    info.height = 1920;
    info.frameRate = 30;
    info.durationSeconds = 20;
    info.codec = QStringLiteral("h264");
    info.probed = true;
    return info;
}
MediaInfo goodImage()
{
    MediaInfo info;
    info.path = QStringLiteral("/photos/shot.jpg");
    info.fileSize = 2 * 1024 * 1024;
    info.format = MediaFormat::Jpeg;
    info.width = 1080;
    info.height = 1920;
    info.probed = true;
    return info;
}
} // namespace

class TestMediaRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanFilesPass()
    {
        QVERIFY(MediaRules::check(goodVideo()).isEmpty());
        QVERIFY(MediaRules::check(goodImage()).isEmpty());
    }

    void video_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("rejected"); // else warned
        QTest::newRow("over 100 MB") << "size" << QVariant(limits::maxVideoBytes + 1) << true;
        QTest::newRow("codec mpeg4") << "codec" << QVariant(QStringLiteral("mpeg4")) << true;
        QTest::newRow("codec hevc warns") << "codec" << QVariant(QStringLiteral("hevc")) << false;
        QTest::newRow("15 fps") << "fps" << QVariant(15.0) << true;
        QTest::newRow("120 fps") << "fps" << QVariant(120.0) << true;
        QTest::newRow("23.976 ok-ish") << "fps" << QVariant(22.5) << true;
        QTest::newRow("11 minutes") << "duration" << QVariant(660.0) << true;
        QTest::newRow("4 minutes warns") << "duration" << QVariant(240.0) << false;
        QTest::newRow("2 s warns") << "duration" << QVariant(2.0) << false;
    }
    void video()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(bool, rejected);
        MediaInfo info = goodVideo();
        if (field == QLatin1StringView("size"))
            info.fileSize = value.toLongLong();
        else if (field == QLatin1StringView("codec"))
            info.codec = value.toString();
        else if (field == QLatin1StringView("fps"))
            info.frameRate = value.toDouble();
        else if (field == QLatin1StringView("duration"))
            info.durationSeconds = value.toDouble();
        const auto issues = MediaRules::check(info);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(hasRejection(issues), rejected);
        QCOMPARE(issues.first().subject, QStringLiteral("clip.mp4")); // names the file
    }

    void videoDimensions()
    {
        MediaInfo info = goodVideo();
        info.width = 320;
        info.height = 568;
        QVERIFY(hasRejection(MediaRules::check(info)));
        info.width = 2160;
        info.height = 4800;
        QVERIFY(hasRejection(MediaRules::check(info)));
        info.width = 1920;
        info.height = 1080; // landscape HD: warned (not 9:16), not rejected
        auto issues = MediaRules::check(info);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!hasRejection(issues));
        info.width = 540;
        info.height = 960; // 9:16 below 720p
        issues = MediaRules::check(info);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("720p")));
    }

    void unknownAndEmptyFilesAreRejected()
    {
        MediaInfo text;
        text.path = QStringLiteral("/x/not-a-video.mp4");
        text.fileSize = 32;
        text.format = MediaFormat::Unknown;
        const auto issues = MediaRules::check(text);
        QVERIFY(hasRejection(issues));
        QCOMPARE(issues.first().subject, QStringLiteral("not-a-video.mp4"));

        MediaInfo empty = goodVideo();
        empty.fileSize = 0;
        QVERIFY(hasRejection(MediaRules::check(empty)));
        QVERIFY(MediaRules::check(empty).first().message.contains(QStringLiteral("0 bytes")));
    }

    void images()
    {
        MediaInfo info = goodImage();
        info.fileSize = limits::maxImageBytes + 1;
        QVERIFY(hasRejection(MediaRules::check(info)));

        info = goodImage();
        info.format = MediaFormat::WebP;
        QVERIFY(hasRejection(MediaRules::check(info)));

        info = goodImage();
        info.format = MediaFormat::Png;
        auto issues = MediaRules::check(info);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!hasRejection(issues));

        info = goodImage();
        info.width = 360;
        info.height = 640;
        issues = MediaRules::check(info);
        QVERIFY(!hasRejection(issues));
        QVERIFY(issues.first().message.contains(QStringLiteral("720")));
    }

    void nineBySixteen()
    {
        QVERIFY(MediaRules::isNineBySixteen(1080, 1920));
        QVERIFY(MediaRules::isNineBySixteen(720, 1280));
        QVERIFY(!MediaRules::isNineBySixteen(1080, 1080));
        QVERIFY(!MediaRules::isNineBySixteen(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestMediaRules)
#include "tst_mediarules.moc"
