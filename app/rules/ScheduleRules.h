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
    static ValidationIssues check(const QDateTime &scheduledAt, const QDateTime &now);
    static QDateTime earliestAllowed(const QDateTime &now);
    static QDateTime latestAllowed(const QDateTime &now);
    static bool isBeyondWindow(const QDateTime &scheduledAt, const QDateTime &now);
};

} // namespace tokdeck
