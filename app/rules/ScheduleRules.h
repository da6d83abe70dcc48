// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rules/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tokdeck {

// The schedule window: at least ~10 minutes and at most 30 days ahead at the moment of sending.
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRules)

public:
    // What "more than 30 days ahead" means: the API refuses it (Reject: checking a create call),
    // but Tokdeck's outbox keeps such posts locally and hands them over later (HoldLocally:
    // checking what the user composes; a note, not an error).
    enum class BeyondWindow { Reject, HoldLocally };

    static ValidationIssues check(const QDateTime &scheduledAt, const QDateTime &now,
                                  BeyondWindow beyond = BeyondWindow::Reject);
    static QDateTime earliestAllowed(const QDateTime &now);
    static QDateTime latestAllowed(const QDateTime &now);
    static bool isBeyondWindow(const QDateTime &scheduledAt, const QDateTime &now);
};

} // namespace tokdeck
