// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "support/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace tokdeck {

// Keeps the client inside Crosspostify's documented limits so it rarely meets a 429:
// requests per minute and per hour for the key, and post creations per minute per account.
// Sliding windows over the injected clock.
class RateLimiter
{
public:
    struct Limits
    {
        int perMinute = 50;
        int perHour = 250;
        int postsPerAccountPerMinute = 3;
    };

    explicit RateLimiter(const Clock *clock = &Clock::system());
    void setLimits(Limits limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    void setClock(const Clock *clock) { m_clock = clock; }

    // Milliseconds to wait before a request (a create for `accounts`, if any) may go; 0 = now.
    qint64 delayMs(const QStringList &createAccounts = {}) const;
    // Counts a request that is being sent now.
    void record(const QStringList &createAccounts = {});
    // Takes back the latest record for an attempt that provably never reached the server.
    void release(const QStringList &createAccounts = {});

private:
    static qint64 waitFor(const QList<QDateTime> &sent, int limit, qint64 windowMs,
                          const QDateTime &now);
    void prune(const QDateTime &now);

    const Clock *m_clock;
    Limits m_limits;
    QList<QDateTime> m_requests;                // last hour, oldest first
    QHash<QString, QList<QDateTime>> m_creates; // per account, last minute
};

} // namespace tokdeck
