// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/WeekView.h"

#include "calendar/LocalDays.h"
#include "calendar/PostChipStyle.h"
#include "rules/ConflictRules.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace tokdeck {

WeekView::WeekView(const Clock &clock, QWidget *parent)
    : CalendarGridView(clock, parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week calendar"));
    setMinimumSize(490, headerHeight + 24 * minHourHeight);
    setRubberBandSelection(true);
}

QDate WeekView::firstVisibleDay() const
{
    const int weekStart = int(QLocale().firstDayOfWeek());
    return anchor().addDays(-((anchor().dayOfWeek() - weekStart + 7) % 7));
}

QPoint WeekView::pointFor(const QDateTime &localTime) const
{
    const qint64 day = firstVisibleDay().daysTo(localTime.date());
    const QTime time = localTime.time();
    const double y = headerHeight + (time.hour() + time.minute() / 60.0) * hourHeight();
    return QPoint(gutterWidth + int(day) * columnWidth(), int(y));
}

std::optional<QDateTime> WeekView::timeAt(const QPoint &point, const Post *) const
{
    if (point.x() < gutterWidth || point.y() < headerHeight)
        return std::nullopt;
    if (const SlotMark *mark = slotMarkAt(point))
        return mark->utc.toLocalTime(); // the slot's own instant, also in a repeated hour
    const int column = std::clamp((point.x() - gutterWidth) / columnWidth(), 0, 6);
    const double hours = (point.y() - headerHeight) / hourHeight();
    const int quarter = std::clamp(int(hours * 4), 0, 24 * 4 - 1); // snap to 15 minutes
    return QDateTime(firstVisibleDay().addDays(column), QTime(quarter / 4, (quarter % 4) * 15),
                     Qt::LocalTime);
}

QString WeekView::hourLabel(int hour)
{
    return PostChipStyle::shortTime(QTime(hour, 0));
}

void WeekView::setAccountNames(const QHash<QString, QString> &names)
{
    m_names = names;
    CalendarGridView::setAccountNames(names);
}

QString WeekView::capWarning(const QDateTime &localHour) const
{
    ensureLayout();
    return ConflictRules::capText(m_overCap.value({localHour.date(), localHour.time().hour()}),
                                  m_names);
}

const WeekView::SlotMark *WeekView::slotMarkAt(const QPoint &point) const
{
    ensureLayout();
    for (const SlotMark &mark : m_slotMarks) {
        if (mark.rect.contains(point))
            return &mark;
    }
    return nullptr;
}

QRect WeekView::emptySlotRect(const QDateTime &utc) const
{
    ensureLayout();
    for (const SlotMark &mark : m_slotMarks) {
        if (mark.utc == utc)
            return mark.rect;
    }
    return {};
}

QStringList WeekView::emptySlotAccountsAt(const QPoint &point) const
{
    const SlotMark *mark = slotMarkAt(point);
    return mark ? mark->accounts : QStringList();
}

void WeekView::layoutChips()
{
    const LocalDays days(firstVisibleDay(), lastVisibleDay());
    m_slotMarks.clear();
    for (const AccountSlot &slot : emptySlots()) {
        if (!days.dayOf(slot.utc))
            continue;
        const QDateTime local = slot.utc.toLocalTime();
        if (!m_slotMarks.isEmpty() && m_slotMarks.last().utc == slot.utc) {
            m_slotMarks.last().accounts.append(slot.accountName);
            continue;
        }
        const QPoint at = pointFor(local);
        m_slotMarks.append({QRect(at.x() + 1, at.y(), columnWidth() - 2, chipHeight),
                            slot.utc,
                            {slot.accountName}});
    }
    m_overCap.clear();
    const QHash<qint64, QList<ConflictRules::CapWindow>> overCap = ConflictRules::overCap(posts());
    for (const Post &p : posts()) {
        if (!overCap.contains(p.id) || !p.plannedAt || !days.dayOf(*p.plannedAt))
            continue;
        const QDateTime local = p.plannedAt->toLocalTime();
        QList<ConflictRules::CapWindow> &hour = m_overCap[{local.date(), local.time().hour()}];
        for (const ConflictRules::CapWindow &window : overCap.value(p.id)) {
            if (!hour.contains(window))
                hour.append(window);
        }
    }
    QMap<std::pair<QDate, int>, int> usedInSlot; // chips already in the same half-hour: shift right
    // Each post at its planned time, or its send time for history.
    QList<std::pair<QDateTime, const Post *>> sorted;
    for (const Post &p : posts()) {
        const std::optional<QDateTime> at = PostChipStyle::calendarTime(p);
        if (at && days.dayOf(*at)) // converted only when on screen
            sorted.append({at->toLocalTime(), &p});
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[local, p] : sorted) {
        const QPoint at = pointFor(local);
        const int slot = local.time().hour() * 2 + local.time().minute() / 30;
        const int shift = usedInSlot[{local.date(), slot}]++;
        const int w = std::max(30, columnWidth() / (shift + 1) - 2);
        addChip(*p, QRect(at.x() + 1 + shift * 12, at.y(), w, chipHeight));
    }
}

void WeekView::paintGrid(QPainter &painter)
{
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;
    const QDate first = firstVisibleDay();
    const QDate today = clock().nowUtc().toLocalTime().date();
    for (int column = 0; column < 7; ++column) {
        const QDate date = first.addDays(column);
        const QRect header(gutterWidth + column * columnWidth(), 0, columnWidth(), headerHeight);
        if (date == today)
            painter.fillRect(header, pal.color(QPalette::Highlight));
        painter.setPen(date == today ? pal.color(QPalette::HighlightedText)
                                     : pal.color(QPalette::Text));
        painter.drawText(header, Qt::AlignCenter,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                             + QString::number(date.day()));
    }
    for (int hour = 0; hour < 24; ++hour) {
        const int y = headerHeight + int(hour * hourHeight());
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(gutterWidth, y, width(), y);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, y, gutterWidth - 4, int(hourHeight())),
                         Qt::AlignRight | Qt::AlignTop, hourLabel(hour));
    }
    painter.setPen(pal.color(QPalette::Mid));
    for (int column = 0; column <= 7; ++column)
        painter.drawLine(gutterWidth + column * columnWidth(), 0,
                         gutterWidth + column * columnWidth(), height());
    // Empty slots: a dashed outline in the palette's placeholder colour, readable in light
    // and dark themes, under the chips (a chip of another account may share the minute).
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(pal.color(QPalette::PlaceholderText), 1, Qt::DashLine));
    for (const SlotMark &mark : std::as_const(m_slotMarks))
        painter.drawRoundedRect(QRectF(mark.rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    for (auto it = m_overCap.cbegin(); it != m_overCap.cend(); ++it) {
        const QPoint at = pointFor(QDateTime(it.key().first, QTime(it.key().second, 0)));
        PostChipStyle::paintCapMark(painter, QRect(at, QSize(columnWidth(), int(hourHeight()))),
                                    pal);
    }
}

bool WeekView::event(QEvent *event)
{
    // Off the chips, a marked hour's tooltip is the cap's sentence.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!postAt(help->pos())) {
            if (const SlotMark *mark = slotMarkAt(help->pos())) {
                QToolTip::showText(
                    help->globalPos(),
                    tr("Free posting slot of %1 at %2: drop a post here to move it to this time.")
                        .arg(QLocale().createSeparatedList(mark->accounts),
                             PostChipStyle::shortTime(mark->utc.toLocalTime().time())),
                    this);
                return true;
            }
            if (const auto at = timeAt(help->pos(), nullptr)) {
                if (const QString text = capWarning(*at); !text.isEmpty()) {
                    QToolTip::showText(help->globalPos(), text, this);
                    return true;
                }
            }
        }
    }
    return CalendarGridView::event(event);
}

} // namespace tokdeck
