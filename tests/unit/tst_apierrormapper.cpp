// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiErrorMapper.h"

#include <QTest>

using namespace tokdeck;
using Kind = ApiError::Kind;

class TestApiErrorMapper : public QObject
{
    Q_OBJECT

    static ApiError status(int code, const QByteArray &body = {}, const QByteArray &retryAfter = {})
    {
        return ApiErrorMapper::fromReply(QNetworkReply::UnknownContentError, QString(), code, body,
                                         retryAfter);
    }

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("200") << 200 << Kind::None;
        QTest::newRow("201") << 201 << Kind::None;
        QTest::newRow("400") << 400 << Kind::Validation;
        QTest::newRow("401") << 401 << Kind::BadKey;
        QTest::newRow("403") << 403 << Kind::BadKey;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("418") << 418 << Kind::UnexpectedStatus;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("302") << 302 << Kind::UnexpectedStatus;
    }
    void statuses()
    {
        QFETCH(int, code);
        QFETCH(Kind, kind);
        const ApiError error = status(code);
        QCOMPARE(error.kind(), kind);
        if (kind != Kind::None)
            QVERIFY(!error.message().isEmpty());
    }

    void serverMessageIsShown()
    {
        const ApiError error = status(400, R"({"error":"caption is required"})");
        QCOMPARE(error.serverMessage(), QStringLiteral("caption is required"));
        QVERIFY(error.message().contains(QStringLiteral("caption is required")));
        QCOMPARE(status(400, R"({"message":"bad"})").serverMessage(), QStringLiteral("bad"));
        QCOMPARE(status(400, R"({"error":{"message":"nested"}})").serverMessage(),
                 QStringLiteral("nested"));
        // An HTML page is never pasted into a message.
        const ApiError html = status(502, "<html><body>Bad gateway</body></html>");
        QCOMPARE(html.kind(), Kind::Server);
        QVERIFY(html.serverMessage().isEmpty());
        QVERIFY(html.message().contains(QStringLiteral("502")));
    }

    void retryAfter()
    {
        QCOMPARE(status(429, {}, "12").retryAfterSeconds(), 12);
        QCOMPARE(status(429).retryAfterSeconds(), -1);
        const QDateTime now(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(ApiErrorMapper::parseRetryAfter("Thu, 01 Jan 2026 10:00:30 GMT", now), 30);
        QCOMPARE(ApiErrorMapper::parseRetryAfter("soon", now), -1);
    }

    void networkFailures()
    {
        const ApiError refused = ApiErrorMapper::fromReply(QNetworkReply::ConnectionRefusedError,
                                                           QStringLiteral("refused"), 0, {}, {});
        QCOMPARE(refused.kind(), Kind::Network);
        QVERIFY(refused.neverSent());
        QVERIFY(!refused.mayHaveReachedServer());

        const ApiError dropped = ApiErrorMapper::fromReply(QNetworkReply::RemoteHostClosedError,
                                                           QStringLiteral("closed"), 0, {}, {});
        QCOMPARE(dropped.kind(), Kind::Network);
        QVERIFY(!dropped.neverSent());
        QVERIFY(dropped.mayHaveReachedServer());

        const ApiError tls = ApiErrorMapper::fromReply(QNetworkReply::SslHandshakeFailedError,
                                                       QStringLiteral("bad cert"), 0, {}, {});
        QCOMPARE(tls.kind(), Kind::Tls);
        QVERIFY(tls.message().contains(QStringLiteral("bad cert")));
    }

    void maybePublishedKeepsItsCause()
    {
        const ApiError error = ApiError::maybePublished(ApiError(Kind::Server, 500));
        QCOMPARE(error.kind(), Kind::MaybePublished);
        QCOMPARE(error.cause(), Kind::Server);
        QVERIFY(error.message().contains(QStringLiteral("may have received")));
        QVERIFY(error.message().contains(QStringLiteral("500")));
    }
};

QTEST_GUILESS_MAIN(TestApiErrorMapper)
#include "tst_apierrormapper.moc"
