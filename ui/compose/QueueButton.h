// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QPushButton>
#include <QStringList>
#include <functional>

namespace tokdeck {

class Clock;
class StorageWorker;

// "Add to queue", beside the schedule picker: asks planning, off the GUI thread, for the next
// free posting slot of the post's first account (free on all its accounts, within the
// 24-hour cap, far enough ahead) and hands it over as slotChosen(); the composer puts it in
// the schedule picker. Without a slot, refused() says why and what to do.
class QueueButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueButton)

public:
    // The post being composed: its id (0 when not saved yet; it never blocks its own slot)
    // and its account ids, in order. Asked at each click, so it is never stale.
    struct Target
    {
        qint64 postId = 0;
        QStringList accountIds;
    };
    using TargetSource = std::function<Target()>;

    QueueButton(StorageWorker *storage, const Clock &clock, TargetSource target,
                QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void slotChosen(const QDateTime &slotUtc);
    void refused(const QString &reason); // translated; also the button's tooltip until the next try

private:
    void findSlot();

    StorageWorker *m_storage;
    const Clock &m_clock;
    TargetSource m_target;
    bool m_busy = false;
};

} // namespace tokdeck
