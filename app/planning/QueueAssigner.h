// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planning/QueuePlanner.h"

#include <QHash>
#include <functional>

namespace tokdeck {

// The queue for many posts in a row (a CSV import with `at` = queue): each post takes the
// next free slot, and that slot then counts as taken for the posts after it, so twenty rows
// never land on one slot. Accounts are loaded the first time a post names them.
class QueueAssigner
{
    Q_DECLARE_TR_FUNCTIONS(QueueAssigner)

public:
    // Reads the plans of these accounts (e.g. loadAccountPlans() on the storage thread);
    // nullopt when storage failed.
    using Loader = std::function<std::optional<QList<AccountPlan>>(const QStringList &ids)>;

    QueueAssigner(Loader loader, QDateTime nowUtc);

    QueuePlanner::Choice take(const QStringList &accountIds);

private:
    Loader m_loader;
    QDateTime m_now;
    QHash<QString, AccountPlan> m_plans;
};

} // namespace tokdeck
