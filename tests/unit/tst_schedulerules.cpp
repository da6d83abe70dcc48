// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/ScheduleRules.h"

#include <QTest>

using namespace tokdeck;

class TestScheduleRules : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void window_data()
    {
        QTest::addColumn<qint64>("secondsAhead");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<int>("issues");
        QTest::newRow("5 minutes") << qint64(5 * 60) << true << 1;
        QTest::newRow("9:59") << qint64(10 * 60 - 1) << true << 1;
        QTest::newRow("exactly 10 minutes") << qint64(10 * 60) << false << 1; // warned: margin
        QTest::newRow("10:30 warns") << qint64(10 * 60 + 30) << false << 1;
        QTest::newRow("11 minutes clean") << qint64(11 * 60) << false << 0;
        QTest::newRow("tomorrow") << qint64(24 * 3600) << false << 0;
        QTest::newRow("exactly 30 days") << qint64(30LL * 24 * 3600) << false << 0;
        QTest::newRow("30 days + 1 s") << qint64(30LL * 24 * 3600 + 1) << true << 1;
        QTest::newRow("past") << qint64(-3600) << true << 1;
    }
    void window()
    {
        QFETCH(qint64, secondsAhead);
        QFETCH(bool, rejected);
        QFETCH(int, issues);
        const auto found = ScheduleRules::check(now.addSecs(secondsAhead), now);
        QCOMPARE(hasRejection(found), rejected);
        QCOMPARE(found.size(), issues);
    }

    void localTimesAreComparedAsInstants()
    {
        // The same instant expressed in local time must give the same answer.
        const QDateTime local = now.addSecs(3600).toLocalTime();
        QVERIFY(ScheduleRules::check(local, now).isEmpty());
    }

    void beyondTheWindowCanBeHeldLocally()
    {
        const QDateTime far = now.addDays(45);
        QVERIFY(hasRejection(ScheduleRules::check(far, now)));
        const auto held = ScheduleRules::check(far, now, ScheduleRules::BeyondWindow::HoldLocally);
        QCOMPARE(held.size(), 1);
        QVERIFY(!held.first().isRejection());
        QVERIFY(held.first().message.contains(QStringLiteral("30 days")));
        // Too soon stays refused whatever the policy.
        QVERIFY(hasRejection(
            ScheduleRules::check(now.addSecs(60), now, ScheduleRules::BeyondWindow::HoldLocally)));
    }

    void invalidTimeIsRejected() { QVERIFY(hasRejection(ScheduleRules::check(QDateTime(), now))); }

    void beyondWindowHelper()
    {
        QVERIFY(ScheduleRules::isBeyondWindow(now.addDays(31), now));
        QVERIFY(!ScheduleRules::isBeyondWindow(now.addDays(29), now));
    }
};

QTEST_GUILESS_MAIN(TestScheduleRules)
#include "tst_schedulerules.moc"
