// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CalendarGridView's drops, apart from its layout and painting (CalendarGridView.cpp) to keep
// both files short; the same class. A chip dropped elsewhere asks to move its post; files
// dropped on a day or slot ask for a new draft with them there.

#include "calendar/CalendarGridView.h"
#include "calendar/PostChipStyle.h"
#include "widgets/LocalFiles.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

namespace tokdeck {

namespace {
// Local files, and not a chip (which carries only its post id): a new post at the drop.
QStringList droppedFiles(const QMimeData *mime)
{
    return mime->hasFormat(QString::fromLatin1(CalendarGridView::postMimeType))
               ? QStringList()
               : localFilePaths(mime);
}
} // namespace

void CalendarGridView::dragEnterEvent(QDragEnterEvent *event)
{
    m_fileRefusal.clear();
    if (event->mimeData()->hasFormat(QString::fromLatin1(postMimeType))
        || !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

QString CalendarGridView::fileRefusalAt(const QStringList &paths, const QPoint &point,
                                        std::optional<QDateTime> *when) const
{
    *when = timeAt(point, nullptr);
    if (!*when || paths.isEmpty())
        return {};
    return PostChipStyle::newPostRefusal(QFileInfo(paths.first()).fileName(), **when,
                                         m_clock.nowUtc());
}

QString CalendarGridView::refusalAt(qint64 id, const QPoint &point,
                                    std::optional<QDateTime> *when) const
{
    const Post *p = post(id);
    *when = p ? timeAt(point, p) : std::nullopt;
    if (!p || !*when)
        return {};
    return PostChipStyle::moveRefusal(*p, **when, m_clock.nowUtc());
}

void CalendarGridView::dragMoveEvent(QDragMoveEvent *event)
{
    if (const QStringList files = droppedFiles(event->mimeData()); !files.isEmpty()) {
        std::optional<QDateTime> when;
        const QString refusal = fileRefusalAt(files, event->position().toPoint(), &when);
        // Ignored: the cursor shows "forbidden" over a time too soon for a new post, and the
        // message line says why.
        if (refusal.isEmpty() && when) {
            event->acceptProposedAction();
        } else {
            event->ignore();
            if (!refusal.isEmpty() && refusal != m_fileRefusal)
                Q_EMIT filesRefused(refusal);
        }
        m_fileRefusal = refusal;
        return;
    }
    if (!event->mimeData()->hasFormat(QString::fromLatin1(postMimeType))) {
        event->ignore();
        return;
    }
    const qint64 id = event->mimeData()->data(QString::fromLatin1(postMimeType)).toLongLong();
    std::optional<QDateTime> when;
    m_hoverRefusal = refusalAt(id, event->position().toPoint(), &when);
    // Ignored: the cursor shows "forbidden" over a time the post cannot move to.
    if (when && m_hoverRefusal.isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarGridView::dropEvent(QDropEvent *event)
{
    if (const QStringList files = droppedFiles(event->mimeData()); !files.isEmpty()) {
        std::optional<QDateTime> when;
        const QString refusal = fileRefusalAt(files, event->position().toPoint(), &when);
        if (!when)
            return;
        if (!refusal.isEmpty()) {
            Q_EMIT filesRefused(refusal);
            return;
        }
        event->acceptProposedAction();
        Q_EMIT filesDropped(files, *when);
        return;
    }
    const qint64 id = event->mimeData()->data(QString::fromLatin1(postMimeType)).toLongLong();
    std::optional<QDateTime> when;
    const QString refusal = refusalAt(id, event->position().toPoint(), &when);
    if (!when)
        return;
    if (!refusal.isEmpty()) {
        Q_EMIT moveRefused(id, refusal);
        return;
    }
    event->acceptProposedAction();
    Q_EMIT moveRequested(id, *when);
}

} // namespace tokdeck
