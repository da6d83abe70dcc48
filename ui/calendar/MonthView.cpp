// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/MonthView.h"

#include "calendar/LocalDays.h"
#include "calendar/PostChipStyle.h"
#include "rules/ConflictRules.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace tokdeck {

MonthView::MonthView(const Clock &clock, QWidget *parent)
    : CalendarGridView(clock, parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Month calendar"));
    setMinimumSize(490, 360);
}

QDate MonthView::firstVisibleDay() const
{
    const QDate first(anchor().year(), anchor().month(), 1);
    const int weekStart = int(QLocale().firstDayOfWeek());
    const int back = (first.dayOfWeek() - weekStart + 7) % 7;
    return first.addDays(-back);
}

QRect MonthView::cellRect(const QDate &date) const
{
    const qint64 offset = firstVisibleDay().daysTo(date);
    if (offset < 0 || offset > 41)
        return {};
    const int cellWidth = width() / 7;
    const int cellHeight = (height() - headerHeight) / 6;
    return QRect(int(offset % 7) * cellWidth, headerHeight + int(offset / 7) * cellHeight,
                 cellWidth, cellHeight);
}

std::optional<QDateTime> MonthView::timeAt(const QPoint &point, const Post *moving) const
{
    if (point.y() < headerHeight || width() < 7)
        return std::nullopt;
    const int column = std::clamp(point.x() / (width() / 7), 0, 6);
    const int row =
        std::clamp((point.y() - headerHeight) / std::max(1, (height() - headerHeight) / 6), 0, 5);
    const QDate date = firstVisibleDay().addDays(row * 7 + column);
    // A moved post keeps its time of day; a new one starts at 09:00.
    const QTime time =
        moving && moving->plannedAt ? moving->plannedAt->toLocalTime().time() : QTime(9, 0);
    return QDateTime(date, time, Qt::LocalTime);
}

void MonthView::setAccountNames(const QHash<QString, QString> &names)
{
    m_names = names;
    CalendarGridView::setAccountNames(names);
}

QString MonthView::capWarning(const QDate &date) const
{
    ensureLayout();
    return ConflictRules::capText(m_overCap.value(date), m_names);
}

int MonthView::freeSlotCount(const QDate &date) const
{
    ensureLayout();
    return m_freeSlots.value(date);
}

QString MonthView::freeSlotHint(int count)
{
    return tr("%n free slot(s)", nullptr, count);
}

void MonthView::layoutChips()
{
    m_overflow.clear();
    m_overCap.clear();
    m_freeSlots.clear();
    const LocalDays days(firstVisibleDay(), lastVisibleDay());
    for (const AccountSlot &slot : emptySlots()) {
        if (const std::optional<QDate> day = days.dayOf(slot.utc))
            ++m_freeSlots[*day];
    }
    const QHash<qint64, QList<ConflictRules::CapWindow>> overCap = ConflictRules::overCap(posts());
    for (const Post &p : posts()) {
        if (!overCap.contains(p.id) || !p.plannedAt)
            continue;
        const std::optional<QDate> date = days.dayOf(*p.plannedAt);
        if (!date)
            continue;
        QList<ConflictRules::CapWindow> &day = m_overCap[*date];
        for (const ConflictRules::CapWindow &window : overCap.value(p.id)) {
            if (!day.contains(window))
                day.append(window);
        }
    }
    // Where each post sits: its planned time, or its send time for history.
    QHash<QDate, QList<std::pair<QDateTime, const Post *>>> byDay;
    for (const Post &p : posts()) {
        const std::optional<QDateTime> at = PostChipStyle::calendarTime(p);
        if (!at)
            continue;
        if (const std::optional<QDate> day = days.dayOf(*at))
            byDay[*day].append({*at, &p});
    }
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        // Only the chips that fit are sorted into place: a busy day may hold dozens.
        const QRect cell = cellRect(it.key());
        const int fits = std::max(0, (cell.height() - dayNumberHeight - chipHeight) / chipHeight);
        const int shown = it->size() <= fits + 1 ? int(it->size()) : fits;
        std::partial_sort(it->begin(), it->begin() + shown, it->end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
        for (int i = 0; i < shown; ++i) {
            addChip(*it->at(i).second,
                    QRect(cell.left() + 2, cell.top() + dayNumberHeight + i * chipHeight,
                          cell.width() - 4, chipHeight));
        }
        if (shown < it->size())
            m_overflow.insert(it.key(), int(it->size()) - shown);
    }
}

void MonthView::paintGrid(QPainter &painter)
{
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;
    const QDate first = firstVisibleDay();
    const QDate today = clock().nowUtc().toLocalTime().date();
    const int cellWidth = width() / 7;
    for (int column = 0; column < 7; ++column) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(column * cellWidth, 0, cellWidth, headerHeight), Qt::AlignCenter,
                         locale.dayName(first.addDays(column).dayOfWeek(), QLocale::ShortFormat));
    }
    for (int i = 0; i < 42; ++i) {
        const QDate date = first.addDays(i);
        const QRect cell = cellRect(date);
        const bool inMonth = date.month() == anchor().month();
        painter.fillRect(cell.adjusted(0, 0, -1, -1),
                         inMonth ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Mid));
        painter.setBrush(Qt::NoBrush); // the today badge below sets one
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        QRect number(cell.left() + 4, cell.top() + 1, cell.width() - 8, dayNumberHeight - 2);
        if (date == today) {
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(QRect(number.left() - 2, number.top(), 24, number.height()), 4,
                                    4);
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(inMonth ? pal.color(QPalette::Text)
                                   : pal.color(QPalette::PlaceholderText));
        }
        painter.drawText(number, Qt::AlignLeft | Qt::AlignVCenter, QString::number(date.day()));
        if (const int free = m_freeSlots.value(date)) {
            // A hint, not content: the placeholder colour, on the day number's line.
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(number.adjusted(26, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                             fontMetrics().elidedText(freeSlotHint(free), Qt::ElideRight,
                                                      std::max(0, number.width() - 26)));
        }
        if (const int more = m_overflow.value(date)) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(
                QRect(cell.left() + 4, cell.bottom() - chipHeight, cell.width() - 8, chipHeight),
                Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, more));
        }
        if (m_overCap.contains(date))
            PostChipStyle::paintCapMark(painter, cell, pal);
    }
}

bool MonthView::event(QEvent *event)
{
    // Over a marked day's flag (or anywhere on it but a chip): the cap's sentence.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!postAt(help->pos())) {
            if (const auto at = timeAt(help->pos(), nullptr)) {
                if (const QString text = capWarning(at->date()); !text.isEmpty()) {
                    QToolTip::showText(help->globalPos(), text, this);
                    return true;
                }
            }
        }
    }
    return CalendarGridView::event(event);
}

} // namespace tokdeck
