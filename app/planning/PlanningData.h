// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "planning/AccountPlan.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace tokdeck {

struct Stores;

// The states in which a post holds its time on an account: it will go out (or went out)
// then. Drafts, failed posts and those needing attention do not block a slot or the cap.
QList<PostState> occupyingStates();

// Reads, on the storage thread, what planning needs for these accounts: names (accounts
// cache), slots (SlotStore) and the times their occupying posts hold from a day before
// `nowUtc` on (the cap's window reaches back 24 hours). `excludePostId` (the post being
// planned) does not count against itself. nullopt on a storage failure (stores.lastError()).
std::optional<QList<AccountPlan>> loadAccountPlans(Stores &stores, const QStringList &accountIds,
                                                   const QDateTime &nowUtc,
                                                   qint64 excludePostId = 0);

} // namespace tokdeck
