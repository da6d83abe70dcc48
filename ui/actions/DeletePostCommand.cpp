// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actions/DeletePostCommand.h"

#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QPointer>

namespace tokdeck {

// The stack may delete the command (a new command after an undo drops it) while an answer is
// still on its way: the answers hold this, not the command. Undo and redo only say what is
// wanted; one store call is out at a time, so a quick Ctrl+Z, Ctrl+Shift+Z can never re-insert
// a post whose delete was refused, nor delete the old id after an undo gave it a new one.
struct DeletePostCommand::State
{
    StorageWorker *storage;
    QPointer<QObject> context;
    Post content;
    Done done;
    qint64 id = 0;
    bool present = true;
    bool wanted = true;
    bool busy = false;

    static void sync(const std::shared_ptr<State> &self)
    {
        if (self->busy || self->wanted == self->present || !self->context)
            return;
        self->busy = true;
        if (!self->wanted) {
            onResult(self->context, self->storage->remove(self->id),
                     [self](const StorageResult<bool> &result) {
                         self->finish(!result.value, result.error);
                         sync(self); // undone meanwhile
                     });
            return;
        }
        Post copy = self->content;
        copy.id = 0;
        copy.revision = 0;
        copy.state = copy.state == PostState::Ready ? PostState::Ready : PostState::Draft;
        copy.serverPostId.clear();
        copy.lastError.clear();
        // New media rows: the old ones may be gone, and a gone row's id may since belong to
        // another post's file. The recorded uploads come along, so nothing is sent twice.
        for (PostMedia &media : copy.media)
            media.id = 0;
        onResult(self->context, self->storage->saveContent(copy),
                 [self](const StorageResult<Post> &result) {
                     if (result.ok())
                         self->id = result.value.id;
                     self->finish(result.ok(), result.error);
                     sync(self); // redone meanwhile
                 });
    }

    void finish(bool nowPresent, const QString &error)
    {
        busy = false;
        present = nowPresent;
        if (!error.isEmpty())
            wanted = present; // refused or failed: stop here, the message says why
        if (done)
            done(present, error);
    }
};

DeletePostCommand::DeletePostCommand(StorageWorker *storage, QObject *context, Post post, Done done)
    : m_state(std::make_shared<State>(State{storage, context, std::move(post), std::move(done)}))
{
    m_state->id = m_state->content.id;
    QString caption = m_state->content.caption.simplified();
    if (caption.size() > 30)
        caption = caption.left(29) + QChar(0x2026);
    setText(caption.isEmpty() ? tr("Delete post") : tr("Delete \"%1\"").arg(caption));
}

void DeletePostCommand::redo()
{
    m_state->wanted = false;
    State::sync(m_state);
}

void DeletePostCommand::undo()
{
    m_state->wanted = true;
    State::sync(m_state);
}

qint64 DeletePostCommand::postId() const
{
    return m_state->id;
}

} // namespace tokdeck
