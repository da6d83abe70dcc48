// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <algorithm>
#include <optional>

namespace tokdeck {

// The local calendar days from `first` to `last`, kept as the instants at which each starts,
// so that placing thousands of posts on their days costs a binary search each rather than a
// time zone conversion: every QDateTime::toLocalTime() makes glibc check /etc/localtime again
// (a stat() per call), which was most of a month switch at 100,000 posts. The day starts come
// from the zone itself (QDate::startOfDay), so days of 23 or 25 hours are right.
class LocalDays final
{
public:
    LocalDays(const QDate &first, const QDate &last)
        : m_first(first)
    {
        for (QDate day = first; day <= last.addDays(1); day = day.addDays(1))
            m_starts.append(day.startOfDay().toMSecsSinceEpoch());
    }

    // The local day of `at`; nullopt outside the range.
    std::optional<QDate> dayOf(const QDateTime &at) const
    {
        const qint64 ms = at.toMSecsSinceEpoch();
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), ms);
        if (next == m_starts.cbegin() || next == m_starts.cend())
            return std::nullopt;
        return m_first.addDays(qint64(next - m_starts.cbegin()) - 1);
    }

private:
    QDate m_first;
    QList<qint64> m_starts; // one more than the days: where the day after `last` starts
};

} // namespace tokdeck
