// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/PostingSlots.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace tokdeck {

namespace {

constexpr qint64 msPerDay = 24LL * 3600 * 1000;

const char *const dayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// ISO weekday index 0..6 (Monday first), or -1. English names only: the spec is a format
// scripts and CSV files share, not a sentence, so it does not change with the locale.
int dayIndex(const QString &word)
{
    static const QList<QStringList> spellings = {
        {QStringLiteral("mon"), QStringLiteral("monday")},
        {QStringLiteral("tue"), QStringLiteral("tues"), QStringLiteral("tuesday")},
        {QStringLiteral("wed"), QStringLiteral("wednesday")},
        {QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs"),
         QStringLiteral("thursday")},
        {QStringLiteral("fri"), QStringLiteral("friday")},
        {QStringLiteral("sat"), QStringLiteral("saturday")},
        {QStringLiteral("sun"), QStringLiteral("sunday")},
    };
    const QString folded = word.toLower();
    for (int i = 0; i < 7; ++i) {
        if (spellings.at(i).contains(folded))
            return i;
    }
    return -1;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString timeText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "Mon-Wed,Fri": runs of three or more days as ranges.
QString daysText(const QList<int> &days)
{
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype end = i;
        while (end + 1 < days.size() && days.at(end + 1) == days.at(end) + 1)
            ++end;
        if (end - i >= 2) {
            parts.append(QLatin1StringView(dayNames[days.at(i)]) + QLatin1Char('-')
                         + QLatin1StringView(dayNames[days.at(end)]));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                parts.append(QLatin1StringView(dayNames[days.at(k)]));
        }
        i = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

ParsedSlots PostingSlots::parse(const QString &spec, const QByteArray &ianaZoneId)
{
    const QTimeZone zone(ianaZoneId);
    if (!zone.isValid()) {
        return {std::nullopt,
                tr("\"%1\" is not a time zone this system knows; use an IANA name such as "
                   "Europe/Berlin or America/New_York.")
                    .arg(QString::fromUtf8(ianaZoneId))};
    }
    return parse(spec, zone);
}

ParsedSlots PostingSlots::parse(const QString &spec, const QTimeZone &zone)
{
    if (!zone.isValid())
        return {std::nullopt, tr("The posting slots need a valid time zone, such as "
                                 "Europe/Berlin.")};
    static const QRegularExpression joiners(QStringLiteral("\\s*([,-])\\s*"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    PostingSlots slots;
    slots.m_zone = zone;
    for (const QString &rawGroup : spec.split(QLatin1Char(';'))) {
        QString group = rawGroup.trimmed();
        if (group.isEmpty())
            continue;
        group.replace(joiners, QStringLiteral("\\1"));
        const QStringList parts = group.split(spaces);
        if (parts.size() != 2) {
            return {std::nullopt, tr("\"%1\" should be days then times, such as \"Mon-Fri "
                                     "09:00,18:00\"; separate groups with \";\".")
                                      .arg(rawGroup.trimmed())};
        }
        QList<int> days;
        for (const QString &token : parts.at(0).split(QLatin1Char(','))) {
            const QStringList ends = token.split(QLatin1Char('-'));
            const int first = dayIndex(ends.value(0));
            const int last = ends.size() == 2 ? dayIndex(ends.at(1)) : first;
            if (ends.size() > 2 || first < 0 || last < 0) {
                // Name the word that is wrong, and where it sits when it is part of a range.
                const QString bad =
                    ends.size() > 2 ? token : (first < 0 ? ends.value(0) : ends.at(1));
                const QString where = bad == token ? QString() : tr(" (in \"%1\")").arg(token);
                return {std::nullopt, tr("\"%1\"%2 is not a day; use Mon, Tue, Wed, Thu, Fri, "
                                         "Sat, Sun or a range like Mon-Fri.")
                                          .arg(bad, where)};
            }
            for (int day = first;; day = (day + 1) % 7) { // Fri-Mon wraps over the weekend
                days.append(day);
                if (day == last)
                    break;
            }
        }
        QList<int> minutes;
        for (const QString &token : parts.at(1).split(QLatin1Char(','))) {
            const QRegularExpressionMatch match = clock.match(token);
            const int hour = match.hasMatch() ? match.captured(1).toInt() : -1;
            const int minute = match.hasMatch() ? match.captured(2).toInt() : -1;
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                return {std::nullopt, tr("\"%1\" is not a 24-hour time; write it like 09:00 or "
                                         "18:30.")
                                          .arg(token)};
            }
            minutes.append(hour * 60 + minute);
        }
        for (int day : std::as_const(days))
            slots.m_minutes[day] += minutes;
    }
    bool any = false;
    for (QList<int> &list : slots.m_minutes) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        any = any || !list.isEmpty();
    }
    if (!any) {
        return {std::nullopt, tr("No posting times given; write them like \"Mon-Fri "
                                 "09:00,18:00; Sat 11:00\".")};
    }
    return {slots, {}};
}

QString PostingSlots::toSpec() const
{
    QStringList groups;
    QList<bool> done(7, false);
    for (int day = 0; day < 7; ++day) {
        if (done.at(day) || m_minutes.at(day).isEmpty())
            continue;
        QList<int> days;
        for (int other = day; other < 7; ++other) {
            if (!done.at(other) && m_minutes.at(other) == m_minutes.at(day)) {
                days.append(other);
                done[other] = true;
            }
        }
        QStringList times;
        for (int minutes : m_minutes.at(day))
            times.append(timeText(minutes));
        groups.append(daysText(days) + QLatin1Char(' ') + times.join(QLatin1Char(',')));
    }
    return groups.join(QStringLiteral("; "));
}

QList<QDateTime> PostingSlots::nextSlots(const QDateTime &fromUtc, int count) const
{
    QList<QDateTime> slots;
    if (count <= 0 || !m_zone.isValid() || !fromUtc.isValid())
        return slots;
    // From the day before in the zone: a slot late on the previous local day may still be
    // ahead of fromUtc in UTC terms only when the zone is behind; starting a day early is
    // cheap and never misses one. 400 days bound a spec whose days never come (none: parse
    // refuses an empty spec), so the loop always ends.
    QDate day = fromUtc.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i < 400 && slots.size() < count; ++i, day = day.addDays(1)) {
        for (int minutes : m_minutes.at(day.dayOfWeek() - 1)) {
            const QDateTime at = resolve(day, QTime(minutes / 60, minutes % 60), m_zone);
            // A time moved out of a spring-forward gap can land on the next slot: once only.
            if (at >= fromUtc && (slots.isEmpty() || at > slots.last()))
                slots.append(at);
            if (slots.size() == count)
                break;
        }
    }
    return slots;
}

QDateTime PostingSlots::resolve(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The wall-clock reading as if it were UTC; an instant is wall - offset for whichever
    // offset the zone really has at that instant. Offsets a day either side cover every
    // change (zones change offset at most a few times a year).
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    QList<int> offsets;
    for (qint64 probe : {wall - msPerDay, wall, wall + msPerDay}) {
        const int offset = zone.offsetFromUtc(utc(probe));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    std::optional<qint64> first;
    for (int offset : std::as_const(offsets)) {
        const qint64 instant = wall - qint64(offset) * 1000;
        if (zone.offsetFromUtc(utc(instant)) == offset && (!first || instant < *first))
            first = instant; // ambiguous: the earliest of the two readings
    }
    if (first)
        return utc(*first);
    // In a gap: the change happens between the readings with the largest and the smallest
    // offset; the first valid minute after the gap is the change itself.
    const int largest = *std::max_element(offsets.cbegin(), offsets.cend());
    const QDateTime earliest = utc(wall - qint64(largest) * 1000);
    const QTimeZone::OffsetData change = zone.nextTransition(earliest.addMSecs(-1));
    if (change.atUtc.isValid())
        return change.atUtc.toUTC();
    return earliest;
}

} // namespace tokdeck
