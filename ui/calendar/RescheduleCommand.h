// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>
#include <functional>

namespace tokdeck {

class StorageWorker;

// Moving a post not yet handed to Crosspostify to another time, undoably. The change is made
// on the storage thread in one step that re-checks the post can still move (the outbox may
// have taken it meanwhile); `done` receives an error sentence, or an empty one on success.
class RescheduleCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleCommand)

public:
    using Done = std::function<void(const QString &error)>;
    // Moves the post itself when it is open for editing (true), so the one editing it stays
    // the only writer: a move behind its back would make its next save a conflict.
    using OpenPostMover = std::function<bool(qint64 postId, const QDateTime &whenUtc)>;

    RescheduleCommand(StorageWorker *storage, QObject *context, qint64 postId, QDateTime fromUtc,
                      QDateTime toUtc, Done done, OpenPostMover openPostMover = {});

    void redo() override { apply(m_to); }
    void undo() override { apply(m_from); }

private:
    void apply(const QDateTime &whenUtc);

    StorageWorker *m_storage;
    QObject *m_context;
    qint64 m_postId;
    QDateTime m_from;
    QDateTime m_to;
    Done m_done;
    OpenPostMover m_openPostMover;
};

} // namespace tokdeck
