// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"
#include "exchange/CsvPostImporter.h"
#include "exchange/CsvReader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
const QDateTime now = QDateTime::currentDateTimeUtc();
} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QString writeCsv(const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("posts.csv"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Media next to the CSV, referred to by relative paths.
        for (const char *name : {"vertical.mp4", "portrait.jpg", "square.jpg", "not-a-video.mp4"})
            QVERIFY(QFile::copy(test::dataFile(QString::fromLatin1(name)),
                                dir.filePath(QString::fromLatin1(name))));
    }

    void readsRfc4180()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "a,b,c\r\n"
                               "\"quoted, with comma\",\"a \"\"quote\"\"\",\"two\nlines\"\r\n"
                               "\r\n"
                               "last,,\n";
        const auto records = CsvReader::parse(csv);
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).fields,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(records->at(1).fields.at(0), QStringLiteral("quoted, with comma"));
        QCOMPARE(records->at(1).fields.at(1), QStringLiteral("a \"quote\""));
        QCOMPARE(records->at(1).fields.at(2), QStringLiteral("two\nlines"));
        QCOMPARE(records->at(2).line,
                 5); // counts the line inside the quoted field and the blank one
        QCOMPARE(records->at(2).fields.size(), 3);

        QString error;
        QVERIFY(!CsvReader::parse("a,\"open\n", &error));
        QVERIFY(error.contains(QStringLiteral("Line 1")));
    }

    void goodAndBadRows()
    {
        const QByteArray tomorrow = now.addDays(1).toString(Qt::ISODate).toUtf8();
        const QByteArray csv = "media,caption,title,accounts,at,aigc\n"
                               "vertical.mp4,\"Launch 🎬, finally\",Title,acc_tiktok_1|acc_tiktok_2,"
                               + tomorrow
                               + ",true\n"
                                 "portrait.jpg|square.jpg,Swipe,,acc_tiktok_1,,false\n"
                                 "not-a-video.mp4,Bad file,,acc_tiktok_1,,\n"
                                 "vertical.mp4,,,acc_tiktok_1,,\n" // empty caption
                                 "vertical.mp4,Too soon,,acc_tiktok_1,"
                               + now.addSecs(300).toString(Qt::ISODate).toUtf8()
                               + ",\n"
                                 "portrait.jpg,Label,,acc_tiktok_1,,true\n" // aigc on a photo
                                 "missing.mp4,Where,,acc_tiktok_1,,\n"
                                 "vertical.mp4,Unknown account,,acc_nobody,,\n"
                                 "vertical.mp4,Bad bool,,acc_tiktok_1,,maybe\n"
                                 "vertical.mp4,Far ahead,,acc_tiktok_1,"
                               + now.addDays(45).toString(Qt::ISODate).toUtf8() + ",\n";
        const QList<Account> known = {
            {QStringLiteral("acc_tiktok_1"), QStringLiteral("tiktok"), {}, {}, {}},
            {QStringLiteral("acc_tiktok_2"), QStringLiteral("tiktok"), {}, {}, {}}};
        const auto result = CsvPostImporter::read(writeCsv(csv), now, known);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 10);

        const auto &first = result.rows.at(0);
        QVERIFY(first.isGood());
        QCOMPARE(first.line, 2);
        QCOMPARE(first.post.type, PostType::Video);
        QCOMPARE(first.post.caption, QStringLiteral("Launch 🎬, finally"));
        QCOMPARE(first.post.accounts.size(), 2);
        QVERIFY(first.post.isAigc);
        QVERIFY(first.post.plannedAt);
        QCOMPARE(first.post.media.first().path,
                 QDir(dir.path()).absoluteFilePath(QStringLiteral("vertical.mp4")));

        QVERIFY(result.rows.at(1).isGood());
        QCOMPARE(result.rows.at(1).post.type, PostType::Slideshow);
        QCOMPARE(result.rows.at(1).post.media.size(), 2);

        for (int i = 2; i <= 8; ++i)
            QVERIFY2(!result.rows.at(i).isGood(),
                     qPrintable(QStringLiteral("row %1 should be bad").arg(i + 2)));
        QVERIFY(
            result.rows.at(2).issues.first().subject.contains(QStringLiteral("not-a-video.mp4")));
        QVERIFY(result.rows.at(6).issues.first().message.contains(QStringLiteral("No such file")));
        QVERIFY(result.rows.at(9).isGood()); // held locally, not refused
        QCOMPARE(result.goodCount(), 3);
        QCOMPARE(result.badCount(), 7);
    }

    void headerIsRequired()
    {
        const auto result = CsvPostImporter::read(writeCsv("file,text\nvertical.mp4,hi\n"), now);
        QVERIFY(result.error.contains(QStringLiteral("media")));
        QVERIFY(CsvPostImporter::read(dir.filePath(QStringLiteral("nope.csv")), now)
                    .error.contains(QStringLiteral("nope.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
