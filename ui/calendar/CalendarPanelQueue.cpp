// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CalendarPanel's queue operations: "Shuffle queue", per account, as one undo step.

#include "actions/BulkCommands.h"
#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarPanel.h"
#include "storage/StorageWorker.h"
#include "storage/Stores.h"
#include "support/FutureCallback.h"

#include <QComboBox>
#include <QMenu>
#include <QRandomGenerator>
#include <QUndoStack>

namespace tokdeck {

void CalendarPanel::fillShuffleMenu(QMenu *menu)
{
    menu->clear();
    // The accounts the filter knows (every connected one), by name.
    const QComboBox *accounts = m_filter->accountBox();
    for (int i = 1; i < accounts->count(); ++i) {
        const QString id = accounts->itemData(i).toString();
        QAction *action = menu->addAction(tr("Shuffle the queue of %1").arg(accounts->itemText(i)));
        action->setObjectName(QStringLiteral("shuffleQueue_") + id);
        connect(action, &QAction::triggered, this, [this, id] { shuffleQueue(id); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No accounts yet"))->setEnabled(false);
}

void CalendarPanel::shuffleQueue(const QString &accountId)
{
    // The seed is drawn here, the shuffle made on the storage thread from it: a generator is
    // not shared between threads, and a test's seeded one still decides the order.
    const quint32 seed = (m_random ? m_random : QRandomGenerator::global())->generate();
    const QDateTime now = m_clock.nowUtc();
    const int at = m_filter->accountBox()->findData(accountId);
    const QString name = at > 0 ? m_filter->accountBox()->itemText(at) : accountId;
    using Answer = StorageResult<QList<PlannedMove>>;
    auto plan = [accountId, now, seed](Stores &stores) {
        QRandomGenerator random(seed);
        Answer result;
        result.value =
            QueueOps::planShuffle(stores, accountId, now, random).value_or(QList<PlannedMove>());
        result.error = stores.lastError();
        return result;
    };
    onResult(this, m_storage->run(std::move(plan)), [this, name](const Answer &result) {
        if (!result.ok()) {
            showMessage(result.error);
            return;
        }
        if (result.value.isEmpty()) {
            showMessage(tr("Nothing to shuffle: %1 has no two posts of its own on its posting "
                           "slots that are still here and not locked.")
                            .arg(name));
            return;
        }
        m_undo->push(new BulkMoveCommand(
            m_storage, this, tr("Shuffle the queue of %1").arg(name), result.value,
            [this, name](const BulkOutcome &outcome, bool undone) {
                QString text = undone
                                   ? tr("The queue of %1 is back in its order.").arg(name)
                                   : tr("Shuffled %n post(s) of %1. Undo (Ctrl+Z) puts them back.",
                                        nullptr, int(outcome.changed.size()))
                                         .arg(name);
                if (!outcome.refused.isEmpty())
                    text += QLatin1Char(' ') + outcome.refused.first().second;
                showMessage(text);
            }));
    });
}

} // namespace tokdeck
