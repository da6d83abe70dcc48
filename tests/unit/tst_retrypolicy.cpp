// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RetryPolicy.h"

#include <QTest>

using namespace tokdeck;
using Kind = ApiError::Kind;
using Call = RetryPolicy::CallKind;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createCallsAreNotRetriedWhenTheyMayHaveArrived()
    {
        const RetryPolicy policy;
        QVERIFY(!policy.delayBeforeRetry(ApiError(Kind::Server, 500), Call::Create, 1));
        QVERIFY(!policy.delayBeforeRetry(ApiError(Kind::Timeout), Call::Create, 1));
        QVERIFY(!policy.delayBeforeRetry(ApiError(Kind::Network), Call::Create, 1));
        // ...but the same failures are retried for reads and uploads.
        QVERIFY(policy.delayBeforeRetry(ApiError(Kind::Server, 500), Call::Idempotent, 1));
        QVERIFY(policy.delayBeforeRetry(ApiError(Kind::Timeout), Call::Idempotent, 1));
    }

    void neverSentAndRateLimitedAreRetriedForCreates()
    {
        const RetryPolicy policy;
        ApiError refused(Kind::Network);
        refused.setNeverSent(true);
        QVERIFY(policy.delayBeforeRetry(refused, Call::Create, 1));
        QVERIFY(policy.delayBeforeRetry(ApiError(Kind::RateLimited, 429), Call::Create, 1));
    }

    void definiteAnswersAreNotRetried()
    {
        const RetryPolicy policy;
        for (Kind kind : {Kind::BadKey, Kind::Validation, Kind::NotFound, Kind::Malformed,
                          Kind::Cancelled, Kind::Tls, Kind::InsecureUrl}) {
            QVERIFY(!policy.delayBeforeRetry(ApiError(kind), Call::Idempotent, 1));
        }
    }

    void retryAfterWinsAndIsCapped()
    {
        RetryPolicy policy;
        ApiError limited(Kind::RateLimited, 429);
        limited.setRetryAfterSeconds(7);
        QCOMPARE(policy.delayBeforeRetry(limited, Call::Create, 1), 7000);
        limited.setRetryAfterSeconds(3600);
        QVERIFY(!policy.delayBeforeRetry(limited, Call::Create, 1)); // reported, not waited out
    }

    void backoffGrowsWithJitterAndStops()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 5000;
        for (int i = 0; i < 50; ++i) {
            const int first = policy.backoffMs(1);
            QVERIFY(first >= 500 && first <= 1000);
            const int third = policy.backoffMs(3);
            QVERIFY(third >= 2000 && third <= 4000);
            QVERIFY(policy.backoffMs(10) <= 5000);
        }
        QVERIFY(!policy.delayBeforeRetry(ApiError(Kind::Server, 500), Call::Idempotent,
                                         policy.maxAttempts));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
