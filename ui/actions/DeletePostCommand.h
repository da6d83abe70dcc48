// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>

class QObject;

namespace tokdeck {

class StorageWorker;

// Deleting a post not yet with Crosspostify (draft, ready, failed), undoably. It keeps the
// post's content; undo inserts it again as a new post, with whatever id the database gives it
// (a new one, or the same number again: nothing outside Tokdeck knows a post that was never
// handed over), in the state it had, draft or ready (a failed one comes back as a draft: its
// error was of the old attempt). Redo deletes whatever id it has by then. The store refuses to
// delete a post a runner holds; then the command does nothing and undo re-inserts nothing.
// `done` says whether the post now exists (after an undo) and the store's error sentence, or an
// empty one on success.
class DeletePostCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePostCommand)

public:
    using Done = std::function<void(bool present, const QString &error)>;
    DeletePostCommand(StorageWorker *storage, QObject *context, Post post, Done done);

    void redo() override;
    void undo() override;

    // The id the post has now (a new one after an undo), for tests.
    qint64 postId() const;

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with answers still on their way
};

} // namespace tokdeck
