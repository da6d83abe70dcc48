// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTimeEdit>
#include <optional>

class QCalendarWidget;
class QLocale;

namespace tokdeck {

// The schedule's date-and-time field. QDateTimeEdit edits one section at a time, so typing a
// whole date ("20 Jan 2027 10:00") into it jumps between sections and ends as another date.
// Here a typed text is taken as a whole: parsed in the user's locale when it is committed
// (Enter, leaving the field) or refused, with the text kept, never turned into another date.
// The arrows step minutes by five, and the calendar pop-up opens on the chosen day (or the next
// day that can be picked) with days outside the schedule window disabled.
class SchedulePickerEdit final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePickerEdit)

public:
    static constexpr int minuteStep = 5;

    explicit SchedulePickerEdit(QWidget *parent = nullptr);

    // The days the calendar offers (local dates): the rest are disabled there. Typed text and
    // the arrows may still go beyond (held locally), so the edit's own range is left open.
    void setSelectableDays(const QDate &first, const QDate &last);

    // A typed local date and time, in the locale's formats or the English "20 Jan 2027 10:00";
    // nullopt when none of them reads the whole text.
    static std::optional<QDateTime> parseTyped(const QString &text, const QLocale &locale,
                                               const QString &displayFormat);
    // How a date is expected, for the refusal hint: an example in the display format.
    QString exampleText() const;

Q_SIGNALS:
    void typedTextRefused(const QString &text);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void stepBy(int steps) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void typeKey(QKeyEvent *event);
    std::optional<QString> commitTyped(); // the text, when it could not be read
    void ensureCalendar();
    void prepareCalendar();

    QCalendarWidget *m_calendar = nullptr; // the pop-up's, once first opened
    bool m_typing = false;                 // the text is the user's, not yet read
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace tokdeck
