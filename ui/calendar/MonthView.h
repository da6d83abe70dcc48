// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "calendar/CalendarGridView.h"
#include "rules/ConflictRules.h"

namespace tokdeck {

// Six weeks around a month, weeks starting on the locale's first day; each day lists its posts
// in time order, "+n more" when they do not fit. A post dropped on a day keeps its time of day.
class MonthView final : public CalendarGridView
{
    Q_OBJECT

public:
    explicit MonthView(const Clock &clock, QWidget *parent = nullptr);

    QDate firstVisibleDay() const override;
    QDate lastVisibleDay() const override { return firstVisibleDay().addDays(41); }
    QRect cellRect(const QDate &date) const;
    std::optional<QDateTime> timeAt(const QPoint &point, const Post *moving) const override;
    // Hides the base's on purpose (it is not virtual): the cap mark's tooltip names accounts,
    // so this view keeps the names too, then hands them on.
    void setAccountNames(const QHash<QString, QString> &names);
    // Why `date` is marked red (accounts over TikTok's 24-hour cap on it); empty: not marked.
    QString capWarning(const QDate &date) const;
    // The day's empty posting slots, as the hint in its corner says ("2 free slots").
    int freeSlotCount(const QDate &date) const;
    static QString freeSlotHint(int count);

protected:
    void layoutChips() override;
    void paintGrid(QPainter &painter) override;
    bool event(QEvent *event) override;

private:
    static constexpr int headerHeight = 22;
    static constexpr int dayNumberHeight = 18;
    static constexpr int chipHeight = 17;
    QHash<QDate, int> m_overflow;                            // per day: chips that did not fit
    QHash<QDate, int> m_freeSlots;                           // per day: empty posting slots
    QHash<QDate, QList<ConflictRules::CapWindow>> m_overCap; // per day: of its posts
    QHash<QString, QString> m_names;
};

} // namespace tokdeck
