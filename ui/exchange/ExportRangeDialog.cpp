// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/ExportRangeDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tokdeck {

ExportRangeDialog::ExportRangeDialog(const QDate &month, QWidget *parent)
    : QDialog(parent)
    , m_between(new QRadioButton(tr("&Posts between these days:"), this))
    , m_everything(new QRadioButton(tr("&Everything (every post with a time)"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("exportRangeDialog"));
    setWindowTitle(tr("Export schedule"));
    m_between->setObjectName(QStringLiteral("exportBetweenButton"));
    m_everything->setObjectName(QStringLiteral("exportEverythingButton"));
    m_from->setObjectName(QStringLiteral("exportFromDate"));
    m_to->setObjectName(QStringLiteral("exportToDate"));
    m_from->setAccessibleName(tr("First day to export"));
    m_to->setAccessibleName(tr("Last day to export"));

    const QDate first(month.year(), month.month(), 1);
    // The locale's short format, with the year in full: "yy" is ambiguous once typed over.
    QString format = locale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
    }
    m_from->setDate(first);
    m_to->setDate(first.addMonths(1).addDays(-1));
    // The last day can never come before the first: the range stays valid whatever is typed.
    m_to->setMinimumDate(m_from->date());
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    m_between->setChecked(true);
    connect(m_between, &QRadioButton::toggled, m_from, &QWidget::setEnabled);
    connect(m_between, &QRadioButton::toggled, m_to, &QWidget::setEnabled);

    auto *intro =
        new QLabel(tr("Which posts go into the calendar file? Days are in your local time."), this);
    intro->setWordWrap(true);
    auto *dates = new QFormLayout;
    dates->setContentsMargins(24, 0, 0, 0); // indented under their radio button
    dates->addRow(tr("&From:"), m_from);
    dates->addRow(tr("&To:"), m_to);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_between);
    layout->addLayout(dates);
    layout->addWidget(m_everything);
    layout->addWidget(buttons);
}

std::optional<ScheduleExchange::DateRange> ExportRangeDialog::range() const
{
    if (m_everything->isChecked())
        return std::nullopt;
    return ScheduleExchange::DateRange{m_from->date(), m_to->date()};
}

} // namespace tokdeck
