// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CSV rows with `at` = queue take consecutive free slots (QueueAssigner); a refused row takes
// none, and without a queue the row is refused, not silently posted now.

#include "TestMedia.h"
#include "exchange/CsvPostImporter.h"
#include "planning/QueueAssigner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestCsvQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeCsv()
    {
        const QString photo = test::dataFile(QStringLiteral("portrait.jpg"));
        const QString path = m_dir.filePath(QStringLiteral("queue.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("media,caption,accounts,at\n"
                                  "%1,one,acc_a,queue\n"
                                  "missing.jpg,two,acc_a,queue\n"
                                  "%1,three,acc_a,QUEUE\n"
                                  "%1,four,acc_a,2027-03-03T12:00:00Z\n")
                       .arg(photo)
                       .toUtf8());
        return path;
    }

private Q_SLOTS:
    void queuedRowsTakeConsecutiveSlots()
    {
        const QString csv = writeCsv();
        QVERIFY(!csv.isEmpty());
        const QDateTime now = utc("2027-03-01T06:00:00Z"); // Monday, 07:00 Berlin
        int loads = 0;
        QueueAssigner queue(
            [&loads](const QStringList &ids) -> std::optional<QList<AccountPlan>> {
                ++loads;
                QList<AccountPlan> plans;
                for (const QString &id : ids) {
                    plans.append({id,
                                  id,
                                  PostingSlots::parse(QStringLiteral("Mon-Fri 09:00"),
                                                      QByteArray("Europe/Berlin"))
                                      .slots,
                                  {utc("2027-03-01T08:00:00Z")}}); // Monday's slot is taken
                }
                return plans;
            },
            now);
        CsvPostImporter::Options options;
        options.queueSlot = [&queue](const Post &post, QString *reason) {
            QStringList ids;
            for (const PostAccount &account : post.accounts)
                ids.append(account.accountId);
            const QueuePlanner::Choice choice = queue.take(ids);
            if (!choice.ok())
                *reason = choice.reason;
            return choice.slotUtc;
        };
        const CsvPostImporter::Result result = CsvPostImporter::read(csv, now, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 4);
        QVERIFY(result.rows.at(0).queued && result.rows.at(0).isGood());
        QCOMPARE(*result.rows.at(0).post.plannedAt, utc("2027-03-02T08:00:00Z"));
        QVERIFY(!result.rows.at(1).isGood()); // its file is missing: no slot used up
        QCOMPARE(*result.rows.at(2).post.plannedAt, utc("2027-03-03T08:00:00Z"));
        QVERIFY(!result.rows.at(3).queued);
        QCOMPARE(*result.rows.at(3).post.plannedAt, utc("2027-03-03T12:00:00Z"));
        QCOMPARE(loads, 1); // the account's plans are read once for the whole file
    }

    void withoutAQueueTheRowIsRefused()
    {
        const QString csv = writeCsv();
        const CsvPostImporter::Result result =
            CsvPostImporter::read(csv, utc("2027-03-01T06:00:00Z"));
        const CsvPostImporter::Row &row = result.rows.value(0);
        QVERIFY(row.queued);
        QVERIFY(!row.isGood());
        QVERIFY(!row.post.plannedAt);
        QVERIFY(result.rows.value(3).isGood());
    }
};

QTEST_GUILESS_MAIN(TestCsvQueue)
#include "tst_csvqueue.moc"
