// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/RescheduleCommand.h"

#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QLocale>

namespace tokdeck {

RescheduleCommand::RescheduleCommand(StorageWorker *storage, QObject *context, qint64 postId,
                                     QDateTime fromUtc, QDateTime toUtc, Done done)
    : m_storage(storage)
    , m_context(context)
    , m_postId(postId)
    , m_from(std::move(fromUtc))
    , m_to(std::move(toUtc))
    , m_done(std::move(done))
{
    setText(
        tr("Move post to %1").arg(QLocale().toString(m_to.toLocalTime(), QLocale::ShortFormat)));
}

void RescheduleCommand::apply(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    onResult(m_context, m_storage->movePlannedAt(m_postId, fromUtc, toUtc),
             [done = m_done](const StorageResult<qint64> &result) { done(result.error); });
}

} // namespace tokdeck
