// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/DailyCap.h"

#include "rules/ContractLimits.h"

#include <QLocale>
#include <algorithm>

namespace tokdeck {

std::optional<DailyCap::Refusal> DailyCap::check(const QString &accountName,
                                                 const QList<QDateTime> &plannedUtc,
                                                 const QDateTime &candidateUtc,
                                                 const QTimeZone &shownIn)
{
    constexpr qint64 windowMs = 24LL * 3600 * 1000;
    const qint64 candidate = candidateUtc.toMSecsSinceEpoch();
    QList<qint64> times;
    for (const QDateTime &when : plannedUtc) {
        const qint64 at = when.toMSecsSinceEpoch();
        if (at > candidate - windowMs && at < candidate + windowMs)
            times.append(at);
    }
    std::sort(times.begin(), times.end());
    // The busiest window holding the candidate starts at one of the posts before it (or at
    // the candidate itself): windows are half-open, [start, start + 24 h).
    QList<qint64> starts;
    for (qint64 at : std::as_const(times)) {
        if (at <= candidate)
            starts.append(at);
    }
    starts.append(candidate);
    for (qint64 start : std::as_const(starts)) {
        const auto from = std::lower_bound(times.cbegin(), times.cend(), start);
        const auto to = std::lower_bound(times.cbegin(), times.cend(), start + windowMs);
        const int existing = int(to - from);
        if (existing < limits::maxPostsPerAccountPer24Hours)
            continue;
        Refusal refusal;
        refusal.windowStartUtc = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
        refusal.windowEndUtc = QDateTime::fromMSecsSinceEpoch(start + windowMs, Qt::UTC);
        refusal.existing = existing;
        const QLocale locale;
        const auto shown = [&](const QDateTime &when) {
            return locale.toString(when.toTimeZone(shownIn), QStringLiteral("ddd d MMM HH:mm"));
        };
        refusal.message = tr("%1 already has %2 posts between %3 and %4; TikTok allows %5 per 24 "
                             "hours. Pick a time outside that window.")
                              .arg(accountName)
                              .arg(existing)
                              .arg(shown(refusal.windowStartUtc), shown(refusal.windowEndUtc))
                              .arg(limits::maxPostsPerAccountPer24Hours);
        return refusal;
    }
    return std::nullopt;
}

ValidationIssues DailyCap::issuesFor(const QList<AccountPlan> &accounts,
                                     const QDateTime &candidateUtc)
{
    ValidationIssues issues;
    for (const AccountPlan &account : accounts) {
        const QTimeZone zone = account.slots ? account.slots->zone() : QTimeZone::systemTimeZone();
        if (const auto refusal = check(account.name, account.taken, candidateUtc, zone)) {
            issues.append({ValidationIssue::Severity::Reject, account.name, refusal->message,
                           account.accountId});
        }
    }
    return issues;
}

} // namespace tokdeck
