// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/PlanningData.h"

#include "planning/DailyCap.h"
#include "planning/DuplicateContent.h"
#include "rules/ConflictRules.h"
#include "storage/Stores.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tokdeck {

QList<PostState> occupyingStates()
{
    // One definition with the calendar's cap mark (ConflictRules::countsTowardsCap).
    QList<PostState> states;
    for (PostState state :
         {PostState::Draft, PostState::Ready, PostState::Uploading, PostState::Submitting,
          PostState::Scheduled, PostState::Published, PostState::Failed, PostState::NeedsAttention,
          PostState::Live, PostState::FailedOnTikTok}) {
        if (ConflictRules::countsTowardsCap(state))
            states.append(state);
    }
    return states;
}

std::optional<QList<AccountPlan>> loadAccountPlans(Stores &stores, const QStringList &accountIds,
                                                   const QDateTime &nowUtc, qint64 excludePostId)
{
    const QList<Account> known = stores.accounts.cachedAccounts();
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    const QHash<QString, QString> names = displayNames(known);

    QList<AccountPlan> plans;
    QHash<QString, qsizetype> index;
    for (const QString &id : accountIds) {
        if (index.contains(id))
            continue;
        AccountPlan plan;
        plan.accountId = id;
        plan.name = names.value(id, id);
        const auto stored = stores.slots.slotsFor(id);
        if (!stores.lastError().isEmpty())
            return std::nullopt;
        // A spec that no longer parses (its zone gone from this system's tz database) counts
        // as none: the queue then says how to set the slots again.
        if (stored)
            plan.slots = PostingSlots::parse(stored->spec, stored->zoneId.toUtf8()).slots;
        index.insert(id, plans.size());
        plans.append(plan);
    }

    const QDateTime since = nowUtc.toUTC().addSecs(-24 * 3600);
    const QList<Post> posts = stores.posts.withStatesPlannedFrom(occupyingStates(), since);
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    for (const Post &post : posts) {
        if (post.id == excludePostId || !post.plannedAt)
            continue;
        for (const PostAccount &account : post.accounts) {
            if (const auto at = index.find(account.accountId); at != index.end())
                plans[*at].taken.append(*post.plannedAt);
        }
    }
    return plans;
}

std::optional<ValidationIssues> capIssues(Stores &stores, const QStringList &accountIds,
                                          const std::optional<QDateTime> &candidateUtc,
                                          const QDateTime &nowUtc, qint64 excludePostId)
{
    if (accountIds.isEmpty())
        return ValidationIssues{};
    const QDateTime candidate = candidateUtc.value_or(nowUtc).toUTC();
    // Posts from a day before the candidate (or before now, whichever is earlier) on count.
    const auto plans =
        loadAccountPlans(stores, accountIds, std::min(candidate, nowUtc.toUTC()), excludePostId);
    if (!plans)
        return std::nullopt;
    return DailyCap::issuesFor(*plans, candidate);
}

std::optional<ValidationIssues> composerContextIssues(Stores &stores, const Post &post,
                                                      const QDateTime &nowUtc)
{
    QStringList ids;
    for (const PostAccount &account : post.accounts)
        ids.append(account.accountId);
    auto found = capIssues(stores, ids, post.plannedAt, nowUtc, post.id);
    if (!found || ids.isEmpty())
        return found;
    const QList<Account> known = stores.accounts.cachedAccounts();
    // Only posts near this one's time can be its duplicates (DuplicateContent::windowSeconds).
    const QDateTime at = post.plannedAt.value_or(nowUtc).toUTC();
    const QList<Post> planned = stores.posts.withStatesPlannedFrom(
        occupyingStates(), at.addSecs(-DuplicateContent::windowSeconds));
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    const QHash<QString, QString> names = displayNames(known);
    *found += DuplicateContent::warningsFor(post, planned, names);
    return found;
}

QString capRefusalFor(Stores &stores, qint64 postId, const QDateTime &nowUtc)
{
    const auto unreadable = [&stores] {
        return QCoreApplication::translate("DailyCap",
                                           "The 24-hour cap of the post's accounts could not be "
                                           "checked (%1). Try again.")
            .arg(stores.lastError());
    };
    const auto post = stores.posts.load(postId);
    if (!post) {
        if (stores.lastError().isEmpty())
            return {}; // gone: the transition says so
        return unreadable();
    }
    QStringList ids;
    for (const PostAccount &account : post->accounts)
        ids.append(account.accountId);
    const auto issues = capIssues(stores, ids, post->plannedAt, nowUtc, postId);
    if (!issues) {
        return unreadable();
    }
    return issues->isEmpty() ? QString() : issues->first().message;
}

} // namespace tokdeck
