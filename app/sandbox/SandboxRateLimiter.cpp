// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/SandboxRateLimiter.h"

#include <algorithm>

namespace tokdeck {

void SandboxRateLimiter::setLimits(int perMinute, int perHour, int postsPerAccountPerMinute)
{
    m_perMinute = perMinute;
    m_perHour = perHour;
    m_postsPerAccountPerMinute = postsPerAccountPerMinute;
    m_keys.clear();
    m_accounts.clear();
}

int SandboxRateLimiter::admitRequest(const QString &apiKey, qint64 nowMs)
{
    auto it = m_keys.find(apiKey);
    if (it == m_keys.end())
        it = m_keys.emplace(apiKey, KeyWindows{{m_perMinute, 60}, {m_perHour, 3600}}).first;
    KeyWindows &windows = it->second;
    const int wait =
        std::max(windows.minute.secondsUntilFree(nowMs), windows.hour.secondsUntilFree(nowMs));
    if (wait > 0)
        return wait;
    windows.minute.record(nowMs);
    windows.hour.record(nowMs);
    return 0;
}

int SandboxRateLimiter::admitPost(const QStringList &accountIds, qint64 nowMs)
{
    int wait = 0;
    for (const QString &id : accountIds) {
        auto it = m_accounts.find(id);
        if (it == m_accounts.end())
            it = m_accounts.emplace(id, RateWindow(m_postsPerAccountPerMinute, 60)).first;
        wait = std::max(wait, it->second.secondsUntilFree(nowMs));
    }
    if (wait > 0)
        return wait;
    for (const QString &id : accountIds)
        m_accounts.at(id).record(nowMs);
    return 0;
}

} // namespace tokdeck
