// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/QueueAssigner.h"

namespace tokdeck {

QueueAssigner::QueueAssigner(Loader loader, QDateTime nowUtc)
    : m_loader(std::move(loader))
    , m_now(std::move(nowUtc))
{}

QueuePlanner::Choice QueueAssigner::take(const QStringList &accountIds)
{
    QStringList missing;
    for (const QString &id : accountIds) {
        if (!m_plans.contains(id) && !missing.contains(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) {
        const auto loaded = m_loader ? m_loader(missing) : std::nullopt;
        if (!loaded) {
            return {std::nullopt, tr("The posting slots and planned posts could not be read; "
                                     "check the data folder, then try again.")};
        }
        for (const AccountPlan &plan : *loaded)
            m_plans.insert(plan.accountId, plan);
    }
    QList<AccountPlan> plans;
    for (const QString &id : accountIds)
        plans.append(m_plans.value(id, AccountPlan{id, id, std::nullopt, {}}));
    QueuePlanner::Choice choice = QueuePlanner::next(plans, m_now);
    if (choice.ok()) {
        for (const QString &id : accountIds)
            m_plans[id].taken.append(*choice.slotUtc);
    }
    return choice;
}

} // namespace tokdeck
