// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Weekly posting slots: the spec is parsed or refused by its bad part, and the instants keep
// their wall-clock time in the named zone across Europe/Berlin's 2027 DST changes, whatever
// the process's own TZ says.

#include "planning/PostingSlots.h"

#include <QTest>
#include <ctime>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
PostingSlots berlin(const char *spec)
{
    const auto parsed = PostingSlots::parse(QString::fromLatin1(spec), QByteArray("Europe/Berlin"));
    if (!parsed.slots)
        qFatal("spec refused: %s", qPrintable(parsed.error));
    return *parsed.slots;
}
void setProcessZone(const char *zone)
{
    qputenv("TZ", zone);
    ::tzset();
}
} // namespace

class TestPostingSlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A third zone, neither UTC nor Berlin: the results below must not move with it.
        setProcessZone("America/Sao_Paulo");
    }

    void parsesAndSpellsSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("issue example") << QStringLiteral("Mon-Fri 09:00,18:00; Sat 11:00")
                                       << QStringLiteral("Mon-Fri 09:00,18:00; Sat 11:00");
        QTest::newRow("lists, spaces, short hours, wrap")
            << QStringLiteral(" mon , wed 9:00 ; Fri - Mon 18:30 ;")
            << QStringLiteral("Mon 09:00,18:30; Wed 09:00; Fri-Sun 18:30");
        QTest::newRow("full names, duplicates") << QStringLiteral("Tuesday 07:05,07:05; tue 06:00")
                                                << QStringLiteral("Tue 06:00,07:05");
    }
    void parsesAndSpellsSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        const auto parsed = PostingSlots::parse(spec, QByteArray("Europe/Berlin"));
        QVERIFY2(parsed.slots, qPrintable(parsed.error));
        QCOMPARE(parsed.slots->toSpec(), canonical);
        QCOMPARE(parsed.slots->zoneId(), QStringLiteral("Europe/Berlin"));
        // The canonical spelling reads back as itself.
        QCOMPARE(PostingSlots::parse(canonical, parsed.slots->zone()).slots->toSpec(), canonical);
    }

    void refusesNamingTheBadPart_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("named");
        const QString berlin = QStringLiteral("Europe/Berlin");
        QTest::newRow("bad day") << QStringLiteral("Mon-Fry 09:00") << berlin
                                 << QStringLiteral("\"Fry\"");
        QTest::newRow("hour 25") << QStringLiteral("Mon 25:00") << berlin
                                 << QStringLiteral("\"25:00\"");
        QTest::newRow("12 h clock")
            << QStringLiteral("Sat 11:00; Sun 9am") << berlin << QStringLiteral("\"9am\"");
        QTest::newRow("no days") << QStringLiteral("09:00") << berlin
                                 << QStringLiteral("\"09:00\"");
        QTest::newRow("empty") << QStringLiteral(" ; ") << berlin << QStringLiteral("Mon-Fri");
        QTest::newRow("zone") << QStringLiteral("Mon 09:00") << QStringLiteral("Mars/Olympus")
                              << QStringLiteral("\"Mars/Olympus\"");
    }
    void refusesNamingTheBadPart()
    {
        QFETCH(QString, spec);
        QFETCH(QString, zone);
        QFETCH(QString, named);
        const auto parsed = PostingSlots::parse(spec, zone.toUtf8());
        QVERIFY(!parsed.slots);
        QVERIFY2(parsed.error.contains(named), qPrintable(parsed.error));
    }

    void nineStaysNineAcrossSpringForward()
    {
        // 2027-03-28 02:00 CET -> 03:00 CEST: 09:00 is 08:00 UTC before, 07:00 UTC after.
        const QList<QDateTime> slots =
            berlin("Mon-Sun 09:00").nextSlots(utc("2027-03-26T00:00:00Z"), 4);
        const QList<QDateTime> expected = {utc("2027-03-26T08:00:00Z"), utc("2027-03-27T08:00:00Z"),
                                           utc("2027-03-28T07:00:00Z"),
                                           utc("2027-03-29T07:00:00Z")};
        QCOMPARE(slots, expected);
        for (const QDateTime &slot : slots)
            QCOMPARE(slot.toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(9, 0));
    }

    void nineStaysNineAcrossFallBack()
    {
        // 2027-10-31 03:00 CEST -> 02:00 CET: 09:00 is 07:00 UTC before, 08:00 UTC after.
        const QList<QDateTime> slots =
            berlin("Mon-Sun 09:00").nextSlots(utc("2027-10-29T00:00:00Z"), 4);
        const QList<QDateTime> expected = {utc("2027-10-29T07:00:00Z"), utc("2027-10-30T07:00:00Z"),
                                           utc("2027-10-31T08:00:00Z"),
                                           utc("2027-11-01T08:00:00Z")};
        QCOMPARE(slots, expected);
    }

    void aSkippedTimeMovesToTheEndOfTheGap()
    {
        // 02:30 does not exist on 2027-03-28: the first valid minute after it is 03:00 CEST
        // (01:00 UTC). A 03:00 slot the same day is that same instant, listed once.
        QCOMPARE(berlin("Sun 02:30").nextSlots(utc("2027-03-27T00:00:00Z"), 1),
                 QList<QDateTime>{utc("2027-03-28T01:00:00Z")});
        QCOMPARE(berlin("Sun 02:30,03:00").nextSlots(utc("2027-03-27T00:00:00Z"), 2),
                 (QList<QDateTime>{utc("2027-03-28T01:00:00Z"), utc("2027-04-04T00:30:00Z")}));
    }

    void aRepeatedTimeTakesItsFirstOccurrence()
    {
        // 02:30 happens twice on 2027-10-31 (CEST, then CET): the first is 00:30 UTC.
        QCOMPARE(berlin("Sun 02:30").nextSlots(utc("2027-10-30T00:00:00Z"), 2),
                 (QList<QDateTime>{utc("2027-10-31T00:30:00Z"), utc("2027-11-07T01:30:00Z")}));
    }

    void startsAtOrAfterTheGivenInstant()
    {
        const PostingSlots slots = berlin("Mon-Fri 09:00,18:00; Sat 11:00");
        // Friday 2027-03-26 09:00 CET exactly: that slot counts, then 18:00, Sat 11:00, Mon.
        const QList<QDateTime> expected = {utc("2027-03-26T08:00:00Z"), utc("2027-03-26T17:00:00Z"),
                                           utc("2027-03-27T10:00:00Z"),
                                           utc("2027-03-29T07:00:00Z")};
        QCOMPARE(slots.nextSlots(utc("2027-03-26T08:00:00Z"), 4), expected);
        QCOMPARE(slots.nextSlots(utc("2027-03-26T08:00:01Z"), 1).value(0), expected.at(1));
        QVERIFY(slots.nextSlots(utc("2027-03-26T08:00:00Z"), 0).isEmpty());
    }

    void theProcessZoneChangesNothing()
    {
        const PostingSlots slots = berlin("Mon-Sun 02:30,09:00");
        const QDateTime from = utc("2027-03-27T00:00:00Z");
        setProcessZone("UTC");
        const QList<QDateTime> inUtc = slots.nextSlots(from, 6);
        setProcessZone("Asia/Kolkata");
        QCOMPARE(slots.nextSlots(from, 6), inUtc);
        QCOMPARE(
            PostingSlots::resolve(QDate(2027, 3, 28), QTime(2, 30), QTimeZone("Europe/Berlin")),
            utc("2027-03-28T01:00:00Z"));
        setProcessZone("America/Sao_Paulo");
        QCOMPARE(slots.nextSlots(from, 6), inUtc);
        QCOMPARE(inUtc.value(2), utc("2027-03-28T01:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestPostingSlots)
#include "tst_postingslots.moc"
