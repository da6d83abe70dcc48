// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/Clock.h"

namespace tokdeck {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{}

QDateTime OffsetClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
}

} // namespace tokdeck
