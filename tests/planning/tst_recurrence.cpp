// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Repeat rules: parsed and spelled back, refused by their bad part; the occurrences keep
// their wall time in the named zone across Europe/Berlin's 2027-03-28 DST change, whatever the
// process's own TZ; a count and an until date end them; 100 posts and one year bound them,
// and say so.

#include "planning/Recurrence.h"

#include <QTest>
#include <ctime>

using namespace tokdeck;

namespace {
const QTimeZone berlin("Europe/Berlin");

Recurrence rule(const char *text)
{
    const auto parsed = Recurrence::parse(QString::fromLatin1(text));
    if (!parsed.rule)
        qFatal("rule refused: %s", qPrintable(parsed.error));
    return *parsed.rule;
}
QDateTime inBerlin(const char *date, const char *time)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(date), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(time)), berlin);
}
QStringList wallTimes(const QList<QDateTime> &times)
{
    QStringList shown;
    for (const QDateTime &at : times)
        shown.append(at.toTimeZone(berlin).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return shown;
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A third zone, neither UTC nor Berlin: nothing below may move with it.
        qputenv("TZ", "America/Sao_Paulo");
        ::tzset();
        QVERIFY(berlin.isValid());
    }

    void parsesAndSpells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("until") << QStringLiteral("every 1 week until 2027-03-01")
                               << QStringLiteral("every 1 week until 2027-03-01");
        QTest::newRow("count") << QStringLiteral("every 2 days x 5")
                               << QStringLiteral("every 2 days x 5");
        QTest::newRow("times, case")
            << QStringLiteral("Every 3 Weeks 4 times") << QStringLiteral("every 3 weeks x 4");
        QTest::newRow("no number")
            << QStringLiteral("every day x 3") << QStringLiteral("every 1 day x 3");
        QTest::newRow("weekdays") << QStringLiteral("every week on thursday, Mon x 6")
                                  << QStringLiteral("every 1 week on Mon,Thu x 6");
    }
    void parsesAndSpells()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto parsed = Recurrence::parse(text);
        QVERIFY2(parsed.rule, qPrintable(parsed.error));
        QCOMPARE(parsed.rule->toText(), canonical);
        QCOMPARE(Recurrence::parse(canonical).rule->toText(), canonical);
    }

    void refusesNamingTheBadPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("no every") << QStringLiteral("each week x 3") << QStringLiteral("every");
        QTest::newRow("unit") << QStringLiteral("every 2 fortnights x 3")
                              << QStringLiteral("fortnights");
        QTest::newRow("zero") << QStringLiteral("every 0 days x 3") << QStringLiteral("every 0");
        QTest::newRow("too often")
            << QStringLiteral("every 60 weeks x 3") << QStringLiteral("every 60");
        QTest::newRow("bad date") << QStringLiteral("every 1 week until 2027-02-30")
                                  << QStringLiteral("2027-02-30");
        QTest::newRow("one post") << QStringLiteral("every 1 week x 1") << QStringLiteral("x 1");
        QTest::newRow("over 100") << QStringLiteral("every 1 day x 101") << QStringLiteral("x 101");
        QTest::newRow("no end") << QStringLiteral("every 1 week") << QStringLiteral("until");
        QTest::newRow("days on") << QStringLiteral("every 2 days on Mon x 3")
                                 << QStringLiteral("\"on\"");
        QTest::newRow("no days") << QStringLiteral("every 1 week on x 3") << QStringLiteral("on x");
        QTest::newRow("trailing") << QStringLiteral("every 1 week x 3 please")
                                  << QStringLiteral("please");
        QTest::newRow("empty") << QString() << QStringLiteral("every");
    }
    void refusesNamingTheBadPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        const auto parsed = Recurrence::parse(text);
        QVERIFY(!parsed.rule);
        QVERIFY2(parsed.error.contains(named), qPrintable(parsed.error));
    }

    void weeklyKeepsNineAcrossTheDstChange()
    {
        // Sunday 2027-03-21 09:00 CET (08:00 UTC); Berlin moves to CEST on 2027-03-28.
        const auto got =
            rule("every 1 week x 3").occurrences(inBerlin("2027-03-21", "09:00"), berlin);
        QCOMPARE(wallTimes(got.times), QStringList({QStringLiteral("2027-03-21 09:00"),
                                                    QStringLiteral("2027-03-28 09:00"),
                                                    QStringLiteral("2027-04-04 09:00")}));
        QCOMPARE(got.times.at(0).toUTC(),
                 QDateTime::fromString(QStringLiteral("2027-03-21T08:00:00Z"), Qt::ISODate));
        QCOMPARE(got.times.at(1).toUTC(),
                 QDateTime::fromString(QStringLiteral("2027-03-28T07:00:00Z"), Qt::ISODate));
        QVERIFY(got.cutNote.isEmpty());
    }

    void aSkippedWallTimeTakesTheFirstMinuteAfter()
    {
        // 02:30 does not exist in Berlin on 2027-03-28 (02:00 jumps to 03:00).
        const auto got =
            rule("every 1 day x 3").occurrences(inBerlin("2027-03-27", "02:30"), berlin);
        QCOMPARE(wallTimes(got.times), QStringList({QStringLiteral("2027-03-27 02:30"),
                                                    QStringLiteral("2027-03-28 03:00"),
                                                    QStringLiteral("2027-03-29 02:30")}));
    }

    void countAndUntilEndTheSeries()
    {
        const QDateTime first = inBerlin("2027-03-21", "18:00");
        const auto counted = rule("every 2 days x 5").occurrences(first, berlin);
        QCOMPARE(counted.times.size(), 5);
        QCOMPARE(wallTimes(counted.times).last(), QStringLiteral("2027-03-29 18:00"));
        // The until date is the last day that may hold a post.
        const auto until = rule("every 1 week until 2027-04-11").occurrences(first, berlin);
        QCOMPARE(wallTimes(until.times).last(), QStringLiteral("2027-04-11 18:00"));
        QCOMPARE(until.times.size(), 4);
        QVERIFY(until.cutNote.isEmpty());
        // An until before the first post leaves the post alone.
        QCOMPARE(rule("every 1 week until 2027-01-01").occurrences(first, berlin).times.size(), 1);
    }

    void weekdaysWithinTheWeeks()
    {
        // Wednesday 2027-03-24: then Thu, Mon, Thu, Mon (the first post counts as one).
        const auto got = rule("every 1 week on Mon,Thu x 5")
                             .occurrences(inBerlin("2027-03-24", "12:00"), berlin);
        QCOMPARE(
            wallTimes(got.times),
            QStringList({QStringLiteral("2027-03-24 12:00"), QStringLiteral("2027-03-25 12:00"),
                         QStringLiteral("2027-03-29 12:00"), QStringLiteral("2027-04-01 12:00"),
                         QStringLiteral("2027-04-05 12:00")}));
        // Every second week: the Mondays of weeks 0, 2 and 4 after the first one's week.
        const auto fortnightly =
            rule("every 2 weeks on Mon x 3").occurrences(inBerlin("2027-03-22", "12:00"), berlin);
        QCOMPARE(wallTimes(fortnightly.times).last(), QStringLiteral("2027-04-19 12:00"));
    }

    void atMostOneHundredPosts()
    {
        const auto got = rule("every 1 day until 2028-12-31")
                             .occurrences(inBerlin("2027-03-21", "09:00"), berlin);
        QCOMPARE(got.times.size(), Recurrence::maxOccurrences);
        QCOMPARE(got.times.size(), 100);
        QVERIFY2(got.cutNote.contains(QStringLiteral("100")), qPrintable(got.cutNote));
        QCOMPARE(wallTimes(got.times).last(), QStringLiteral("2027-06-28 09:00"));
    }

    void atMostOneYear()
    {
        // Weekly for two years: cut at 2028-03-21, one year after the first post.
        const auto got = rule("every 1 week until 2029-03-01")
                             .occurrences(inBerlin("2027-03-21", "09:00"), berlin);
        QCOMPARE(got.times.size(), 53);
        QCOMPARE(wallTimes(got.times).last(), QStringLiteral("2028-03-19 09:00"));
        QVERIFY(!got.cutNote.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
