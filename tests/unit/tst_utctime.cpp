// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/LoopbackHost.h"
#include "support/UtcTime.h"

#include <QTest>
#include <QTimeZone>

using namespace tokdeck;

class TestUtcTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A zone with DST and a non-zero offset makes local-time mistakes visible.
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void apiTimestampIsUtcWithZ()
    {
        const QDateTime berlin(QDate(2026, 7, 1), QTime(16, 30, 15), Qt::LocalTime); // UTC+2
        QCOMPARE(toApiTimestamp(berlin), QStringLiteral("2026-07-01T14:30:15Z"));
        const QDateTime withMs(QDate(2026, 1, 1), QTime(0, 0, 0, 999), Qt::UTC);
        QCOMPARE(toApiTimestamp(withMs), QStringLiteral("2026-01-01T00:00:00Z")); // no fraction
    }

    void parsesUserForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime expected(QDate(2026, 7, 1), QTime(14, 0), Qt::UTC);
        QTest::newRow("Z") << "2026-07-01T14:00:00Z" << expected;
        QTest::newRow("offset") << "2026-07-01T16:00:00+02:00" << expected;
        QTest::newRow("negative offset") << "2026-07-01T09:00:00-05:00" << expected;
        QTest::newRow("local summer") << "2026-07-01 16:00" << expected;
        QTest::newRow("local winter")
            << "2026-01-15 15:00" << QDateTime(QDate(2026, 1, 15), QTime(14, 0), Qt::UTC);
        QTest::newRow("local with seconds") << "2026-07-01 16:00:00" << expected;
    }
    void parsesUserForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const auto parsed = parseUserTimestamp(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toUTC(), utc);
    }

    void rejectsGarbage()
    {
        QVERIFY(!parseUserTimestamp(QStringLiteral("tomorrow")));
        QVERIFY(!parseUserTimestamp(QStringLiteral("2026-13-01 10:00")));
        QVERIFY(!parseUserTimestamp(QString()));
    }

    void loopbackHosts()
    {
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.8.9.10")));
        QVERIFY(isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(isLoopbackHost(QStringLiteral("LOCALHOST")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("localhost.evil.example")));

        QVERIFY(isAcceptableApiUrl(QUrl(QStringLiteral("https://v1.api.crosspostify.com"))));
        QVERIFY(isAcceptableApiUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QVERIFY(!isAcceptableApiUrl(QUrl(QStringLiteral("http://v1.api.crosspostify.com"))));
        QVERIFY(!isAcceptableApiUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
        QVERIFY(!isAcceptableApiUrl(QUrl()));
    }
};

QTEST_GUILESS_MAIN(TestUtcTime)
#include "tst_utctime.moc"
