// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planning/AccountPlan.h"
#include "rules/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace tokdeck {

// TikTok's cap: at most limits::maxPostsPerAccountPer24Hours posts for one account in any
// rolling 24 hours (not per calendar day: 20 on Tuesday evening and 20 on Wednesday morning
// is 40 in one day's span). Pure: the caller passes the account's planned times.
class DailyCap
{
    Q_DECLARE_TR_FUNCTIONS(DailyCap)

public:
    struct Refusal
    {
        QDateTime windowStartUtc; // the full window [start, start + 24 h) holding the candidate
        QDateTime windowEndUtc;
        int existing = 0; // posts already in it
        QString message;  // translated; names the account and the window (in `shownIn`)
    };

    // nullopt when `candidateUtc` fits beside `plannedUtc` (the account's other posts).
    static std::optional<Refusal> check(const QString &accountName,
                                        const QList<QDateTime> &plannedUtc,
                                        const QDateTime &candidateUtc, const QTimeZone &shownIn);

    // One rejection per account of the post whose cap `candidateUtc` breaks, shown in the
    // account's slot zone (else the system's): what the composer and the CLI block on.
    static ValidationIssues issuesFor(const QList<AccountPlan> &accounts,
                                      const QDateTime &candidateUtc);
};

} // namespace tokdeck
