// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actions/BulkCommands.h"

#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

namespace tokdeck {

void BulkProgress::start(int count, bool isUndo)
{
    expected = count;
    answered = 0;
    failed = 0;
    undone = isUndo;
    reasons.clear();
}

void BulkProgress::answer(const QString &error)
{
    ++answered;
    if (!error.isEmpty()) {
        ++failed;
        reasons.append(error);
    }
    if (answered == expected && finished)
        finished(*this);
}

BulkCommand::BulkCommand(const QString &text, std::shared_ptr<BulkProgress> progress, bool inverted)
    : m_progress(std::move(progress))
    , m_inverted(inverted)
{
    setText(text);
}

void BulkCommand::add(std::unique_ptr<QUndoCommand> child)
{
    m_children.push_back(std::move(child));
}

void BulkCommand::redo()
{
    if (m_inverted && !m_pushed) {
        m_pushed = true; // the posts exist already: pushing must not make them twice
        return;
    }
    apply(!m_inverted);
}

void BulkCommand::undo()
{
    apply(m_inverted);
}

void BulkCommand::apply(bool forward)
{
    // `forward` is the children's redo; the progress counts whether this step is undone.
    m_progress->start(count(), forward == m_inverted);
    if (forward) {
        for (const auto &child : m_children)
            child->redo();
    } else {
        for (auto it = m_children.rbegin(); it != m_children.rend(); ++it)
            (*it)->undo();
    }
}

BulkMoveCommand::BulkMoveCommand(StorageWorker *storage, QObject *context, const QString &text,
                                 QList<PlannedMove> moves, Done done)
    : m_storage(storage)
    , m_context(context)
    , m_moves(std::move(moves))
    , m_done(std::move(done))
{
    setText(text);
}

void BulkMoveCommand::apply(bool back)
{
    if (!m_context)
        return;
    QList<PlannedMove> moves = m_moves;
    if (back) {
        // A post skipped on the way there is not at `toUtc`: its compare-and-set fails, so
        // undo leaves it where it is.
        for (PlannedMove &move : moves)
            std::swap(move.fromUtc, move.toUtc);
    }
    onResult(m_context,
             m_storage->run([moves](Stores &stores) { return movePlannedAtMany(stores, moves); }),
             [done = m_done, back](const BulkOutcome &outcome) {
                 if (done)
                     done(outcome, back);
             });
}

BulkAccountsCommand::BulkAccountsCommand(StorageWorker *storage, QObject *context,
                                         const QString &text,
                                         QHash<qint64, QList<PostAccount>> before,
                                         QHash<qint64, QList<PostAccount>> after, Done done)
    : m_storage(storage)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(text);
}

void BulkAccountsCommand::apply(const QHash<qint64, QList<PostAccount>> &accounts, bool undone)
{
    if (!m_context)
        return;
    onResult(m_context, m_storage->run([accounts](Stores &stores) {
        return setAccountsMany(stores, accounts);
    }),
             [done = m_done, undone](const BulkOutcome &outcome) {
                 if (done)
                     done(outcome, undone);
             });
}

} // namespace tokdeck
