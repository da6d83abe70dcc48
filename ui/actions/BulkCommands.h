// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/PostBulk.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <vector>

namespace tokdeck {

class StorageWorker;

// The answers of one bulk step, counted: the step's message comes once, when every post has
// answered, not once per post.
struct BulkProgress
{
    int expected = 0;
    int answered = 0;
    int failed = 0;
    bool undone = false; // the answers are of an undo
    QStringList reasons; // of the failed ones, translated
    std::function<void(const BulkProgress &)> finished;

    void start(int count, bool isUndo);
    void answer(const QString &error);
};

// Many single-post commands as ONE undo step (Ctrl+Z brings all of them back together).
// `inverted`: the children's undo is this step's redo, for posts already made when the step is
// pushed (a duplicate is a delete in reverse); the first redo then does nothing.
class BulkCommand final : public QUndoCommand
{
public:
    BulkCommand(const QString &text, std::shared_ptr<BulkProgress> progress, bool inverted = false);

    void add(std::unique_ptr<QUndoCommand> child);
    int count() const { return int(m_children.size()); }

    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    std::vector<std::unique_ptr<QUndoCommand>> m_children;
    std::shared_ptr<BulkProgress> m_progress;
    bool m_inverted;
    bool m_pushed = false; // an inverted step's first redo (at push) is already done
};

// Moving many posts, undoably, in one storage job each way (PostStore::movePlannedAtMany): each
// post on its own compare-and-set, so a post moved elsewhere or locked meanwhile is skipped, and
// the answer says which and why. Undo moves back whatever is still where it was moved to.
class BulkMoveCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkMoveCommand)

public:
    using Done = std::function<void(const BulkOutcome &outcome, bool undone)>;
    BulkMoveCommand(StorageWorker *storage, QObject *context, const QString &text,
                    QList<PlannedMove> moves, Done done);

    void redo() override { apply(false); }
    void undo() override { apply(true); }

private:
    void apply(bool back);

    StorageWorker *m_storage;
    QPointer<QObject> m_context;
    QList<PlannedMove> m_moves;
    Done m_done;
};

// Giving many posts other accounts, undoably: redo saves `after`, undo saves `before` (each
// post's accounts as loaded when the step was made), a content save per post.
class BulkAccountsCommand final : public QUndoCommand
{
public:
    using Done = std::function<void(const BulkOutcome &outcome, bool undone)>;
    BulkAccountsCommand(StorageWorker *storage, QObject *context, const QString &text,
                        QHash<qint64, QList<PostAccount>> before,
                        QHash<qint64, QList<PostAccount>> after, Done done);

    void redo() override { apply(m_after, false); }
    void undo() override { apply(m_before, true); }

private:
    void apply(const QHash<qint64, QList<PostAccount>> &accounts, bool undone);

    StorageWorker *m_storage;
    QPointer<QObject> m_context;
    QHash<qint64, QList<PostAccount>> m_before;
    QHash<qint64, QList<PostAccount>> m_after;
    Done m_done;
};

} // namespace tokdeck
