// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

namespace tokdeck {

// The one source of "now" in the core. Schedule windows, rate limits and the outbox
// ask a Clock instead of QDateTime::currentDateTimeUtc() so tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide wall clock; never null, never destroyed.
    static const Clock &system();
};

// A clock that only moves when told to: the seam tests use for schedule and rate rules.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc());
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// A wall clock shifted by a fixed offset: lets the sandbox run "in the future".
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetSeconds)
        : m_offsetSeconds(offsetSeconds)
    {}
    QDateTime nowUtc() const override;

private:
    qint64 m_offsetSeconds;
};

} // namespace tokdeck
