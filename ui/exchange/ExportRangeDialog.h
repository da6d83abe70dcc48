// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/ScheduleExchange.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QRadioButton;

namespace tokdeck {

// Which posts "Export schedule (.ics)…" writes: the days from one date to another (both
// included; at first the month the calendar shows, so "export the month" is one click) or
// every post with a time. The same choice as `tokdeck-cli export ics --from --to`.
class ExportRangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRangeDialog)

public:
    // `month`: any day of the month offered first.
    ExportRangeDialog(const QDate &month, QWidget *parent = nullptr);

    // nullopt: every post with a time.
    std::optional<ScheduleExchange::DateRange> range() const;

private:
    QRadioButton *m_between;
    QRadioButton *m_everything;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace tokdeck
