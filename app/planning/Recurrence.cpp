// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/Recurrence.h"

#include "planning/PostingSlots.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace tokdeck {

namespace {

const char *const dayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// ISO weekday 1..7, or 0.
int weekday(const QString &word)
{
    static const QStringList longNames = {QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                          QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                          QStringLiteral("friday"),    QStringLiteral("saturday"),
                                          QStringLiteral("sunday")};
    const QString folded = word.toLower();
    for (int i = 0; i < 7; ++i) {
        if (folded == QLatin1StringView(dayNames[i]).toString().toLower()
            || folded == longNames.at(i))
            return i + 1;
    }
    return 0;
}

ParsedRecurrence refuse(const QString &message)
{
    return {std::nullopt, message};
}

} // namespace

Recurrence Recurrence::every(int interval, Unit unit, std::optional<QDate> until,
                             std::optional<int> count, QList<int> weekdays)
{
    Recurrence rule;
    rule.m_interval = interval;
    rule.m_unit = unit;
    rule.m_until = until;
    rule.m_count = count;
    std::sort(weekdays.begin(), weekdays.end());
    weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
    rule.m_weekdays = weekdays;
    return rule;
}

ParsedRecurrence Recurrence::parse(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // "on Mon, Thu" and "on Mon,Thu" are the same list: commas become their own separators.
    QString spaced = text.trimmed();
    spaced.replace(QLatin1Char(','), QStringLiteral(" , "));
    const QStringList words = spaced.split(spaces, Qt::SkipEmptyParts);
    const auto word = [&](qsizetype i) {
        return words.value(i).toLower();
    };
    const QString example = tr("e.g. \"every 1 week until 2027-03-01\" or \"every 2 days x 5\"");
    if (word(0) != QLatin1StringView("every"))
        return refuse(tr("\"%1\": a repeat rule starts with \"every\", %2.").arg(text, example));

    qsizetype at = 1;
    int interval = 1;
    bool isNumber = false;
    if (const int n = words.value(at).toInt(&isNumber); isNumber) {
        interval = n;
        ++at;
    }
    Unit unit = Unit::Days;
    const QString unitWord = word(at);
    if (unitWord == QLatin1StringView("day") || unitWord == QLatin1StringView("days")) {
        unit = Unit::Days;
    } else if (unitWord == QLatin1StringView("week") || unitWord == QLatin1StringView("weeks")) {
        unit = Unit::Weeks;
    } else {
        return refuse(unitWord.isEmpty()
                          ? tr("\"%1\": say how often, days or weeks, %2.").arg(text, example)
                          : tr("\"%1\" is not days or weeks; %2.").arg(words.value(at), example));
    }
    ++at;
    const int maxInterval = unit == Unit::Days ? 365 : 52;
    if (interval < 1 || interval > maxInterval) {
        return refuse(tr("\"every %1\": give a number from 1 to %2 %3.")
                          .arg(words.value(1))
                          .arg(maxInterval)
                          .arg(unit == Unit::Days ? tr("days") : tr("weeks")));
    }

    QList<int> days;
    if (word(at) == QLatin1StringView("on")) {
        if (unit != Unit::Weeks)
            return refuse(tr("\"on\" days only go with weeks, e.g. \"every 1 week on Mon,Thu "
                             "x 6\"; \"every N days\" repeats on any day."));
        ++at;
        while (at < words.size()) {
            if (words.at(at) == QLatin1StringView(",")) {
                ++at;
                continue;
            }
            const int day = weekday(words.at(at));
            if (day == 0)
                break;
            days.append(day);
            ++at;
        }
        if (days.isEmpty()) {
            return refuse(
                tr("\"on %1\": name the days, e.g. \"on Mon,Thu\".").arg(words.value(at)));
        }
    }

    std::optional<QDate> until;
    std::optional<int> count;
    const QString end = word(at);
    if (end == QLatin1StringView("until")) {
        const QDate date = QDate::fromString(words.value(at + 1), Qt::ISODate);
        if (!date.isValid()) {
            return refuse(tr("\"until %1\": not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.")
                              .arg(words.value(at + 1)));
        }
        until = date;
        at += 2;
    } else if (end == QLatin1StringView("x")
               || words.value(at + 1).toLower() == QLatin1StringView("times")) {
        const QString number = end == QLatin1StringView("x") ? words.value(at + 1) : end;
        bool ok = false;
        const int n = number.toInt(&ok);
        if (!ok || n < 2 || n > maxOccurrences) {
            return refuse(tr("\"x %1\": give how many posts in all, from 2 (the post and one more) "
                             "to %2.")
                              .arg(number)
                              .arg(maxOccurrences));
        }
        count = n;
        at += 2;
    } else {
        return refuse(end.isEmpty() ? tr("\"%1\": say when it ends: add \"until YYYY-MM-DD\" or "
                                         "\"x N\" (N posts in all).")
                                          .arg(text)
                                    : tr("\"%1\" is not understood here; end the rule with "
                                         "\"until YYYY-MM-DD\" or \"x N\".")
                                          .arg(words.value(at)));
    }
    if (at < words.size()) {
        return refuse(tr("\"%1\": nothing may follow the end of the rule; remove it.")
                          .arg(words.mid(at).join(QLatin1Char(' '))));
    }
    return {every(interval, unit, until, count, days), {}};
}

QString Recurrence::toText() const
{
    QString text = QStringLiteral("every %1 ").arg(m_interval);
    if (m_unit == Unit::Days)
        text += m_interval == 1 ? QStringLiteral("day") : QStringLiteral("days");
    else
        text += m_interval == 1 ? QStringLiteral("week") : QStringLiteral("weeks");
    if (!m_weekdays.isEmpty()) {
        QStringList names;
        for (int day : m_weekdays)
            names.append(QString::fromLatin1(dayNames[day - 1]));
        text += QStringLiteral(" on ") + names.join(QLatin1Char(','));
    }
    if (m_until)
        text += QStringLiteral(" until ") + m_until->toString(Qt::ISODate);
    else if (m_count)
        text += QStringLiteral(" x %1").arg(*m_count);
    return text;
}

Recurrence::Occurrences Recurrence::occurrences(const QDateTime &firstLocal,
                                                const QTimeZone &zone) const
{
    Occurrences result;
    const QDateTime first = firstLocal.toTimeZone(zone);
    const QDate firstDate = first.date();
    const QTime wallTime(first.time().hour(), first.time().minute());
    const QDate lastAllowed = firstDate.addYears(1);
    result.times.append(PostingSlots::resolve(firstDate, wallTime, zone).toTimeZone(zone));

    // Candidate dates in order, each after the first; ends at the rule's end or a bound.
    const int stepDays = m_unit == Unit::Days ? m_interval : 7 * m_interval;
    const QDate weekStart = firstDate.addDays(1 - firstDate.dayOfWeek());
    for (qint64 period = 1 - (m_weekdays.isEmpty() ? 0 : 1);; ++period) {
        QList<QDate> dates;
        if (m_weekdays.isEmpty()) {
            dates.append(firstDate.addDays(period * stepDays));
        } else {
            for (int day : m_weekdays) {
                const QDate date = weekStart.addDays(period * stepDays + day - 1);
                if (date > firstDate)
                    dates.append(date);
            }
        }
        for (const QDate &date : std::as_const(dates)) {
            if (m_count && result.times.size() >= *m_count)
                return result;
            if (m_until && date > *m_until)
                return result;
            if (date > lastAllowed) {
                result.cutNote = tr("Stopped at %1: a series reaches at most one year past its "
                                    "first post.")
                                     .arg(QLocale().toString(lastAllowed, QLocale::ShortFormat));
                return result;
            }
            if (result.times.size() >= maxOccurrences) {
                result.cutNote =
                    tr("Stopped after %1 posts: a series holds at most %1.").arg(maxOccurrences);
                return result;
            }
            result.times.append(PostingSlots::resolve(date, wallTime, zone).toTimeZone(zone));
        }
    }
}

} // namespace tokdeck
