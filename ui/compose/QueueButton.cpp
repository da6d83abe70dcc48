// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/QueueButton.h"

#include "planning/PlanningData.h"
#include "planning/QueuePlanner.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"

namespace tokdeck {

QueueButton::QueueButton(StorageWorker *storage, const Clock &clock, TargetSource target,
                         QWidget *parent)
    : QPushButton(tr("Add to &queue"), parent)
    , m_storage(storage)
    , m_clock(clock)
    , m_target(std::move(target))
{
    setObjectName(QStringLiteral("addToQueue"));
    const QString hint = tr("Schedule the post in the next free posting slot of its first "
                            "account (set the slots with tokdeck-cli slots set).");
    setToolTip(hint);
    setAccessibleDescription(hint);
    connect(this, &QPushButton::clicked, this, &QueueButton::findSlot);
}

void QueueButton::findSlot()
{
    if (m_busy)
        return;
    const Target target = m_target ? m_target() : Target{};
    if (target.accountIds.isEmpty()) {
        const QString reason = tr("Choose at least one account, then add the post to the queue.");
        setToolTip(reason);
        Q_EMIT refused(reason);
        return;
    }
    m_busy = true;
    setEnabled(false);
    const QDateTime now = m_clock.nowUtc();
    // Reading the slots and every planned post is storage work: on the storage thread. The
    // plan itself is cheap and pure, so it runs there too and only the answer comes back.
    auto answer = m_storage->run([target, now](Stores &stores) {
        const auto plans = loadAccountPlans(stores, target.accountIds, now, target.postId);
        if (!plans) {
            return QueuePlanner::Choice{
                std::nullopt,
                tr("The posting slots could not be read (%1).").arg(stores.lastError())};
        }
        return QueuePlanner::next(*plans, now);
    });
    onResult(this, answer, [this](const QueuePlanner::Choice &choice) {
        m_busy = false;
        setEnabled(true);
        if (choice.ok()) {
            setToolTip(accessibleDescription());
            Q_EMIT slotChosen(*choice.slotUtc);
            return;
        }
        setToolTip(choice.reason);
        Q_EMIT refused(choice.reason);
    });
}

} // namespace tokdeck
