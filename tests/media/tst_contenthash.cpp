// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"
#include "media/ContentHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
QByteArray wholeFileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestContentHash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void matchesTheHashOfTheWholeFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("mp4") << "vertical.mp4";
        QTest::newRow("jpeg") << "portrait.jpg";
        QTest::newRow("text") << "not-a-video.mp4";
    }
    void matchesTheHashOfTheWholeFile()
    {
        QFETCH(QString, file);
        const QString path = test::dataFile(file);
        QString error;
        const QByteArray hex = ContentHash::sha256Hex(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hex, wholeFileSha256(path));
        static const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]{64}$"));
        QVERIFY(lowerHex.match(QString::fromLatin1(hex)).hasMatch());
    }

    void matchesSha256sum()
    {
        const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
        if (sha256sum.isEmpty())
            QSKIP("sha256sum is not installed");
        const QString path = test::dataFile(QStringLiteral("landscape.mov"));
        QProcess process;
        process.start(sha256sum, {path});
        QVERIFY(process.waitForFinished());
        const QByteArray expected = process.readAllStandardOutput().split(' ').value(0);
        QCOMPARE(ContentHash::sha256Hex(path), expected);
    }

    void emptyFileHasTheEmptyHash()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(ContentHash::sha256Hex(path),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void chunkBoundariesDoNotMatter_data()
    {
        QTest::addColumn<qint64>("bytes");
        // Around the sizes that stream through buffers: 1 KiB reads, QFile's 16 KiB buffer.
        QTest::newRow("1 KiB") << qint64(1024);
        QTest::newRow("16 KiB + 1") << qint64(16 * 1024 + 1);
        QTest::newRow("2.5 MiB + 3") << qint64(5 * 512 * 1024 + 3);
    }
    void chunkBoundariesDoNotMatter()
    {
        QFETCH(qint64, bytes);
        QByteArray content(bytes, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : content)
            byte = char(generator.bounded(256));
        const QString path = m_dir.filePath(QStringLiteral("random.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), bytes);
        file.close();
        QCOMPARE(ContentHash::sha256Hex(path),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }

    void differentContentDiffers()
    {
        QVERIFY(ContentHash::sha256Hex(test::dataFile(QStringLiteral("portrait.jpg")))
                != ContentHash::sha256Hex(test::dataFile(QStringLiteral("square.jpg"))));
    }

    void missingFileGivesAnError()
    {
        QString error;
        const QByteArray hex =
            ContentHash::sha256Hex(m_dir.filePath(QStringLiteral("gone.mp4")), &error);
        QVERIFY(hex.isEmpty());
        QVERIFY2(error.contains(QLatin1StringView("gone.mp4")), qPrintable(error));
    }

    void directoryGivesAnError()
    {
        QString error;
        QVERIFY(ContentHash::sha256Hex(m_dir.path(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
