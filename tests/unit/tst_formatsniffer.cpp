// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"
#include "media/FormatSniffer.h"

#include <QTest>

using namespace tokdeck;

class TestFormatSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsSignatures_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<MediaFormat>("expected");
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)
                              << MediaFormat::Jpeg;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << MediaFormat::Png;
        QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << MediaFormat::WebP;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0") << MediaFormat::Gif;
        QTest::newRow("mp4 isom") << QByteArray("\0\0\0\x18"
                                                "ftypisom\0\0\2\0",
                                                16)
                                  << MediaFormat::Mp4;
        QTest::newRow("mp4 mp42") << QByteArray("\0\0\0\x18"
                                                "ftypmp42\0\0\0\0",
                                                16)
                                  << MediaFormat::Mp4;
        QTest::newRow("mov ftyp qt") << QByteArray("\0\0\0\x14"
                                                   "ftypqt  \0\0\2\0",
                                                   16)
                                     << MediaFormat::Mov;
        QTest::newRow("mov legacy moov") << QByteArray("\0\0\1\0moovxxxx", 12) << MediaFormat::Mov;
        QTest::newRow("3gp") << QByteArray("\0\0\0\x14"
                                           "ftyp3gp4\0\0\0\0",
                                           16)
                             << MediaFormat::Other;
        QTest::newRow("text") << QByteArray("This is not a video") << MediaFormat::Unknown;
        QTest::newRow("empty") << QByteArray() << MediaFormat::Unknown;
        QTest::newRow("short") << QByteArray("\xFF\xD8") << MediaFormat::Unknown;
    }
    void sniffsSignatures()
    {
        QFETCH(QByteArray, header);
        QFETCH(MediaFormat, expected);
        QCOMPARE(FormatSniffer::sniff(header), expected);
    }

    void sniffsRealFilesIgnoringTheirNames()
    {
        QCOMPARE(FormatSniffer::sniffFile(test::dataFile(QStringLiteral("vertical.mp4"))),
                 MediaFormat::Mp4);
        QCOMPARE(FormatSniffer::sniffFile(test::dataFile(QStringLiteral("landscape.mov"))),
                 MediaFormat::Mov);
        QCOMPARE(FormatSniffer::sniffFile(test::dataFile(QStringLiteral("portrait.jpg"))),
                 MediaFormat::Jpeg);
        QCOMPARE(FormatSniffer::sniffFile(test::dataFile(QStringLiteral("small.png"))),
                 MediaFormat::Png);
        QCOMPARE(FormatSniffer::sniffFile(test::dataFile(QStringLiteral("not-a-video.mp4"))),
                 MediaFormat::Unknown);
    }

    void reportsUnreadableFile()
    {
        QString error;
        QCOMPARE(FormatSniffer::sniffFile(QStringLiteral("/nonexistent/clip.mp4"), &error),
                 MediaFormat::Unknown);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
