// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TikTok's cap of 20 posts per account in any rolling 24 hours: the 20th fits, the 21st is
// refused naming the account and the window, and the window rolls over midnight.

#include "planning/DailyCap.h"
#include "rules/ContractLimits.h"

#include <QTest>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
// `count` times from `first`, `stepMinutes` apart.
QList<QDateTime> every(const QDateTime &first, int count, int stepMinutes)
{
    QList<QDateTime> times;
    for (int i = 0; i < count; ++i)
        times.append(first.addSecs(qint64(i) * stepMinutes * 60));
    return times;
}
const QString pixel = QStringLiteral("Pixel & Pine");
const QTimeZone berlin("Europe/Berlin");
} // namespace

class TestDailyCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTwentiethFitsTheTwentyFirstDoesNot()
    {
        QCOMPARE(limits::maxPostsPerAccountPer24Hours, 20);
        // Tuesday 2027-03-02 from 09:00 Berlin (08:00 UTC), every 30 minutes.
        const QList<QDateTime> nineteen = every(utc("2027-03-02T08:00:00Z"), 19, 30);
        const QDateTime candidate = utc("2027-03-02T20:00:00Z");
        QVERIFY(!DailyCap::check(pixel, nineteen, candidate, berlin));

        const QList<QDateTime> twenty = every(utc("2027-03-02T08:00:00Z"), 20, 30);
        const auto refusal = DailyCap::check(pixel, twenty, candidate, berlin);
        QVERIFY(refusal);
        QCOMPARE(refusal->existing, 20);
        QCOMPARE(refusal->windowStartUtc, utc("2027-03-02T08:00:00Z"));
        QCOMPARE(refusal->windowEndUtc, utc("2027-03-03T08:00:00Z"));
        // Named by the account's name and the window in its zone (Tue 09:00 to Wed 09:00).
        QVERIFY2(refusal->message.contains(pixel), qPrintable(refusal->message));
        QVERIFY2(refusal->message.contains(QStringLiteral("Tue 2 Mar 09:00")),
                 qPrintable(refusal->message));
        QVERIFY2(refusal->message.contains(QStringLiteral("Wed 3 Mar 09:00")),
                 qPrintable(refusal->message));
        QVERIFY(refusal->message.contains(QStringLiteral("20 per 24 hours")));
    }

    void theWindowRollsOverMidnight()
    {
        // Ten on Tuesday evening, ten on Wednesday morning: no calendar day has more than ten,
        // but 24 hours from Tuesday 20:00 hold twenty, so Wednesday noon is refused.
        QList<QDateTime> planned = every(utc("2027-03-02T19:00:00Z"), 10, 15);
        planned += every(utc("2027-03-03T05:00:00Z"), 10, 15);
        QVERIFY(DailyCap::check(pixel, planned, utc("2027-03-03T11:00:00Z"), berlin));
        // A window is [start, start + 24 h): 24 hours after the first post, it has left it.
        QVERIFY(!DailyCap::check(pixel, planned, utc("2027-03-03T19:00:00Z"), berlin));
        QVERIFY(DailyCap::check(pixel, planned, utc("2027-03-03T18:59:00Z"), berlin));
        // Before the first one, the window reaching forward is full as well.
        QVERIFY(DailyCap::check(pixel, planned, utc("2027-03-02T18:00:00Z"), berlin));
        QVERIFY(!DailyCap::check(pixel, planned, utc("2027-03-02T05:00:00Z"), berlin));
    }

    void otherAccountsDoNotCount()
    {
        AccountPlan full{QStringLiteral("acc_1"), pixel, std::nullopt,
                         every(utc("2027-03-02T08:00:00Z"), 20, 10)};
        AccountPlan empty{
            QStringLiteral("acc_2"), QStringLiteral("Quiet Corner"), std::nullopt, {}};
        const ValidationIssues issues =
            DailyCap::issuesFor({full, empty}, utc("2027-03-02T12:00:00Z"));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isRejection());
        QCOMPARE(issues.first().accountId, QStringLiteral("acc_1"));
        QVERIFY(DailyCap::issuesFor({empty}, utc("2027-03-02T12:00:00Z")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDailyCap)
#include "tst_dailycap.moc"
