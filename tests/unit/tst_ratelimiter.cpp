// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RateLimiter.h"

#include <QTest>

using namespace tokdeck;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perAccountCreatesPerMinute()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        RateLimiter limiter(&clock);
        const QStringList a = {QStringLiteral("acc_a")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.delayMs(a), 0);
            limiter.record(a);
            clock.advanceSeconds(1);
        }
        // The 4th create for acc_a waits until the first one is a minute old (57 s from now).
        QCOMPARE(limiter.delayMs(a), 57'000);
        // Another account is not held back.
        QCOMPARE(limiter.delayMs({QStringLiteral("acc_b")}), 0);
        // Posting to both waits for the busier one.
        QCOMPARE(limiter.delayMs({QStringLiteral("acc_b"), QStringLiteral("acc_a")}), 57'000);
        clock.advanceSeconds(57);
        QCOMPARE(limiter.delayMs(a), 0);
    }

    void requestsPerMinuteAndHour()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        RateLimiter limiter(&clock);
        limiter.setLimits({5, 8, 3});
        for (int i = 0; i < 5; ++i)
            limiter.record();
        QCOMPARE(limiter.delayMs(), 60'000);
        clock.advanceSeconds(60);
        QCOMPARE(limiter.delayMs(), 0);
        for (int i = 0; i < 3; ++i)
            limiter.record();
        // 8 in the last hour: wait until the first of them is an hour old.
        QCOMPARE(limiter.delayMs(), 3'540'000);
        clock.advanceSeconds(3540);
        QCOMPARE(limiter.delayMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
