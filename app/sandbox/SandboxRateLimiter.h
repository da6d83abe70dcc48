// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sandbox/RateWindow.h"

#include <QString>
#include <QStringList>
#include <map>

namespace tokdeck {

// The contract's documented limits: requests per key per minute and per hour, and post
// creations per social account per minute. Each admit* call either counts the event and
// returns 0, or counts nothing and returns the Retry-After seconds.
class SandboxRateLimiter
{
public:
    static constexpr int defaultPerMinute = 50;
    static constexpr int defaultPerHour = 250;
    static constexpr int defaultPostsPerAccountPerMinute = 3;

    // Starts every window afresh; a limit <= 0 switches that limit off.
    void setLimits(int perMinute, int perHour, int postsPerAccountPerMinute);

    int postsPerAccountPerMinute() const { return m_postsPerAccountPerMinute; }

    int admitRequest(const QString &apiKey, qint64 nowMs);
    // All or nothing: a create naming one account that is over its limit is refused whole.
    int admitPost(const QStringList &accountIds, qint64 nowMs);

private:
    struct KeyWindows
    {
        RateWindow minute;
        RateWindow hour;
    };

    int m_perMinute = defaultPerMinute;
    int m_perHour = defaultPerHour;
    int m_postsPerAccountPerMinute = defaultPostsPerAccountPerMinute;
    std::map<QString, KeyWindows> m_keys;
    std::map<QString, RateWindow> m_accounts;
};

} // namespace tokdeck
