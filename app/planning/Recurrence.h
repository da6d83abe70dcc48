// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace tokdeck {

struct ParsedRecurrence;

// A repeat rule for a post: "every N days|weeks [on DAYS] until DATE | x COUNT", e.g.
// "every 1 week until 2027-03-01", "every 2 days x 5", "every 1 week on Mon,Thu x 6".
// English words only: like the slot spec it is a format scripts share, not a sentence.
// The first post is occurrence 1: "x 4" means the post and three more.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    enum class Unit { Days, Weeks };

    // A series never holds more posts than this, nor reaches further than a year after the
    // first: a typo such as "every 1 day x 1000" must not fill the calendar.
    static constexpr int maxOccurrences = 100;

    static ParsedRecurrence parse(const QString &text);
    QString toText() const; // the canonical spelling; parse(toText()) gives the same rule

    struct Occurrences
    {
        // Wall-clock times in the zone asked for (the first one included), in order.
        QList<QDateTime> times;
        QString cutNote; // translated; why the list stops early (100 posts, one year), or empty
    };
    // The posts of the series starting at `firstLocal` (its date and wall time are read in
    // `zone`): each keeps that wall time (09:00 stays 09:00 across DST; a time a spring-forward
    // change skips becomes the first minute after it). Nothing depends on the process's TZ.
    Occurrences occurrences(const QDateTime &firstLocal, const QTimeZone &zone) const;

    int interval() const { return m_interval; }
    Unit unit() const { return m_unit; }
    QList<int> weekdays() const { return m_weekdays; } // ISO 1..7, sorted; empty: first's day
    std::optional<QDate> until() const { return m_until; }
    std::optional<int> count() const { return m_count; }

    static Recurrence every(int interval, Unit unit, std::optional<QDate> until,
                            std::optional<int> count, QList<int> weekdays = {});

private:
    Recurrence() = default;
    int m_interval = 1;
    Unit m_unit = Unit::Weeks;
    QList<int> m_weekdays;
    std::optional<QDate> m_until;
    std::optional<int> m_count;
};

struct ParsedRecurrence
{
    std::optional<Recurrence> rule;
    QString error; // translated, names the bad part; empty on success
};

} // namespace tokdeck
