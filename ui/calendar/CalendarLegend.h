// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;

namespace tokdeck {

// Under the calendar: each state's colour with its name (PostChipStyle's colours, the one
// definition), what the lock on a chip means and how history ("Post now") looks.
class CalendarLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarLegend)

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    QString text() const; // what it says, for tests and screen readers

private:
    QLabel *m_states;
    QLabel *m_lockText;
};

} // namespace tokdeck
