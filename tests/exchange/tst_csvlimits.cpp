// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV import against hostile and oversized input: other encodings, a FIFO or a device
// as the CSV or as a row's media, caps on size, field and rows, and 20,000 rows naming one
// file (probed once).

#include "ProcessMemory.h"
#include "SpecialFiles.h"
#include "TestMedia.h"
#include "exchange/CsvPostImporter.h"
#include "exchange/CsvReader.h"
#include "media/MediaProbe.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace tokdeck;

namespace {
const QDateTime now = QDateTime::currentDateTimeUtc();
const QByteArray header = "media,caption,title,accounts,at,aigc\n";
} // namespace

class TestCsvLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QString writeCsv(const QByteArray &content, const QString &name = QStringLiteral("p.csv"))
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("vertical.mp4")),
                            dir.filePath(QStringLiteral("vertical.mp4"))));
    }

    void refusesOtherEncodingsWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::newRow("latin-1") << header
                                        + "vertical.mp4,ok,,acc_1,,\n"
                                          "vertical.mp4,caf\xE9,,acc_1,,\n"
                                 << 3;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray withBom =
            utf16.encode(QString::fromUtf8(header + "vertical.mp4,x,,a,,\n"));
        QTest::newRow("utf-16 with BOM") << withBom << 1;
        QTest::newRow("utf-16 without BOM") << withBom.mid(2) << 1;
        QTest::newRow("cut inside a character") << header + "vertical.mp4,\xE2\x82" << 2;
    }
    void refusesOtherEncodingsWithTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        const auto result = CsvPostImporter::read(writeCsv(csv), now);
        QVERIFY2(result.error.contains(QStringLiteral("Line %1 ").arg(line)),
                 qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("UTF-8")));
        QVERIFY(result.rows.isEmpty());
    }

    void acceptsABomAndNormalisesCrlfInQuotes()
    {
        const auto result = CsvPostImporter::read(
            writeCsv("\xEF\xBB\xBF" + header + "vertical.mp4,\"one\r\ntwo\rthree\",,acc_1,,\r\n"),
            now);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().post.caption, QStringLiteral("one\ntwo\nthree"));
        // Fed a byte at a time (chunks may cut anywhere), the reader reads the same.
        CsvReader reader;
        const QByteArray csv = "\"a\"\"b\",\"c\r\nd\"\r\n\xE2\x82\xAC,x\n";
        for (const char c : csv)
            QVERIFY(reader.feed(QByteArrayView(&c, 1)));
        QVERIFY(reader.finish());
        const auto records = reader.takeRecords();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields,
                 QStringList({QStringLiteral("a\"b"), QStringLiteral("c\nd")}));
        QCOMPARE(records.at(1).fields.first(), QStringLiteral("€"));
        QCOMPARE(records.at(1).line, 3);
    }

    void refusesSpecialFilesAsTheCsvAndAsMedia()
    {
        std::unique_ptr<test::UnixSocketFile> socket;
        QTemporaryDir special;
        const QList<test::SpecialFile> files = test::makeSpecialFiles(special.path(), socket);
        QVERIFY(files.size() >= 4);
        QByteArray csv = header;
        for (const test::SpecialFile &file : files)
            csv += QFile::encodeName(file.path) + ",caption,,acc_1,,\n";
        QElapsedTimer timer;
        timer.start();
        const auto result = CsvPostImporter::read(writeCsv(csv), now);
        qInfo("a CSV naming %lld special files checked in %lld ms", qint64(files.size()),
              timer.elapsed());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const auto &issues = result.rows.at(i).issues;
            QVERIFY(!result.rows.at(i).isGood());
            const QString kind = files.at(i).kind == QLatin1StringView("does not exist")
                                     ? QStringLiteral("No such file")
                                     : files.at(i).kind;
            const QString shown = QString::fromLatin1(files.at(i).tag) + QStringLiteral(": ")
                                  + (issues.isEmpty() ? QString() : issues.first().message);
            QVERIFY2(!issues.isEmpty() && issues.first().message.contains(kind), qPrintable(shown));
        }
        // The CSV itself a FIFO, a folder or /dev/zero: refused before reading a byte.
        for (const test::SpecialFile &file : files) {
            timer.restart();
            const auto asCsv = CsvPostImporter::read(file.path, now);
            qInfo("%s as the CSV refused in %.2f ms", file.tag, double(timer.nsecsElapsed()) / 1e6);
            QVERIFY2(asCsv.error.contains(file.kind), qPrintable(asCsv.error));
            QVERIFY(timer.elapsed() < 1000);
        }
        QVERIFY(timer.elapsed() < 2000);
    }

    void refusesAFileOverTheSizeCap()
    {
        // Sparse: 17 MiB on paper, nothing on disk; refused from its size, unread.
        const QString path = writeCsv(header, QStringLiteral("big.csv"));
        QVERIFY(QFile::resize(path, 17 * 1024 * 1024));
        QElapsedTimer timer;
        timer.start();
        const auto result = CsvPostImporter::read(path, now);
        QVERIFY2(result.error.contains(QStringLiteral("larger than 16 MiB")),
                 qPrintable(result.error));
        QVERIFY(timer.elapsed() < 1000);
    }

    void refusesAHugeFieldWhileReading()
    {
        // A 64 MB field (the file cap lifted so the field cap is what stops it): the reader
        // gives up 64 KiB into the field, holding little more than one chunk.
        const QString path = dir.filePath(QStringLiteral("field.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(header + "vertical.mp4,\"");
            const QByteArray block(1024 * 1024, 'a');
            for (int i = 0; i < 64; ++i)
                file.write(block);
            file.write("\",,acc_1,,\n");
        }
        const qint64 before = test::peakRssKiB();
        QElapsedTimer timer;
        timer.start();
        CsvPostImporter::Options options;
        options.maxFileBytes = 1LL << 30;
        const auto result = CsvPostImporter::read(path, now, options);
        const qint64 after = test::peakRssKiB();
        qInfo("64 MB field refused in %lld ms; peak RSS %lld KiB before, %lld KiB after",
              timer.elapsed(), before, after);
        QVERIFY2(result.error.contains(QStringLiteral("Line 2: a field is longer than 65536")),
                 qPrintable(result.error));
        QVERIFY(after - before < 16 * 1024); // it once cost 367 MB
        QVERIFY(timer.elapsed() < 2000);
        // And with the default caps the 64 MB file is refused from its size at once.
        QVERIFY(CsvPostImporter::read(path, now).error.contains(QStringLiteral("16 MiB")));
    }

    void refusesMoreRowsThanTheCap()
    {
        CsvPostImporter::Options options;
        options.maxRows = 50;
        QByteArray csv = header;
        for (int i = 0; i < 51; ++i)
            csv += "gone.mp4,c,,acc_1,,\n";
        const auto result = CsvPostImporter::read(writeCsv(csv), now, options);
        QVERIFY2(result.error.contains(QStringLiteral("more than 50 rows (line 52)")),
                 qPrintable(result.error));
        QVERIFY(result.rows.isEmpty());
        QCOMPARE(CsvPostImporter::Options().maxRows, 10'000);
    }

    void twentyThousandRowsProbeTheirFileOnce()
    {
        QByteArray csv = header;
        for (int i = 0; i < 20'000; ++i)
            csv += "vertical.mp4,Row " + QByteArray::number(i) + ",,acc_tiktok_1,,\n";
        CsvPostImporter::Options options;
        options.maxRows = 20'000; // above the default cap of 10,000, to time the brief's case
        std::atomic_int probes = 0;
        options.probe = [&probes](const QString &path, QString *error) {
            ++probes;
            return MediaProbe::probe(path, error);
        };
        QList<int> progress;
        options.progress = [&progress](int rows) {
            progress.append(rows);
        };
        QElapsedTimer timer;
        timer.start();
        const auto result = CsvPostImporter::read(writeCsv(csv), now, options);
        qInfo("20,000 rows naming one file checked in %lld ms (%d probe)", timer.elapsed(),
              probes.load());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 20'000);
        QCOMPARE(result.goodCount(), 20'000);
        QCOMPARE(probes.load(), 1);
        QCOMPARE(progress.size(), 41); // every 500 rows, and at the end
        QCOMPARE(progress.last(), 20'000);
        QVERIFY(timer.elapsed() < 30'000); // it took 290 s
    }
};

QTEST_GUILESS_MAIN(TestCsvLimits)
#include "tst_csvlimits.moc"
