// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "planning/QueuePlanner.h"
#include "storage/PostBulk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <optional>

namespace tokdeck {

struct Stores;

// One posting slot of one account (the calendar's empty slots).
struct AccountSlot
{
    QDateTime utc;
    QString accountId;
    QString accountName;

    friend bool operator==(const AccountSlot &, const AccountSlot &) = default;
};

// The queue's operations beyond "Add to queue": where the empty slots are, moving a post to
// the next free slot, shuffling an account's queue, and staggering a post to several accounts.
// Pure functions over plain data, plus their loaders (run on the storage thread).
class QueueOps
{
    Q_DECLARE_TR_FUNCTIONS(QueueOps)

public:
    // The slot instants of `slots` with fromUtc <= t < toUtc, in order.
    static QList<QDateTime> slotTimesBetween(const PostingSlots &slots, const QDateTime &fromUtc,
                                             const QDateTime &toUtc);
    // Every account's slots in [fromUtc, toUtc) (accounts without slots have none), by time.
    // Read on the storage thread; nullopt on a storage failure (stores.lastError()).
    static std::optional<QList<AccountSlot>> slotsIn(Stores &stores, const QDateTime &fromUtc,
                                                     const QDateTime &toUtc);
    // The slots no post holds: a post in an occupying state (occupyingStates()) on that
    // account in that minute fills it. `accountId` empty: every account's, else that one's.
    static QList<AccountSlot> emptySlots(const QList<AccountSlot> &slots, const QList<Post> &posts,
                                         const QString &accountId = {});

    // "Move to next slot": the queue's next free slot after `currentUtc` (and never before
    // what the schedule rules allow at `nowUtc`). `accounts`: the post's plans, the post
    // itself left out of `taken`.
    static QueuePlanner::Choice nextSlotAfter(const QList<AccountPlan> &accounts,
                                              const QDateTime &currentUtc, const QDateTime &nowUtc);
    // nextSlotAfter() for each post, on the storage thread; latest first, so a run of posts
    // on consecutive slots each moves one slot on (the slot one leaves is free for the one
    // before it). Posts that cannot move (locked, no time, no free slot) are refused.
    struct Moves
    {
        QList<PlannedMove> moves;
        QList<std::pair<qint64, QString>> refused;
    };
    static Moves planNextSlotMoves(Stores &stores, const QList<qint64> &ids,
                                   const QDateTime &nowUtc);

    // Whether "Shuffle queue" may move the post: still local and movable (draft, ready or
    // failed), planned after `nowUtc`, with `accountId` as its first account (its queue).
    static bool isShuffleable(const Post &post, const QString &accountId, const QDateTime &nowUtc);
    // "Shuffle queue": the shuffleable posts that sit on one of `slotTimes` swap those times
    // at random; nothing else moves. Only the moves that change a time are returned.
    static QList<PlannedMove> shuffle(const QList<Post> &posts, const QString &accountId,
                                      const QList<QDateTime> &slotTimes, const QDateTime &nowUtc,
                                      QRandomGenerator &random);
    // shuffle() for an account's future, read on the storage thread (its slots over the next
    // 400 days and the posts planned in them).
    static std::optional<QList<PlannedMove>> planShuffle(Stores &stores, const QString &accountId,
                                                         const QDateTime &nowUtc,
                                                         QRandomGenerator &random);

    // "Stagger": one post per account, the first keeping the time and each further account
    // `stepSeconds` later than the one before; each copy keeps its account's caption and
    // title overrides. The first is `post` itself (its id kept), the others are new (id 0).
    // A post without a time ("post now") keeps none; its copies count from `nowUtc`.
    static QList<Post> staggered(const Post &post, qint64 stepSeconds, const QDateTime &nowUtc);
};

} // namespace tokdeck
