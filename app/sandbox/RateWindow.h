// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>
#include <deque>

namespace tokdeck {

// A sliding window: at most `limit` events in any `windowSeconds`. Times are milliseconds
// since the epoch, taken from the sandbox's injected clock, so tests move them by hand.
class RateWindow
{
public:
    RateWindow(int limit, qint64 windowSeconds)
        : m_limit(limit)
        , m_windowMs(windowSeconds * 1000)
    {}

    // 0 when one more event fits now, else whole seconds (>= 1) until the oldest event
    // leaves the window: the value of Retry-After. A limit <= 0 means unlimited.
    int secondsUntilFree(qint64 nowMs);
    void record(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_events; // oldest first
};

} // namespace tokdeck
