// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RateLimiter.h"

namespace tokdeck {

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 3'600'000;
} // namespace

RateLimiter::RateLimiter(const Clock *clock)
    : m_clock(clock)
{}

qint64 RateLimiter::waitFor(const QList<QDateTime> &sent, int limit, qint64 windowMs,
                            const QDateTime &now)
{
    // Count only what is still inside the window; the oldest of the last `limit` decides.
    qsizetype inWindow = 0;
    for (const QDateTime &at : sent) {
        if (at.msecsTo(now) < windowMs)
            ++inWindow;
    }
    if (limit <= 0 || inWindow < limit)
        return 0;
    const QDateTime &oldestThatCounts = sent.at(sent.size() - limit);
    return std::max<qint64>(0, windowMs - oldestThatCounts.msecsTo(now));
}

qint64 RateLimiter::delayMs(const QStringList &createAccounts) const
{
    const QDateTime now = m_clock->nowUtc();
    qint64 delay = std::max(waitFor(m_requests, m_limits.perMinute, minuteMs, now),
                            waitFor(m_requests, m_limits.perHour, hourMs, now));
    for (const QString &account : createAccounts) {
        delay = std::max(delay, waitFor(m_creates.value(account), m_limits.postsPerAccountPerMinute,
                                        minuteMs, now));
    }
    return delay;
}

void RateLimiter::record(const QStringList &createAccounts)
{
    const QDateTime now = m_clock->nowUtc();
    prune(now);
    m_requests.append(now);
    for (const QString &account : createAccounts)
        m_creates[account].append(now);
}

void RateLimiter::release(const QStringList &createAccounts)
{
    if (!m_requests.isEmpty())
        m_requests.removeLast();
    for (const QString &account : createAccounts) {
        auto it = m_creates.find(account);
        if (it != m_creates.end() && !it->isEmpty())
            it->removeLast();
    }
}

void RateLimiter::prune(const QDateTime &now)
{
    while (!m_requests.isEmpty() && m_requests.first().msecsTo(now) >= hourMs)
        m_requests.removeFirst();
    for (auto it = m_creates.begin(); it != m_creates.end();) {
        while (!it->isEmpty() && it->first().msecsTo(now) >= minuteMs)
            it->removeFirst();
        it = it->isEmpty() ? m_creates.erase(it) : std::next(it);
    }
}

} // namespace tokdeck
