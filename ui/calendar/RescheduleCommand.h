// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>
#include <functional>

namespace tokdeck {

class StorageWorker;

// Moving a post not yet handed to Crosspostify to another time, undoably. The move is a
// compare-and-set on the post's time (PostStore::movePlannedAt): refused, with the store's
// reason, when the post was moved elsewhere meanwhile or can no longer move (the outbox took
// it). A post open in the composer is moved the same way: the composer hears of it through the
// storage's change notice and takes the new time. `done` receives an error sentence, or an
// empty one on success.
class RescheduleCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleCommand)

public:
    using Done = std::function<void(const QString &error)>;
    RescheduleCommand(StorageWorker *storage, QObject *context, qint64 postId, QDateTime fromUtc,
                      QDateTime toUtc, Done done);

    void redo() override { apply(m_from, m_to); }
    void undo() override { apply(m_to, m_from); }

private:
    void apply(const QDateTime &fromUtc, const QDateTime &toUtc);

    StorageWorker *m_storage;
    QObject *m_context;
    qint64 m_postId;
    QDateTime m_from;
    QDateTime m_to;
    Done m_done;
};

} // namespace tokdeck
