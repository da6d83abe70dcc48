// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "planning/AccountPlan.h"
#include "planning/Recurrence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace tokdeck {

struct Stores;

// "Repeat...": a post's further occurrences under a Recurrence, each checked against the
// schedule window (past or too soon: skipped; beyond 30 days: fine, held locally until its
// time) and TikTok's 24-hour cap (counting the series' own earlier posts), then made in one
// transaction by SeriesStore::expandRecurrence().
class SeriesPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SeriesPlanner)

public:
    struct Plan
    {
        QList<QDateTime> acceptedUtc; // the occurrences after the first that go in, in order
        QStringList skipped;          // translated, one per occurrence left out, with why
        QString cutNote;              // Recurrence's, when the rule was cut (100 posts, 1 year)
    };
    // Pure: `occurrences` as Recurrence::occurrences() gave them (the first is the post
    // itself and is not checked); `accounts` as loadAccountPlans() gave them without the post.
    static Plan plan(const QList<AccountPlan> &accounts, const Recurrence::Occurrences &occurrences,
                     const QDateTime &nowUtc);

    struct Outcome
    {
        qint64 seriesId = 0;
        QList<qint64> ids; // the new posts, one per acceptedUtc
        Plan plan;
        QString error;              // translated; nothing was made when set
        bool storageFailed = false; // the error is the database's, not the post's

        bool ok() const { return error.isEmpty(); }
    };
    // On the storage thread: loads post `postId` (it needs a planned time: the first
    // occurrence), plans its series in `zone`, and makes the copies in `state` (Draft or
    // Ready). With no occurrence left after the checks, nothing is made (ids empty, ok()).
    static Outcome expand(Stores &stores, qint64 postId, const Recurrence &rule,
                          const QTimeZone &zone, PostState state, const QDateTime &nowUtc);

    // The warning the composer and the CLI show with every series (not a refusal).
    static QString duplicateContentWarning();
};

} // namespace tokdeck
