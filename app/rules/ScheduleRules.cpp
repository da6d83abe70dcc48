// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/ScheduleRules.h"

#include "rules/ContractLimits.h"

#include <QLocale>

namespace tokdeck {

QDateTime ScheduleRules::earliestAllowed(const QDateTime &now)
{
    return now.toUTC().addSecs(limits::minLeadSeconds);
}

QDateTime ScheduleRules::latestAllowed(const QDateTime &now)
{
    return now.toUTC().addSecs(limits::maxAheadSeconds);
}

bool ScheduleRules::isBeyondWindow(const QDateTime &scheduledAt, const QDateTime &now)
{
    return scheduledAt.toUTC() > latestAllowed(now);
}

ValidationIssues ScheduleRules::check(const QDateTime &scheduledAt, const QDateTime &now,
                                      BeyondWindow beyond)
{
    const QString subject = tr("schedule");
    const QLocale locale;
    const auto shown = [&](const QDateTime &when) {
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    };
    ValidationIssues issues;
    if (!scheduledAt.isValid()) {
        issues.append({ValidationIssue::Severity::Reject, subject,
                       tr("The scheduled time is not a valid date and time.")});
        return issues;
    }
    const QDateTime at = scheduledAt.toUTC();
    if (at < earliestAllowed(now)) {
        issues.append({ValidationIssue::Severity::Reject, subject,
                       tr("%1 is too soon: schedule at least 10 minutes ahead (after %2), or "
                          "post now.")
                           .arg(shown(at), shown(earliestAllowed(now)))});
    } else if (isBeyondWindow(at, now) && beyond == BeyondWindow::HoldLocally) {
        issues.append(
            {ValidationIssue::Severity::Warn, subject,
             tr("%1 is more than 30 days ahead: Tokdeck keeps the post and hands it to "
                "Crosspostify once it is within 30 days (Tokdeck or \"tokdeck-cli outbox run\" "
                "must be running then).")
                 .arg(shown(at))});
    } else if (isBeyondWindow(at, now)) {
        issues.append({ValidationIssue::Severity::Reject, subject,
                       tr("%1 is too far ahead: Crosspostify schedules at most 30 days ahead "
                          "(until %2).")
                           .arg(shown(at), shown(latestAllowed(now)))});
    } else if (at < now.toUTC().addSecs(limits::marginLeadSeconds)) {
        issues.append({ValidationIssue::Severity::Warn, subject,
                       tr("%1 is only just over 10 minutes away; if sending takes a while it may "
                          "be refused. Pick a later time to be safe.")
                           .arg(shown(at))});
    }
    return issues;
}

} // namespace tokdeck
