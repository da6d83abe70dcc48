// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/QueueOps.h"

#include "planning/PlanningData.h"
#include "rules/ConflictRules.h"
#include "rules/ScheduleRules.h"
#include "storage/Stores.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace tokdeck {

namespace {
// As QueuePlanner: posts are planned to the minute.
qint64 minuteOf(const QDateTime &when)
{
    return when.toMSecsSinceEpoch() / 60000;
}
constexpr int maxSlotsPerRange = 5000; // more than a year of a busy spec
} // namespace

QList<QDateTime> QueueOps::slotTimesBetween(const PostingSlots &slots, const QDateTime &fromUtc,
                                            const QDateTime &toUtc)
{
    QList<QDateTime> times;
    for (const QDateTime &slot : slots.nextSlots(fromUtc, maxSlotsPerRange)) {
        if (slot >= toUtc)
            break;
        times.append(slot);
    }
    return times;
}

std::optional<QList<AccountSlot>> QueueOps::slotsIn(Stores &stores, const QDateTime &fromUtc,
                                                    const QDateTime &toUtc)
{
    const QList<AccountSlotSpec> specs = stores.slots.allSlots();
    const QList<Account> known = stores.accounts.cachedAccounts();
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    const QHash<QString, QString> names = displayNames(known);
    QList<AccountSlot> found;
    for (const AccountSlotSpec &spec : specs) {
        // A spec whose zone is gone from this system counts as none (as loadAccountPlans).
        const auto parsed = PostingSlots::parse(spec.spec, spec.zoneId.toUtf8()).slots;
        if (!parsed)
            continue;
        const QString name = names.value(spec.accountId, spec.accountId);
        for (const QDateTime &slot : slotTimesBetween(*parsed, fromUtc, toUtc))
            found.append({slot, spec.accountId, name});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const AccountSlot &a, const AccountSlot &b) { return a.utc < b.utc; });
    return found;
}

QList<AccountSlot> QueueOps::emptySlots(const QList<AccountSlot> &slots, const QList<Post> &posts,
                                        const QString &accountId)
{
    // The same rule as the queue's "taken" (occupyingStates(), ConflictRules::countsTowardsCap).
    QSet<std::pair<QString, qint64>> held;
    for (const Post &post : posts) {
        if (!post.plannedAt || !ConflictRules::countsTowardsCap(post.state))
            continue;
        for (const PostAccount &account : post.accounts)
            held.insert({account.accountId, minuteOf(*post.plannedAt)});
    }
    QList<AccountSlot> empty;
    for (const AccountSlot &slot : slots) {
        if ((accountId.isEmpty() || slot.accountId == accountId)
            && !held.contains({slot.accountId, minuteOf(slot.utc)}))
            empty.append(slot);
    }
    return empty;
}

QueuePlanner::Choice QueueOps::nextSlotAfter(const QList<AccountPlan> &accounts,
                                             const QDateTime &currentUtc, const QDateTime &nowUtc)
{
    // QueuePlanner adds the minimum lead time to its start: from the post's own time that
    // also skips the slot the post sits on, so the answer is strictly later.
    return QueuePlanner::next(accounts, std::max(currentUtc.toUTC(), nowUtc.toUTC()));
}

QueueOps::Moves QueueOps::planNextSlotMoves(Stores &stores, const QList<qint64> &ids,
                                            const QDateTime &nowUtc)
{
    Moves result;
    QList<Post> posts = stores.posts.loadMany(ids);
    std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
        return a.plannedAt.value_or(QDateTime()) > b.plannedAt.value_or(QDateTime());
    });
    // What this batch changed so far, per account: the minutes left, the minutes taken.
    QHash<QString, QList<QDateTime>> left;
    QHash<QString, QList<QDateTime>> taken;
    for (const Post &post : std::as_const(posts)) {
        if (!post.isEditable() || !post.plannedAt) {
            result.refused.append(
                {post.id, post.plannedAt
                              ? tr("post %1 is \"%2\", so it can no longer be moved.")
                                    .arg(post.id)
                                    .arg(postDisplayStateName(toDisplayState(post.state)))
                              : tr("post %1 has no time to move on from.").arg(post.id)});
            continue;
        }
        QStringList accountIds;
        for (const PostAccount &account : post.accounts)
            accountIds.append(account.accountId);
        auto plans =
            loadAccountPlans(stores, accountIds, std::max(*post.plannedAt, nowUtc), post.id);
        if (!plans) {
            result.refused.append({post.id, stores.lastError()});
            continue;
        }
        for (AccountPlan &plan : *plans) {
            for (const QDateTime &gone : left.value(plan.accountId))
                plan.taken.removeOne(gone);
            plan.taken += taken.value(plan.accountId);
        }
        const QueuePlanner::Choice choice = nextSlotAfter(*plans, *post.plannedAt, nowUtc);
        if (!choice.ok()) {
            result.refused.append({post.id, choice.reason});
            continue;
        }
        for (const QString &id : std::as_const(accountIds)) {
            left[id].append(*post.plannedAt);
            taken[id].append(*choice.slotUtc);
        }
        result.moves.append({post.id, post.plannedAt->toUTC(), choice.slotUtc->toUTC()});
    }
    return result;
}

bool QueueOps::isShuffleable(const Post &post, const QString &accountId, const QDateTime &nowUtc)
{
    return post.isEditable() && !post.isLocked() && post.plannedAt && *post.plannedAt > nowUtc
           && !post.accounts.isEmpty() && post.accounts.first().accountId == accountId;
}

QList<PlannedMove> QueueOps::shuffle(const QList<Post> &posts, const QString &accountId,
                                     const QList<QDateTime> &slotTimes, const QDateTime &nowUtc,
                                     QRandomGenerator &random)
{
    QSet<qint64> slotMinutes;
    for (const QDateTime &slot : slotTimes)
        slotMinutes.insert(minuteOf(slot));
    QList<const Post *> movable;
    for (const Post &post : posts) {
        if (isShuffleable(post, accountId, nowUtc)
            && slotMinutes.contains(minuteOf(*post.plannedAt)))
            movable.append(&post);
    }
    // The posts' own times, dealt out again: the set of times stays exactly the same.
    QList<QDateTime> times;
    for (const Post *post : std::as_const(movable))
        times.append(post->plannedAt->toUTC());
    std::shuffle(times.begin(), times.end(), random);
    QList<PlannedMove> moves;
    for (qsizetype i = 0; i < movable.size(); ++i) {
        const QDateTime from = movable.at(i)->plannedAt->toUTC();
        if (from != times.at(i))
            moves.append({movable.at(i)->id, from, times.at(i)});
    }
    return moves;
}

std::optional<QList<PlannedMove>> QueueOps::planShuffle(Stores &stores, const QString &accountId,
                                                        const QDateTime &nowUtc,
                                                        QRandomGenerator &random)
{
    const auto spec = stores.slots.slotsFor(accountId);
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    if (!spec)
        return QList<PlannedMove>{};
    const auto slots = PostingSlots::parse(spec->spec, spec->zoneId.toUtf8()).slots;
    if (!slots)
        return QList<PlannedMove>{};
    const QDateTime until = nowUtc.addDays(400);
    const QList<Post> posts = stores.posts.inRange(nowUtc, until);
    if (!stores.lastError().isEmpty())
        return std::nullopt;
    return shuffle(posts, accountId, slotTimesBetween(*slots, nowUtc, until), nowUtc, random);
}

QList<Post> QueueOps::staggered(const Post &post, qint64 stepSeconds, const QDateTime &nowUtc)
{
    QList<Post> split;
    for (qsizetype i = 0; i < post.accounts.size(); ++i) {
        Post copy = post;
        copy.accounts = {post.accounts.at(i)};
        if (i > 0) {
            copy.id = 0;
            copy.revision = 0;
            copy.serverPostId.clear();
            copy.lastError.clear();
            copy.tiktokUrl.clear();
            copy.accountResults.clear();
            copy.apiHost.clear();
            // A new post starts as a draft or ready (PostStore::saveContent), never as failed.
            copy.state = post.state == PostState::Ready ? PostState::Ready : PostState::Draft;
            copy.plannedAt = post.plannedAt.value_or(nowUtc).toUTC().addSecs(i * stepSeconds);
        }
        split.append(copy);
    }
    return split;
}

} // namespace tokdeck
