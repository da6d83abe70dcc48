// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/RescheduleCommand.h"

#include "calendar/PostChipStyle.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QLocale>

namespace tokdeck {

RescheduleCommand::RescheduleCommand(StorageWorker *storage, QObject *context, qint64 postId,
                                     QDateTime fromUtc, QDateTime toUtc, Done done,
                                     OpenPostMover openPostMover)
    : m_storage(storage)
    , m_context(context)
    , m_postId(postId)
    , m_from(std::move(fromUtc))
    , m_to(std::move(toUtc))
    , m_done(std::move(done))
    , m_openPostMover(std::move(openPostMover))
{
    setText(
        tr("Move post to %1").arg(QLocale().toString(m_to.toLocalTime(), QLocale::ShortFormat)));
}

void RescheduleCommand::apply(const QDateTime &whenUtc)
{
    const qint64 id = m_postId;
    if (m_openPostMover && m_openPostMover(id, whenUtc)) {
        m_done({}); // its save is queued on the storage thread before the reload this asks for
        return;
    }
    auto future = m_storage->run([id, whenUtc](PostStore &store) -> QString {
        std::optional<Post> post = store.load(id);
        if (!post)
            return tr("The post no longer exists.");
        if (!post->isEditable())
            return PostChipStyle::lockReason(*post);
        post->plannedAt = whenUtc;
        if (store.save(*post) == 0)
            return store.lastError();
        return {};
    });
    onResult(m_context, future, m_done);
}

} // namespace tokdeck
