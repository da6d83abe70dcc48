// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/PlanningData.h"

#include "storage/Stores.h"

#include <QHash>

namespace tokdeck {

QList<PostState> occupyingStates()
{
    return {PostState::Ready, PostState::Uploading, PostState::Submitting, PostState::Scheduled,
            PostState::Published};
}

std::optional<QList<AccountPlan>> loadAccountPlans(Stores &stores, const QStringList &accountIds,
                                                   const QDateTime &nowUtc, qint64 excludePostId)
{
    const QList<Account> known = stores.accounts.cachedAccounts();
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    QHash<QString, QString> names;
    for (const Account &account : known)
        names.insert(account.id, account.displayName());

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

    const QList<Post> posts = stores.posts.withStates(occupyingStates());
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    const QDateTime since = nowUtc.toUTC().addSecs(-24 * 3600);
    for (const Post &post : posts) {
        if (post.id == excludePostId || !post.plannedAt || *post.plannedAt < since)
            continue;
        for (const PostAccount &account : post.accounts) {
            if (const auto at = index.find(account.accountId); at != index.end())
                plans[*at].taken.append(*post.plannedAt);
        }
    }
    return plans;
}

} // namespace tokdeck
