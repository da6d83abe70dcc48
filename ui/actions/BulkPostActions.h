// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "storage/PostBulk.h"

#include <QList>
#include <QObject>
#include <functional>

class QUndoStack;
class QWidget;

namespace tokdeck {

class Clock;
class StorageWorker;

// What PostActions does to a selection of several posts: move by N days, duplicate, change
// accounts, delete, re-slot into the queue. Each is ONE step on `undo` (the calendar's stack),
// whatever the number of posts; each post goes through its own compare-and-set, so the posts
// that cannot take part (locked, being sent, moved elsewhere) are skipped, and the one message
// says how many and why. The views update from the storage's change notices.
class BulkPostActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPostActions)

public:
    BulkPostActions(StorageWorker *storage, QUndoStack *undo, QWidget *window, const Clock &clock);

    void askMoveByDays(const QList<qint64> &ids); // the dialog first
    void moveByDays(const QList<qint64> &ids, int days);
    void duplicate(const QList<qint64> &ids);
    void askAccounts(const QList<qint64> &ids); // the dialog first
    void setAccounts(const QList<qint64> &ids, const QStringList &accountIds);
    void remove(const QList<qint64> &ids);
    void reslot(const QList<qint64> &ids);
    // Each post to the next free slot of its first account after its own time
    // (QueueOps::planNextSlotMoves); refused with the queue's reason when there is none.
    void moveToNextSlot(const QList<qint64> &ids);

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void duplicated(const QList<qint64> &newIds);

private:
    void withPosts(const QList<qint64> &ids, std::function<void(const QList<Post> &)> then);
    void pushMove(const QString &text, const QList<PlannedMove> &moves,
                  const QList<std::pair<qint64, QString>> &skipped, const QString &doneText);
    // " 2 posts were skipped: <the first reason> (and 1 more)." or empty.
    static QString skippedText(const QList<std::pair<qint64, QString>> &skipped);

    StorageWorker *m_storage;
    QUndoStack *m_undo;
    QWidget *m_window;
    const Clock &m_clock;
};

} // namespace tokdeck
