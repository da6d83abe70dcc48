// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <array>
#include <optional>

namespace tokdeck {

struct ParsedSlots;

// An account's weekly posting times, e.g. "Mon-Fri 09:00,18:00; Sat 11:00", as wall-clock
// times in one IANA zone. The zone is always named: nothing here reads the process's TZ, so
// the same spec gives the same instants on every machine.
class PostingSlots
{
    Q_DECLARE_TR_FUNCTIONS(PostingSlots)

public:
    // Groups separated by ";", each "DAYS TIMES": days are Mon..Sun (or full names), lists
    // ("Mon,Wed") and ranges ("Mon-Fri", "Fri-Mon" wraps); times are 24 h "HH:MM" lists.
    static ParsedSlots parse(const QString &spec, const QTimeZone &zone);
    // parse() with the zone given by its IANA id; an unknown id is refused by name.
    static ParsedSlots parse(const QString &spec, const QByteArray &ianaZoneId);

    // The canonical spelling (days with the same times grouped, ranges compressed).
    QString toSpec() const;
    QTimeZone zone() const { return m_zone; }
    QString zoneId() const { return QString::fromLatin1(m_zone.id()); }

    // The next `count` slot instants (UTC) at or after `fromUtc`, in order. A wall time keeps
    // its wall time across DST changes (09:00 stays 09:00, its UTC moves); see resolve().
    QList<QDateTime> nextSlots(const QDateTime &fromUtc, int count) const;

    // The UTC instant of a wall-clock date and time in `zone`. A time that does not exist
    // (skipped by a spring-forward change) becomes the first valid minute after the gap: the
    // post still goes out that day, as close as possible to the time asked. An ambiguous time
    // (repeated by a fall-back change) takes its first occurrence: the one that comes first
    // on the clock, so a queue never runs an hour late and never uses both.
    static QDateTime resolve(const QDate &date, const QTime &time, const QTimeZone &zone);

private:
    PostingSlots() = default;
    // Minutes after midnight, sorted and unique, per ISO weekday (index 0 = Monday).
    std::array<QList<int>, 7> m_minutes;
    QTimeZone m_zone;
};

// What PostingSlots::parse() found.
struct ParsedSlots
{
    std::optional<PostingSlots> slots;
    QString error; // translated, names the bad part; empty on success
};

} // namespace tokdeck
