// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "calendar/CalendarGridView.h"
#include "rules/ConflictRules.h"

#include <QMap>

namespace tokdeck {

// Seven days side by side, the hours of the day from top to bottom; a post sits at its time
// and a drop lands on the 15-minute slot under the pointer.
class WeekView final : public CalendarGridView
{
    Q_OBJECT

public:
    explicit WeekView(const Clock &clock, QWidget *parent = nullptr);

    QDate firstVisibleDay() const override;
    QDate lastVisibleDay() const override { return firstVisibleDay().addDays(6); }
    std::optional<QDateTime> timeAt(const QPoint &point, const Post *moving) const override;
    QPoint pointFor(const QDateTime &localTime) const; // top-left of that slot
    static QString hourLabel(int hour);                // "09:00" in the gutter
    // As MonthView's: hides the base's so the cap mark's tooltip can name accounts.
    void setAccountNames(const QHash<QString, QString> &names);
    // Why the hour starting at `localHour` is marked red (an account over TikTok's 24-hour
    // cap posts in it); empty: not marked.
    QString capWarning(const QDateTime &localHour) const;
    // Where the empty posting slot at `utc` is drawn (a dashed outline); null when none is.
    QRect emptySlotRect(const QDateTime &utc) const;
    // The accounts whose empty slot is under `point` (its tooltip); empty when none.
    QStringList emptySlotAccountsAt(const QPoint &point) const;

protected:
    void layoutChips() override;
    void paintGrid(QPainter &painter) override;
    bool event(QEvent *event) override;

private:
    static constexpr int headerHeight = 22;
    static constexpr int gutterWidth = 44; // hour labels
    static constexpr int chipHeight = 17;
    // 16 px at least: the day still fits beside the filter bar and the legend on a
    // 1280×800 screen (the window's first size), with an hour's label readable.
    static constexpr int minHourHeight = 16;
    double hourHeight() const
    {
        return std::max(double(minHourHeight), double(height() - headerHeight) / 24.0);
    }
    int columnWidth() const { return std::max(1, (width() - gutterWidth) / 7); }

    // An empty slot's outline: one per instant, naming every account free then. A drop inside
    // lands on exactly that instant, not on the 15-minute grid under the pointer.
    struct SlotMark
    {
        QRect rect;
        QDateTime utc;
        QStringList accounts;
    };
    const SlotMark *slotMarkAt(const QPoint &point) const;

    QList<SlotMark> m_slotMarks;
    QMap<std::pair<QDate, int>, QList<ConflictRules::CapWindow>> m_overCap; // (day, hour)
    QHash<QString, QString> m_names;
};

} // namespace tokdeck
