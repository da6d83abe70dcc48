// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/RateWindow.h"

#include <algorithm>

namespace tokdeck {

void RateWindow::expire(qint64 nowMs)
{
    while (!m_events.empty() && m_events.front() + m_windowMs <= nowMs)
        m_events.pop_front();
}

int RateWindow::secondsUntilFree(qint64 nowMs)
{
    if (m_limit <= 0)
        return 0;
    expire(nowMs);
    if (qsizetype(m_events.size()) < m_limit)
        return 0;
    // The slot frees when the event that pushes us over the limit leaves the window.
    const qint64 freeAt = m_events[m_events.size() - m_limit] + m_windowMs;
    const qint64 waitMs = freeAt - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

void RateWindow::record(qint64 nowMs)
{
    if (m_limit <= 0)
        return;
    expire(nowMs);
    m_events.push_back(nowMs);
}

} // namespace tokdeck
