// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queue/UploadProgressDelegate.h"

#include "publish/UploadQueue.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>
#include <QToolTip>
#include <cmath>
#include <numbers>

namespace tokdeck {

namespace {

using Status = UploadQueue::Status;
using Action = UploadProgressDelegate::Action;

// Spacing grows with the font, so the row keeps its proportions with large fonts and at any
// scale factor (Qt handles device pixels; everything here is device-independent).
int paddingFor(const QFontMetrics &metrics)
{
    return std::max(3, metrics.height() / 3);
}

int barHeightFor(const QFontMetrics &metrics)
{
    return metrics.height() + paddingFor(metrics);
}

struct RowLayout
{
    QRect name;   // first line: the file name
    QRect state;  // second line: the progress bar, or the state in words
    QRect action; // the ✕ / ↻ at the right
};

RowLayout layoutOf(const QRect &row, const QFontMetrics &metrics)
{
    const int pad = paddingFor(metrics);
    RowLayout layout;
    layout.action = UploadProgressDelegate::actionRect(row, metrics);
    const int left = row.left() + pad;
    const int width = std::max(0, layout.action.left() - pad - left);
    const int contentHeight = metrics.height() + pad / 2 + barHeightFor(metrics);
    const int top = row.top() + (row.height() - contentHeight) / 2;
    layout.name = QRect(left, top, width, metrics.height());
    layout.state = QRect(left, layout.name.bottom() + 1 + pad / 2, width, barHeightFor(metrics));
    return layout;
}

// States in which the bar says more than words: how far along it is (or that it has not begun).
bool showsBar(Status status)
{
    return status == Status::Waiting || status == Status::Checking || status == Status::Uploading
           || status == Status::Done;
}

Action actionOf(const QModelIndex &index)
{
    return Action(index.data(UploadProgressDelegate::ActionRole).toInt());
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// ✕ and ↻ drawn as paths rather than as characters: no dependence on what the font has, and
// sharp at any scale.
void drawGlyph(QPainter *painter, const QRectF &box, Action action, const QColor &color)
{
    const qreal penWidth = std::max<qreal>(1.5, box.height() / 7.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    if (action == Action::Cancel) {
        painter->drawLine(box.topLeft(), box.bottomRight());
        painter->drawLine(box.topRight(), box.bottomLeft());
        return;
    }
    // An open circle going clockwise, its arrowhead where it ends (at one o'clock).
    constexpr qreal endDegrees = 60;
    painter->drawArc(box, int(endDegrees * 16), 300 * 16);
    const qreal radians = endDegrees * std::numbers::pi / 180.0;
    const QPointF centre = box.center();
    const QPointF end(centre.x() + box.width() / 2 * std::cos(radians),
                      centre.y() - box.height() / 2 * std::sin(radians));
    const QPointF along(std::sin(radians), std::cos(radians)); // clockwise, on screen
    const QPointF across(-along.y(), along.x());
    const qreal head = penWidth * 1.8;
    QPainterPath arrow;
    arrow.moveTo(end + along * head);
    arrow.lineTo(end - along * head * 0.6 + across * head);
    arrow.lineTo(end - along * head * 0.6 - across * head);
    arrow.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(arrow);
}

} // namespace

UploadProgressDelegate::UploadProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRect UploadProgressDelegate::actionRect(const QRect &row, const QFontMetrics &metrics)
{
    const int pad = paddingFor(metrics);
    const int side = metrics.height() + 2 * pad;
    return {row.right() + 1 - pad - side, row.top() + (row.height() - side) / 2, side, side};
}

QSize UploadProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics &metrics = option.fontMetrics;
    const int pad = paddingFor(metrics);
    const int height = 2 * pad + metrics.height() + pad / 2 + barHeightFor(metrics);
    // The width is a floor, not the name's width: long names are elided, not scrolled to.
    const int width = metrics.averageCharWidth() * 24 + actionRect({}, metrics).width() + 3 * pad;
    return {width, height};
}

void UploadProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QStyle *style = styleOf(option);
    const QWidget *widget = option.widget;

    // Background, hover and selection as the style draws them for any item view.
    item.text.clear();
    item.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    painter->save();
    const RowLayout layout = layoutOf(option.rect, option.fontMetrics);
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setFont(option.font);
    painter->setPen(text);

    const QString name = index.data(FileNameRole).toString();
    painter->drawText(layout.name, Qt::AlignLeading | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name, Qt::ElideMiddle, layout.name.width()));

    const auto status = Status(index.data(StatusRole).toInt());
    const QString state = index.data(StateTextRole).toString();
    if (showsBar(status)) {
        QStyleOptionProgressBar bar;
        bar.rect = layout.state;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        bar.direction = option.direction;
        bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 100; // never 0: a busy bar would need an animation owner
        bar.progress = index.data(ProgressRole).toInt();
        bar.text = option.fontMetrics.elidedText(state, Qt::ElideRight, layout.state.width());
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    } else {
        painter->drawText(
            layout.state, Qt::AlignLeading | Qt::AlignVCenter,
            option.fontMetrics.elidedText(state, Qt::ElideRight, layout.state.width()));
    }

    const Action action = actionOf(index);
    if (action != Action::None) {
        if (m_hoveredAction == index && (option.state & QStyle::State_MouseOver)) {
            QStyleOptionToolButton button;
            button.rect = layout.action;
            button.palette = option.palette;
            button.state = QStyle::State_Enabled | QStyle::State_Raised | QStyle::State_AutoRaise
                           | QStyle::State_MouseOver;
            style->drawPrimitive(QStyle::PE_PanelButtonTool, &button, painter, widget);
        }
        const qreal inset = layout.action.width() * 0.28;
        drawGlyph(painter, QRectF(layout.action).adjusted(inset, inset, -inset, -inset), action,
                  text);
    }
    painter->restore();

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor =
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

bool UploadProgressDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                         const QStyleOptionViewItem &option,
                                         const QModelIndex &index)
{
    const auto type = event->type();
    if (type != QEvent::MouseMove && type != QEvent::MouseButtonPress
        && type != QEvent::MouseButtonRelease && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    const auto *mouse = static_cast<QMouseEvent *>(event);
    const Action action = actionOf(index);
    const bool onAction =
        action != Action::None
        && actionRect(option.rect, option.fontMetrics).contains(mouse->position().toPoint());
    switch (type) {
    case QEvent::MouseMove: {
        // The view repaints a row when the mouse enters it, not when it moves onto the button.
        const QPersistentModelIndex hovered =
            onAction ? QPersistentModelIndex(index) : QPersistentModelIndex();
        if (hovered != m_hoveredAction) {
            m_hoveredAction = hovered;
            if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
                view->viewport()->update();
        }
        return false;
    }
    case QEvent::MouseButtonPress:
        if (!onAction || mouse->button() != Qt::LeftButton)
            return false;
        m_pressedAction = index; // the row is not selected by a click on its button
        return true;
    case QEvent::MouseButtonDblClick:
        // The second click of a double-click must not undo the first (cancel, then retry).
        m_pressedAction = QPersistentModelIndex();
        return onAction;
    case QEvent::MouseButtonRelease: {
        const bool pressedHere = m_pressedAction == index;
        m_pressedAction = QPersistentModelIndex();
        if (!pressedHere || !onAction || mouse->button() != Qt::LeftButton)
            return false;
        if (action == Action::Cancel)
            Q_EMIT cancelRequested(index);
        else
            Q_EMIT retryRequested(index);
        return true;
    }
    default:
        return false;
    }
}

bool UploadProgressDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const Action action = actionOf(index);
        const QRect button = actionRect(option.rect, option.fontMetrics);
        if (action != Action::None && button.contains(event->pos())) {
            const QString name = index.data(FileNameRole).toString();
            QToolTip::showText(event->globalPos(),
                               action == Action::Cancel ? tr("Cancel uploading %1").arg(name)
                                                        : tr("Retry uploading %1").arg(name),
                               view->viewport(), button);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace tokdeck
