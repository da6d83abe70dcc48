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
    // Whole minutes: the picker shows no seconds, so the limits must not either.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    const QString dateTime = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
    const auto shown = [&](const QDateTime &when) {
        return locale.toString(when.toLocalTime(), dateTime);
    };
    ValidationIssues issues;
    if (!scheduledAt.isValid()) {
        issues.append({ValidationIssue::Severity::Reject, subject,
                       tr("The scheduled time is not a valid date and time.")});
        return issues;
    }
    const QDateTime at = scheduledAt.toUTC();
    if (at <= now.toUTC()) {
        issues.append({ValidationIssue::Severity::Reject, subject,
                       tr("%1 has already passed: schedule at %2 or later (10 minutes from now), "
                          "or post now.")
                           .arg(shown(at), shown(earliestAllowed(now)))});
    } else if (at < earliestAllowed(now)) {
        issues.append({ValidationIssue::Severity::Reject, subject,
                       tr("%1 is too soon: the earliest is %2 (10 minutes from now); pick that "
                          "or later, or post now.")
                           .arg(shown(at), shown(earliestAllowed(now)))});
    } else if (isBeyondWindow(at, now) && beyond == BeyondWindow::HoldLocally) {
        issues.append(
            {ValidationIssue::Severity::Warn, subject,
             tr("%1 is more than 30 days ahead: Tokdeck keeps the post and hands it to "
                "Crosspostify once it is within 30 days (Tokdeck or \"tokdeck-cli outbox run\" "
                "must be running then).")
                 .arg(shown(at))});
    } else if (isBeyondWindow(at, now)) {
        issues.append(
            {ValidationIssue::Severity::Reject, subject,
             tr("%1 is too far ahead: the latest is %2, as Crosspostify schedules at most "
                "30 days ahead.")
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
