// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/CalendarGridView.h"

#include "calendar/PostChipStyle.h"
#include "media/ThumbnailCache.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace tokdeck {

CalendarGridView::CalendarGridView(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_anchor(clock.nowUtc().toLocalTime().date())
{
    setAcceptDrops(true);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const std::optional<qint64> id = postAt(pos))
            Q_EMIT postContextMenuRequested(*id, mapToGlobal(pos));
    });
}

void CalendarGridView::setPosts(const QList<Post> &posts,
                                const QHash<qint64, QStringList> &conflicts)
{
    m_posts = posts;
    m_conflicts = conflicts;
    m_index.clear();
    for (qsizetype i = 0; i < m_posts.size(); ++i)
        m_index.insert(m_posts.at(i).id, i);
    relayout();
    // Deleted, or moved out of view: no longer something the actions should act on.
    QList<qint64> shown;
    for (qint64 id : std::as_const(m_selection)) {
        if (m_index.contains(id))
            shown.append(id);
    }
    setSelection(shown);
}

void CalendarGridView::setThumbnails(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    m_chipThumbnails.clear();
    if (cache) {
        connect(cache, &ThumbnailCache::thumbnailReady, this, [this](const QString &path) {
            for (const Chip &chip : std::as_const(m_chips)) {
                if (chip.mediaPath == path)
                    update(chip.rect);
            }
        });
    }
    update();
}

void CalendarGridView::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    relayout();
}

void CalendarGridView::setAnchor(const QDate &date)
{
    m_anchor = date;
    relayout();
}

void CalendarGridView::setEmptySlots(const QList<AccountSlot> &slots)
{
    if (slots == m_emptySlots)
        return;
    m_emptySlots = slots;
    relayout();
}

const Post *CalendarGridView::post(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_posts.at(*it);
}

const CalendarGridView::Chip *CalendarGridView::chipOf(qint64 postId) const
{
    ensureLayout();
    for (const Chip &chip : m_chips) {
        if (chip.id == postId)
            return &chip;
    }
    return nullptr;
}

QRect CalendarGridView::chipRect(qint64 postId) const
{
    const Chip *chip = chipOf(postId);
    return chip ? chip->rect : QRect();
}

QString CalendarGridView::chipText(qint64 postId) const
{
    const Chip *chip = chipOf(postId);
    if (!chip)
        return {};
    return chip->accounts.isEmpty() ? chip->label
                                    : chip->label + QStringLiteral(" · ") + chip->accounts;
}

bool CalendarGridView::chipHasThumbnail(qint64 postId) const
{
    const Chip *chip = chipOf(postId);
    return chip && m_chipThumbnails.contains(chip->mediaPath);
}

bool CalendarGridView::chipIsLocked(qint64 postId) const
{
    const Chip *chip = chipOf(postId);
    return chip && chip->locked;
}

bool CalendarGridView::chipIsHistory(qint64 postId) const
{
    const Chip *chip = chipOf(postId);
    return chip && chip->history;
}

std::optional<qint64> CalendarGridView::postAt(const QPoint &point) const
{
    ensureLayout();
    for (const Chip &chip : m_chips) {
        if (chip.rect.contains(point))
            return chip.id;
    }
    return std::nullopt;
}

void CalendarGridView::addChip(const Post &post, const QRect &rect)
{
    const QString time = PostChipStyle::time(post);
    m_chips.append(
        {post.id, rect, time, time + QLatin1Char(' ') + PostChipStyle::what(post),
         fontMetrics().horizontalAdvance(time), PostChipStyle::accountsLabel(post, m_accountNames),
         post.media.isEmpty() ? QString() : post.media.first().path,
         PostChipStyle::fill(post.displayState(m_clock.nowUtc())), m_conflicts.contains(post.id),
         PostChipStyle::isLockedOnCalendar(post), PostChipStyle::isHistory(post)});
}

void CalendarGridView::relayout()
{
    // Lazily: paging sets the anchor and then the posts in one go, and a hidden view (the
    // week while the month shows) need not lay out at all. Done at the next paint or query.
    m_layoutDirty = true;
    update();
}

void CalendarGridView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    // Logically const: the chips are a cache of m_posts laid out for the current size.
    auto *self = const_cast<CalendarGridView *>(this);
    self->m_layoutDirty = false;
    self->m_chips.clear();
    self->layoutChips();
}

void CalendarGridView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarGridView::paintEvent(QPaintEvent *event)
{
    ensureLayout(); // before the grid: the month's "+n more" comes from the layout
    QPainter painter(this);
    paintGrid(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Chip &chip : std::as_const(m_chips)) {
        if (chip.rect.intersects(event->rect()))
            paintChip(painter, chip);
    }
}

void CalendarGridView::paintChip(QPainter &painter, const Chip &chip)
{
    painter.setPen(Qt::NoPen);
    // History is muted: the state's colour, faded into the background, with an outline.
    if (chip.history) {
        QColor faded = chip.fill;
        faded.setAlphaF(0.55);
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(chip.rect.adjusted(1, 1, -1, -1), 3, 3);
        painter.setBrush(faded);
        painter.setPen(QPen(chip.fill, 1, Qt::DashLine));
    } else {
        painter.setBrush(chip.fill);
    }
    painter.drawRoundedRect(chip.rect.adjusted(1, 1, -1, -1), 3, 3);
    painter.setPen(Qt::NoPen);
    if (chip.conflict) {
        painter.setBrush(QColor(0xff, 0xc1, 0x07)); // a warning stripe on the left edge
        painter.drawRect(
            QRect(chip.rect.left() + 1, chip.rect.top() + 1, 3, chip.rect.height() - 2));
    }
    if (m_selection.contains(chip.id)) {
        // The palette's highlight, as a list's selected row: readable in light and dark.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(QRectF(chip.rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
        painter.setPen(Qt::NoPen);
    }
    QRect textRect = chip.rect.adjusted(6, 0, -3, 0);
    const QFontMetrics metrics = painter.fontMetrics();
    // The lock on the right edge, painted (no icon theme needed): a shackle over a body.
    if (chip.locked && textRect.width() >= chip.timeWidth + 14) {
        const int h = std::min(chip.rect.height() - 6, 11);
        const QRect box(textRect.left(), chip.rect.center().y() - h / 2, textRect.width(), h);
        PostChipStyle::paintLock(painter, box, Qt::white);
        textRect.setRight(textRect.right() - 11);
    }
    const int timeWidth = chip.timeWidth;
    // The preview only where the time still fits beside it: the time matters most.
    const int side = chip.rect.height() - 4;
    if (!chip.mediaPath.isEmpty() && textRect.width() >= side + 3 + timeWidth) {
        const QPixmap thumbnail = chipThumbnail(chip.mediaPath, side);
        if (!thumbnail.isNull()) {
            painter.drawPixmap(QRect(textRect.left(), chip.rect.top() + 2, side, side), thumbnail);
            textRect.setLeft(textRect.left() + side + 3);
        }
    }
    painter.setPen(Qt::white);
    const qreal top = textRect.top() + (textRect.height() - metrics.height()) / 2.0;
    // Accounts on the right when the chip is wide enough to keep the caption readable too.
    if (!chip.accounts.isEmpty() && textRect.width() >= 150) {
        const QStaticText &accounts = chipText(chip.accounts, textRect.width() / 3);
        const qreal width = accounts.size().width();
        painter.drawStaticText(QPointF(textRect.right() + 1 - width, top), accounts);
        textRect.setRight(textRect.right() - int(std::ceil(width)) - 6);
    }
    // One text per chip: the whole label elided where that leaves the time whole and a few
    // letters after it, else the time alone.
    const bool roomForMore = textRect.width() >= timeWidth + 3 * metrics.averageCharWidth();
    painter.drawStaticText(QPointF(textRect.left(), top),
                           chipText(roomForMore ? chip.label : chip.time, textRect.width()));
}

const QStaticText &CalendarGridView::chipText(const QString &text, int width)
{
    const QString key = QString::number(width) + QLatin1Char('|') + text;
    if (const QStaticText *cached = m_chipTexts.object(key))
        return *cached;
    auto *laidOut = new QStaticText(fontMetrics().elidedText(text, Qt::ElideRight, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->prepare(QTransform(), font());
    m_chipTexts.insert(key, laidOut);
    return *m_chipTexts.object(key);
}

QPixmap CalendarGridView::chipThumbnail(const QString &path, int side)
{
    if (const auto it = m_chipThumbnails.constFind(path); it != m_chipThumbnails.constEnd())
        return *it;
    if (!m_thumbnails)
        return {};
    const QImage image = m_thumbnails->thumbnail(path); // null for now: asks for it
    if (image.isNull())
        return {};
    // Cropped to a square from the middle (a 9:16 poster shows its centre) and scaled once,
    // at the screen's pixel density, so painting a month is a blit per chip.
    const int crop = std::min(image.width(), image.height());
    const QImage square =
        image.copy((image.width() - crop) / 2, (image.height() - crop) / 2, crop, crop);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        square.scaled(QSize(side, side) * ratio, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_chipThumbnails.insert(path, pixmap);
    return pixmap;
}

QString CalendarGridView::tooltipFor(const Post &post) const
{
    QStringList lines;
    lines << PostChipStyle::label(post);
    if (const std::optional<QDateTime> at = PostChipStyle::calendarTime(post)) {
        const QString utc = at->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        lines << (PostChipStyle::isHistory(post) ? tr("Sent with Post now at %1 UTC").arg(utc)
                                                 : tr("%1 UTC").arg(utc));
    }
    lines << postDisplayStateName(post.displayState(m_clock.nowUtc()));
    const QStringList accounts = PostChipStyle::accountNames(post, m_accountNames);
    if (!accounts.isEmpty())
        lines << tr("Accounts: %1").arg(accounts.join(QStringLiteral(", ")));
    const QString lock = PostChipStyle::lockReason(post);
    if (!lock.isEmpty())
        lines << tr("Cannot be moved: %1").arg(lock);
    lines += m_conflicts.value(post.id);
    return lines.join(QLatin1Char('\n'));
}

bool CalendarGridView::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_chipTexts.clear(); // laid out in the old font
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const auto id = postAt(help->pos()); id && post(*id))
            QToolTip::showText(help->globalPos(), tooltipFor(*post(*id)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace tokdeck
