// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <utility>

namespace tokdeck {

struct Stores;

// Bulk changes (the list's and the calendar's actions on a selection), as named operations
// over the stores' single-post calls, for one StorageWorker::run() job: one change notice for
// all. Each post goes through its own compare-and-set, so one refused post never holds the
// others back; `refused` says why per post. Implemented in StorageWorker.cpp.

struct PlannedMove
{
    qint64 id = 0;
    QDateTime fromUtc; // invalid: the post has no planned time ("post now")
    QDateTime toUtc;   // invalid: it gets none
};

struct BulkOutcome
{
    QList<qint64> changed;                     // in the order asked
    QList<std::pair<qint64, QString>> refused; // id, why (translated)
    // setAccountsMany(): what each changed post had before (for undo)
    QHash<qint64, QList<PostAccount>> previousAccounts;
};

// PostStore::movePlannedAt() for each; a post without a planned time moves by a content save
// on its revision instead (SQL's "planned_at = NULL" is never true).
BulkOutcome movePlannedAtMany(Stores &stores, const QList<PlannedMove> &moves);
// Gives each post the accounts the map holds (overrides included): a content save each,
// refused for a post no longer editable or changed meanwhile.
BulkOutcome setAccountsMany(Stores &stores, const QHash<qint64, QList<PostAccount>> &accountsOf);
// PostStore::duplicate() for each: the new drafts, in the order asked; a post that no longer
// exists is left out.
QList<Post> duplicateMany(Stores &stores, const QList<qint64> &ids);

} // namespace tokdeck
