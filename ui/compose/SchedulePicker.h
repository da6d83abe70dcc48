// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "rules/ValidationIssue.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTimer;

namespace tokdeck {

class Clock;
class SchedulePickerEdit;

// "Post now" or a local date and time, with its UTC equivalent, quick picks, live checks of
// the API's schedule window (ScheduleRules) and the hand-over choice. The user thinks in local
// time; everything leaving this widget is UTC.
class SchedulePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePicker)

public:
    // The window moves with time: a pick that was fine may become too soon while the user types.
    static constexpr int revalidateIntervalMs = 30'000;

    explicit SchedulePicker(const Clock &clock, QWidget *parent = nullptr);

    std::optional<QDateTime> scheduledAtUtc() const; // nullopt = post now
    void setScheduledAtUtc(const std::optional<QDateTime> &whenUtc);
    HandOver handOver() const;
    void setHandOver(HandOver handOver);

    bool isAcceptable() const; // no rejection (warnings and the held-locally note are fine)
    ValidationIssues issues() const { return m_issues; }

public Q_SLOTS:
    void pickInOneHour();
    void pickTomorrowMorning();
    void revalidate(); // re-checks against the clock's now; the timer calls it every 30 s

Q_SIGNALS:
    void changed(); // the choice, the time, the hand-over or the verdict changed

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleLocal(const QDateTime &local);
    void inputChanged();
    void refresh();
    void applyMessageStyle();
    void showWindow(const QDateTime &now);

    const Clock &m_clock;
    QRadioButton *m_postNow;
    QRadioButton *m_schedule;
    SchedulePickerEdit *m_edit;
    QLabel *m_utc;
    QLabel *m_window; // the limits of the schedule window, under the field
    QPushButton *m_inOneHour;
    QPushButton *m_tomorrow;
    QLabel *m_message;
    QComboBox *m_handOver;
    QTimer *m_timer;
    ValidationIssues m_issues;
    QString m_refusedText; // typed text that could not be read, until the next edit
    QString m_severity;    // "error", "warning", "note" or empty: the message label's style
};

} // namespace tokdeck
