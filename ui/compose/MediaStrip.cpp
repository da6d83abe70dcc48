// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/MediaStrip.h"

#include "models/MediaListModel.h"
#include "rules/ContractLimits.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace tokdeck {

namespace {
// Paints each item's position (1-based) as a badge: positions change on every reorder, so they
// belong to the view, not to the model's data.
class PositionBadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A file with a problem gets a frame and a mark in the corner, red when it blocks
    // publishing, amber for advice; the reason is in the tooltip.
    static void paintProblem(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
    {
        const auto problem =
            MediaListModel::Problem(index.data(MediaListModel::ProblemRole).toInt());
        if (problem == MediaListModel::Problem::None)
            return;
        const QColor colour = problem == MediaListModel::Problem::Rejection
                                  ? QColor(0xd3, 0x2f, 0x2f)
                                  : QColor(0xf5, 0x9e, 0x0b);
        painter->setPen(QPen(colour, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
        const QRect mark(option.rect.topRight() + QPoint(-25, 4), QSize(22, 22));
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(mark);
        painter->setPen(Qt::white);
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(mark, Qt::AlignCenter,
                          problem == MediaListModel::Problem::Rejection ? QStringLiteral("✖")
                                                                        : QStringLiteral("!"));
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QRect badge(option.rect.topLeft() + QPoint(4, 4), QSize(22, 22));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawEllipse(badge);
        painter->setPen(option.palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, QString::number(index.row() + 1));
        paintProblem(painter, option, index);
        painter->restore();
    }
};
} // namespace

MediaStrip::MediaStrip(MediaListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
    , m_refusal(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("mediaStripView"));
    m_view->setAccessibleName(tr("Media in display order"));
    m_view->setToolTip(
        tr("Drag to reorder, or use Alt+Left/Right. Delete removes the selected file."));
    m_view->setModel(model);
    m_view->setItemDelegate(new PositionBadgeDelegate(m_view));
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(false);
    m_view->setIconSize(MediaListModel::iconSize);
    m_view->setSpacing(6);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setMinimumHeight(170);
    m_view->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("mediaCountLabel"));
    // Wraps rather than widening the composer (German runs a third longer than English).
    m_count->setWordWrap(true);

    m_refusal->setObjectName(QStringLiteral("mediaRefusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(false);
    QPalette refusalPalette = m_refusal->palette();
    refusalPalette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_refusal->setPalette(refusalPalette);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    layout->addWidget(m_refusal);
    const auto clearRefusal = [this] {
        m_refusal->clear();
        m_refusal->setVisible(false);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, clearRefusal);
    connect(model, &QAbstractItemModel::modelReset, this, clearRefusal);

    connect(model, &QAbstractItemModel::rowsInserted, this, &MediaStrip::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MediaStrip::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &MediaStrip::updateCount);
    connect(model, &QAbstractItemModel::dataChanged, this, &MediaStrip::updateCount);
    updateCount();
}

void MediaStrip::showRefusal(const QString &message)
{
    m_refusal->setText(QStringLiteral("✖ ") + message);
    m_refusal->setVisible(true);
}

bool MediaStrip::moveCurrent(int delta)
{
    const int from = m_view->currentIndex().row();
    if (from < 0 || !m_model->moveItem(from, from + delta))
        return false;
    m_view->setCurrentIndex(m_model->index(from + delta));
    return true;
}

void MediaStrip::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeItem(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

bool MediaStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier) {
            if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Left)
                return moveCurrent(-1) || true;
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Right)
                return moveCurrent(+1) || true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MediaStrip::updateCount()
{
    const int count = m_model->rowCount();
    const auto type = m_model->postType();
    if (count == 0) {
        m_count->setText(tr("Drop a video, a photo or up to 10 images here."));
    } else if (type == PostType::Slideshow || (!type && count > 1)) {
        m_count->setText(tr("%1 / %2 images").arg(count).arg(limits::maxSlideshowImages));
    } else {
        m_count->clear();
    }
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, count > limits::maxSlideshowImages
                                               ? QColor(0xd3, 0x2f, 0x2f)
                                               : QWidget::palette().color(QPalette::WindowText));
    m_count->setPalette(palette);
}

} // namespace tokdeck
