// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CalendarGridView's mouse handling and selection, apart from its layout and painting
// (CalendarGridView.cpp) to keep both files short; the same class. A press on a chip selects,
// opens or drags it; in the week view a drag from an empty spot draws a rubber band that
// selects every chip it touches (Ctrl: added to the selection).

#include "calendar/CalendarGridView.h"
#include "calendar/PostChipStyle.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QRubberBand>
#include <algorithm>

namespace tokdeck {

QList<qint64> CalendarGridView::selection() const
{
    QList<qint64> ids = m_selection.values();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CalendarGridView::setSelection(const QList<qint64> &postIds)
{
    const QSet<qint64> selection(postIds.begin(), postIds.end());
    if (selection == m_selection)
        return;
    m_selection = selection;
    update();
    Q_EMIT selectionChanged(this->selection());
}

bool CalendarGridView::rubberBandShown() const
{
    return m_rubberBand && m_rubberBand->isVisible();
}

void CalendarGridView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    const bool left = event->button() == Qt::LeftButton;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const std::optional<qint64> under = postAt(m_pressPos);
    m_pressedPost = left ? under : std::nullopt;
    m_bandOrigin.reset();
    // An empty spot inside the grid (not the header or the hour gutter): a drag from here
    // draws the band; without a drag the press does what it always did.
    if (m_rubberBandEnabled && left && !under && timeAt(m_pressPos, nullptr)) {
        m_bandOrigin = m_pressPos;
        m_bandBase = ctrl ? m_selection : QSet<qint64>();
    }
    if (left && ctrl) {
        if (under) { // adds or removes that chip; neither opens nor drags it
            QSet<qint64> selection = m_selection;
            if (!selection.remove(*under))
                selection.insert(*under);
            setSelection(selection.values());
        }
        m_pressedPost.reset();
        return;
    }
    // A right-click on a selected chip keeps the selection (its menu acts on all of them).
    if (!under || left || !m_selection.contains(*under))
        setSelection(under ? QList<qint64>{*under} : QList<qint64>{});
    QWidget::mousePressEvent(event);
}

void CalendarGridView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_bandOrigin && (event->buttons() & Qt::LeftButton)) {
        if (!rubberBandShown()) {
            if ((pos - *m_bandOrigin).manhattanLength() < QApplication::startDragDistance())
                return;
            if (!m_rubberBand) {
                m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
                m_rubberBand->setObjectName(QStringLiteral("calendarRubberBand"));
            }
            m_rubberBand->show();
        }
        m_rubberBand->setGeometry(QRect(*m_bandOrigin, pos).normalized() & rect());
        return;
    }
    if (!m_pressedPost || !(event->buttons() & Qt::LeftButton)
        || (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const Post *p = post(*m_pressedPost);
    m_pressedPost.reset();
    if (!p)
        return;
    if (!p->isEditable()) {
        Q_EMIT moveRefused(p->id, PostChipStyle::moveRefusal(*p, {}, m_clock.nowUtc()));
        return;
    }
    const qint64 id = p->id; // `p` may be gone once the drag's event loop has run
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(postMimeType), QByteArray::number(id));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    m_hoverRefusal.clear();
    // Let go over a refused slot (the cursor showed "forbidden"): say why, not nothing.
    if (drag->exec(Qt::MoveAction) == Qt::IgnoreAction && !m_hoverRefusal.isEmpty())
        Q_EMIT moveRefused(id, m_hoverRefusal);
    m_hoverRefusal.clear();
}

void CalendarGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_bandOrigin && event->button() == Qt::LeftButton) {
        m_bandOrigin.reset();
        if (rubberBandShown()) {
            const QRect band = m_rubberBand->geometry();
            m_rubberBand->hide();
            ensureLayout();
            QSet<qint64> selection = m_bandBase;
            for (const Chip &chip : std::as_const(m_chips)) {
                if (chip.rect.intersects(band))
                    selection.insert(chip.id);
            }
            setSelection(selection.values()); // announced as a click selection is
        }
    }
    if (m_pressedPost && postAt(event->position().toPoint()) == m_pressedPost)
        Q_EMIT postActivated(*m_pressedPost);
    m_pressedPost.reset();
    QWidget::mouseReleaseEvent(event);
}

void CalendarGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (postAt(point))
        return;
    if (const auto when = timeAt(point, nullptr))
        Q_EMIT newPostRequested(*when);
}

} // namespace tokdeck
