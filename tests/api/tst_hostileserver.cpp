// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The API client against a hostile server on 127.0.0.1 (HostileServer): every way of answering
// too much, too slowly or not at all ends within its deadline, with bounded memory and the
// right error, and Retry-After is read safely. tst_keyandterminal covers the key and the CLI.

#include "HostileServer.h"
#include "ProcessMemory.h"
#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "api/ApiErrorMapper.h"
#include "api/CreatePostJob.h"
#include "api/JsonIds.h"

#include <QElapsedTimer>
#include <QTest>
#include <type_traits>

using namespace tokdeck;
using Kind = ApiError::Kind;
using TimeoutKind = ApiError::TimeoutKind;

namespace {
constexpr qint64 peakRssLimitKiB = 100 * 1024;

struct Outcome
{
    ApiError error;
    qint64 elapsedMs = 0;
    int attempts = 0;
    QList<Account> accounts;
};

// Runs a job to its end, waiting at most `limitMs` (the test fails rather than hangs).
template<class Job> Outcome run(Job *job, int limitMs)
{
    Outcome outcome;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        outcome.error = job->error();
        outcome.attempts = job->attempts();
        if constexpr (std::is_same_v<Job, AccountsJob>)
            outcome.accounts = job->accounts();
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, limitMs))
        qFatal("job did not finish within %d ms", limitMs);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

CreatePostRequest videoPost()
{
    CreatePostRequest request;
    request.type = PostType::Video;
    request.mediaIds = {QStringLiteral("media_1")};
    request.targets = {{QStringLiteral("acc_1"), QStringLiteral("caption"), {}}};
    return request;
}
} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::HostileServer> server;
    std::unique_ptr<ApiClient> client;

    void noRetries()
    {
        RetryPolicy once;
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
    }

    void shortDeadlines(int idleMs, int attemptMs, int totalMs)
    {
        ApiClient::Deadlines deadlines;
        deadlines.idleMs = idleMs;
        deadlines.attemptMs = attemptMs;
        deadlines.totalMs = totalMs;
        client->setDeadlines(deadlines);
    }

    static void verifyMemoryBounded()
    {
        const qint64 peak = test::peakRssKiB();
        QVERIFY2(peak > 0 && peak < peakRssLimitKiB,
                 qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<test::HostileServer>();
        QVERIFY(server->listen());
        client = std::make_unique<ApiClient>();
        client->setBaseUrl(server->baseUrl());
        QVERIFY(client->setApiKey(QStringLiteral("test_key")));
    }

    void cleanup()
    {
        client.reset();
        server.reset();
    }

    // ---- 1. answers are bounded --------------------------------------------------------------

    void declaredHugeAnswerIsRefusedBeforeItsBody()
    {
        server->setMode(test::HostileServer::Mode::HugeBody);
        server->setBodyBytes(qint64(200) * 1024 * 1024);
        noRetries();
        const Outcome outcome = run(client->fetchAccounts(), 10'000);
        QCOMPARE(outcome.error.kind(), Kind::TooLarge);
        const QString message = outcome.error.message();
        QVERIFY2(message.contains(u"/social-accounts") && message.contains(u"4 MiB"),
                 qPrintable(message));
        // Refused on the header: what the server managed to push is socket buffers, not 200 MB.
        QVERIFY2(server->bodyBytesSent() < qint64(16) * 1024 * 1024,
                 qPrintable(QString::number(server->bodyBytesSent())));
        verifyMemoryBounded();
        qInfo("200 MB declared answer: refused after %lld ms, peak RSS of this process %lld KiB",
              outcome.elapsedMs, test::peakRssKiB());
    }

    void endlessAnswerStopsAtTheCap()
    {
        server->setMode(test::HostileServer::Mode::EndlessBody);
        noRetries();
        const Outcome outcome = run(client->fetchAccounts(), 10'000);
        QCOMPARE(outcome.error.kind(), Kind::TooLarge);
        QCOMPARE(outcome.error.sizeLimit(), qint64(4) * 1024 * 1024);
        QVERIFY(outcome.error.message().contains(u"/social-accounts"));
        // The client stopped reading just past 4 MiB; the server could only run a little ahead.
        QVERIFY2(server->bodyBytesSent() < qint64(12) * 1024 * 1024,
                 qPrintable(QString::number(server->bodyBytesSent())));
        verifyMemoryBounded();
    }

    void oversizedCreateAnswerMayHaveBeenPublished()
    {
        server->setMode(test::HostileServer::Mode::EndlessBody);
        client->setReplyCapOverride(64 * 1024);
        const Outcome outcome = run(client->createPost(videoPost()), 10'000);
        QCOMPARE(outcome.error.kind(), Kind::MaybePublished);
        QCOMPARE(outcome.error.cause(), Kind::TooLarge);
        QCOMPARE(server->requests(), 1); // never sent twice
        const QString message = outcome.error.message();
        QVERIFY2(message.contains(u"may have received") && message.contains(u"/post/video")
                     && message.contains(u"64 KiB") && !message.contains(u"tries again"),
                 qPrintable(message));
    }

    void numericIdsKeepEveryDigit()
    {
        server->setJsonBody("[{\"id\": 12345678901234567891, \"platform\": \"tiktok\", \"name\": "
                            "\"\\\"id\\\": 7\"},"
                            " {\"id\":-9007199254740993,\"platform\":\"tiktok\"}]");
        const Outcome outcome = run(client->fetchAccounts(), 10'000);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.accounts.size(), 2);
        QCOMPARE(outcome.accounts.at(0).id, QStringLiteral("12345678901234567891"));
        QCOMPARE(outcome.accounts.at(0).name, QStringLiteral("\"id\": 7"));
        QCOMPARE(outcome.accounts.at(1).id, QStringLiteral("-9007199254740993"));
        // The rewrite touches only the named members' numbers, and nothing inside strings.
        QCOMPARE(
            quoteNumericMembers("{\"n\":\"\\\"id\\\":1\",\"id\" : 2.5e3,\"other\":3,\"id\":\"x\"}",
                                {QByteArrayLiteral("id")}),
            QByteArray("{\"n\":\"\\\"id\\\":1\",\"id\" : \"2.5e3\",\"other\":3,\"id\":\"x\"}"));
    }

    void hugeNumericIdsKeepTheirExactText()
    {
        // Past 2^64 and past any double: kept as the very digits the server sent, never a
        // rounded or infinite number (no UB in a conversion either: nothing converts them).
        server->setJsonBody("[{\"id\":123456789012345678901,\"platform\":\"tiktok\"},"
                            "{\"id\":1e300,\"platform\":\"tiktok\"},"
                            "{\"id\":1e999,\"platform\":\"tiktok\"}]");
        const Outcome outcome = run(client->fetchAccounts(), 10'000);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.accounts.size(), 3);
        QCOMPARE(outcome.accounts.at(0).id, QStringLiteral("123456789012345678901"));
        QCOMPARE(outcome.accounts.at(1).id, QStringLiteral("1e300"));
        QCOMPARE(outcome.accounts.at(2).id, QStringLiteral("1e999"));
        // A create answer's id the same way.
        QCOMPARE(quoteNumericMembers("{\"id\":1e300}", {QByteArrayLiteral("id")}),
                 QByteArray("{\"id\":\"1e300\"}"));
        QCOMPARE(quoteNumericMembers("{\"id\":123456789012345678901}", {QByteArrayLiteral("id")}),
                 QByteArray("{\"id\":\"123456789012345678901\"}"));
    }

    // ---- 2. deadlines ------------------------------------------------------------------------

    void tricklingServerFailsAtTheAttemptDeadline()
    {
        server->setMode(test::HostileServer::Mode::Trickle);
        server->setTrickleIntervalMs(100); // always inside the idle timeout
        shortDeadlines(1000, 1000, 10'000);
        noRetries();
        const Outcome outcome = run(client->fetchAccounts(), 5000);
        QCOMPARE(outcome.error.kind(), Kind::Timeout);
        QCOMPARE(outcome.error.timeoutKind(), TimeoutKind::Attempt);
        QVERIFY2(outcome.elapsedMs >= 900 && outcome.elapsedMs < 2500,
                 qPrintable(QString::number(outcome.elapsedMs)));
        const QString message = outcome.error.message();
        QVERIFY2(message.contains(u"did not finish answering /social-accounts within 1 s"),
                 qPrintable(message));
    }

    void totalDeadlineEndsTheRetries()
    {
        server->setMode(test::HostileServer::Mode::Trickle);
        server->setTrickleIntervalMs(100);
        shortDeadlines(1000, 700, 2000);
        RetryPolicy fast;
        fast.maxAttempts = 100;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 20;
        client->setRetryPolicy(fast);
        const Outcome outcome = run(client->fetchAccounts(), 6000);
        QCOMPARE(outcome.error.kind(), Kind::Timeout);
        QCOMPARE(outcome.error.timeoutKind(), TimeoutKind::Total);
        QVERIFY(outcome.attempts >= 2 && outcome.attempts <= 4);
        QVERIFY2(outcome.elapsedMs >= 1900 && outcome.elapsedMs < 3500,
                 qPrintable(QString::number(outcome.elapsedMs)));
        QVERIFY(outcome.error.message().contains(u"within 2 s"));
    }

    void silentServerFailsAtTheIdleTimeout()
    {
        server->setMode(test::HostileServer::Mode::NeverAnswer);
        shortDeadlines(400, 5000, 10'000);
        noRetries();
        const Outcome outcome = run(client->fetchAccounts(), 5000);
        QCOMPARE(outcome.error.kind(), Kind::Timeout);
        QCOMPARE(outcome.error.timeoutKind(), TimeoutKind::Idle);
        QVERIFY2(outcome.elapsedMs < 2000, qPrintable(QString::number(outcome.elapsedMs)));
        QVERIFY(outcome.error.message().contains(u"sent nothing for 1 s"));
    }

    void uploadDeadlinesGrowWithTheFile()
    {
        const ApiClient defaults;
        QCOMPARE(defaults.attemptDeadlineMs(0), qint64(60'000));
        QCOMPARE(defaults.totalDeadlineMs(0), qint64(90'000));
        const qint64 size = qint64(64) * 1024 * 1024; // 64 MiB at 64 KiB/s: 1024 s more
        QCOMPARE(defaults.attemptDeadlineMs(size), qint64(60'000 + 1'024'000));
        QCOMPARE(defaults.totalDeadlineMs(size), qint64(90'000 + 1'024'000));
    }

    void droppedCreateMayHaveBeenPublished()
    {
        server->setMode(test::HostileServer::Mode::DropAfterBody);
        const Outcome outcome = run(client->createPost(videoPost()), 10'000);
        QCOMPARE(outcome.error.kind(), Kind::MaybePublished);
        QCOMPARE(server->requests(), 1);
        const QString message = outcome.error.message();
        QVERIFY2(!message.contains(u"tries again") && !message.contains(u"try again")
                     && message.contains(u"send it again"),
                 qPrintable(message));
    }

    // ---- 3. Retry-After ----------------------------------------------------------------------

    void retryAfterIsParsedSafely_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("12") << 12;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("leading zeros") << QByteArray("0000000000007") << 7;
        QTest::newRow("overflowing") << QByteArray("99999999999") << 3600;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("signed") << QByteArray("+5") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("IMF-fixdate") << QByteArray("Thu, 01 Jan 2026 10:00:30 GMT") << 30;
        QTest::newRow("RFC 850") << QByteArray("Thursday, 01-Jan-26 10:00:30 GMT") << 30;
        QTest::newRow("asctime") << QByteArray("Thu Jan  1 10:00:30 2026") << 30;
        QTest::newRow("date past") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << 0;
        QTest::newRow("date far") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << 3600;
        // Clamped, not overflowed: the last day QDate and HTTP-dates share, and more digits
        // than any integer holds.
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 3600;
        QTest::newRow("asctime year 9999") << QByteArray("Fri Dec 31 23:59:59 9999") << 3600;
        QTest::newRow("40 digits") << QByteArray(40, '9') << 3600;
        QTest::newRow("negative date-ish") << QByteArray("-5 GMT") << -1;
        QTest::newRow("bad day") << QByteArray("Thu, 32 Jan 2026 10:00:30 GMT") << -1;
        QTest::newRow("not GMT") << QByteArray("Thu, 01 Jan 2026 10:00:30 CET") << -1;
    }
    void retryAfterIsParsedSafely()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(ApiErrorMapper::parseRetryAfter(value, now), seconds);
    }

    void overlongRetryAfterEndsWithTheTimeToTryAgain()
    {
        server->setMode(test::HostileServer::Mode::RetryAfter);
        server->setRetryAfter("99999999999");
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome = run(client->createPost(videoPost()), 5000);
        QCOMPARE(outcome.error.kind(), Kind::RateLimited); // not "may have been published"
        QCOMPARE(server->requests(), 1);                   // not waited out, not hammered
        QVERIFY(outcome.elapsedMs < 2000);
        const QDateTime at = outcome.error.retryAt();
        QVERIFY(at.isValid());
        QVERIFY(qAbs(before.secsTo(at) - 3600) < 60);
        const QString message = outcome.error.message();
        QVERIFY2(message.contains(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                     && !message.contains(u"will wait"),
                 qPrintable(message));
    }

    void retryAfterBeyondTheTotalDeadlineIsNotWaited()
    {
        server->setMode(test::HostileServer::Mode::RetryAfter);
        server->setRetryAfter("5");
        shortDeadlines(1000, 1000, 1500);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome = run(client->fetchAccounts(), 5000);
        QCOMPARE(outcome.error.kind(), Kind::RateLimited);
        QCOMPARE(server->requests(), 1);
        QVERIFY(outcome.elapsedMs < 1000);
        QVERIFY(qAbs(before.secsTo(outcome.error.retryAt()) - 5) <= 1);
    }

    void negativeRetryAfterBacksOffInstead()
    {
        server->setMode(test::HostileServer::Mode::RetryAfter);
        server->setRetryAfter("-5");
        RetryPolicy twice;
        twice.maxAttempts = 2;
        twice.baseDelayMs = 400;
        client->setRetryPolicy(twice);
        const Outcome outcome = run(client->fetchAccounts(), 5000);
        QCOMPARE(outcome.error.kind(), Kind::RateLimited);
        QCOMPARE(server->requests(), 2);
        QVERIFY2(outcome.elapsedMs >= 200, qPrintable(QString::number(outcome.elapsedMs)));
        // No time from the server: a minute on, concrete, never "now".
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(outcome.error.retryAt()) >= 50);
    }

    void peakMemoryStayedBounded()
    {
        verifyMemoryBounded();
        qInfo("peak RSS of the whole test run: %lld KiB", test::peakRssKiB());
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
