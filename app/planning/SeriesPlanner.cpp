// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/SeriesPlanner.h"

#include "planning/DailyCap.h"
#include "planning/PlanningData.h"
#include "rules/ScheduleRules.h"
#include "storage/Stores.h"

#include <QLocale>

namespace tokdeck {

SeriesPlanner::Plan SeriesPlanner::plan(const QList<AccountPlan> &accounts,
                                        const Recurrence::Occurrences &occurrences,
                                        const QDateTime &nowUtc)
{
    Plan result;
    result.cutNote = occurrences.cutNote;
    QList<AccountPlan> planned = accounts; // each accepted occurrence takes its time
    const QLocale locale;
    for (qsizetype i = 1; i < occurrences.times.size(); ++i) {
        const QDateTime &local = occurrences.times.at(i);
        const QDateTime at = local.toUTC();
        const QString shown = locale.toString(local, QStringLiteral("ddd d MMM yyyy HH:mm"));
        QStringList reasons;
        for (const ValidationIssue &issue :
             ScheduleRules::check(at, nowUtc, ScheduleRules::BeyondWindow::HoldLocally)) {
            if (issue.isRejection())
                reasons.append(issue.message);
        }
        if (reasons.isEmpty()) {
            for (const ValidationIssue &issue : DailyCap::issuesFor(planned, at))
                reasons.append(issue.message);
        }
        if (!reasons.isEmpty()) {
            result.skipped.append(tr("%1 (post %2 of the series) was left out: %3")
                                      .arg(shown)
                                      .arg(i + 1)
                                      .arg(reasons.join(QLatin1Char(' '))));
            continue;
        }
        result.acceptedUtc.append(at);
        for (AccountPlan &account : planned)
            account.taken.append(at);
    }
    return result;
}

SeriesPlanner::Outcome SeriesPlanner::expand(Stores &stores, qint64 postId, const Recurrence &rule,
                                             const QTimeZone &zone, PostState state,
                                             const QDateTime &nowUtc)
{
    Outcome outcome;
    const std::optional<Post> post = stores.posts.load(postId);
    if (!post) {
        outcome.storageFailed = !stores.lastError().isEmpty();
        outcome.error =
            stores.lastError().isEmpty()
                ? tr("There is no post %1; see \"tokdeck-cli posts\" for the IDs.").arg(postId)
                : stores.lastError();
        return outcome;
    }
    if (!post->plannedAt) {
        outcome.error = tr("Post %1 has no date: give it a time first, the series repeats it "
                           "from there.")
                            .arg(postId);
        return outcome;
    }
    QStringList accountIds;
    for (const PostAccount &account : post->accounts)
        accountIds.append(account.accountId);
    const auto accounts = loadAccountPlans(stores, accountIds, nowUtc, postId);
    if (!accounts) {
        outcome.storageFailed = true;
        outcome.error = stores.lastError();
        return outcome;
    }
    // The original counts against the cap even as a draft: the series is planned around it.
    QList<AccountPlan> withOriginal = *accounts;
    for (AccountPlan &account : withOriginal)
        account.taken.append(*post->plannedAt);
    outcome.plan = plan(withOriginal, rule.occurrences(*post->plannedAt, zone), nowUtc);
    if (outcome.plan.acceptedUtc.isEmpty())
        return outcome;
    const SeriesStore::Expansion made =
        stores.series.expandRecurrence(postId, outcome.plan.acceptedUtc, state, rule.toText());
    if (made.ids.isEmpty()) {
        outcome.storageFailed = true;
        outcome.error = stores.lastError();
        return outcome;
    }
    outcome.seriesId = made.seriesId;
    outcome.ids = made.ids;
    return outcome;
}

QString SeriesPlanner::duplicateContentWarning()
{
    return tr("TikTok may treat a video posted again as duplicate content and show it to fewer "
              "people. Vary the caption or the video of the copies to be safe.");
}

} // namespace tokdeck
