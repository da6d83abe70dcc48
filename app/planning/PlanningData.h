// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "domain/PostState.h"
#include "planning/AccountPlan.h"
#include "rules/ValidationIssue.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace tokdeck {

struct Stores;

// The states in which a post holds its time on an account: it will go out (or went out)
// then (ConflictRules::countsTowardsCap). Drafts, failed posts and those needing attention
// do not block a slot or the cap.
QList<PostState> occupyingStates();

// Reads, on the storage thread, what planning needs for these accounts: names (accounts
// cache), slots (SlotStore) and the times their occupying posts hold from a day before
// `nowUtc` on (the cap's window reaches back 24 hours). `excludePostId` (the post being
// planned) does not count against itself. nullopt on a storage failure (stores.lastError()).
std::optional<QList<AccountPlan>> loadAccountPlans(Stores &stores, const QStringList &accountIds,
                                                   const QDateTime &nowUtc,
                                                   qint64 excludePostId = 0);

// The cap's blocking problems (DailyCap::issuesFor) for a post planned at `candidateUtc` on
// these accounts, read on the storage thread: what the composer lists and what making a post
// ready refuses on. An unplanned post ("post now") counts at `nowUtc`. nullopt on a storage
// failure (stores.lastError()).
std::optional<ValidationIssues> capIssues(Stores &stores, const QStringList &accountIds,
                                          const std::optional<QDateTime> &candidateUtc,
                                          const QDateTime &nowUtc, qint64 excludePostId);

// What the composer lists beside its own rules, read on the storage thread: capIssues() for
// the post's accounts and time, and DuplicateContent's warning against the other planned
// posts. nullopt on a storage failure (stores.lastError()).
std::optional<ValidationIssues> composerContextIssues(Stores &stores, const Post &post,
                                                      const QDateTime &nowUtc);

// capIssues() for a stored post (its own accounts and time): empty when it fits or is gone,
// else the first refusal's message; a storage failure is a message too (it must not pass).
QString capRefusalFor(Stores &stores, qint64 postId, const QDateTime &nowUtc);

} // namespace tokdeck
