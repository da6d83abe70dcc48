// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/RepeatDialog.h"

#include "planning/SeriesPlanner.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tokdeck {

RepeatDialog::RepeatDialog(StorageWorker *storage, const Clock &clock, const Target &target,
                           const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_clock(clock)
    , m_target(target)
    , m_zone(zone)
    , m_interval(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_byCount(new QRadioButton(tr("&Posts in all:"), this))
    , m_count(new QSpinBox(this))
    , m_byDate(new QRadioButton(tr("&Until:"), this))
    , m_until(new QDateEdit(this))
    , m_preview(new QListWidget(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Repeat post"));
    setObjectName(QStringLiteral("repeatDialog"));
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setRange(1, 52);
    m_unit->setObjectName(QStringLiteral("repeatUnit"));
    m_unit->addItem(tr("weeks"), int(Recurrence::Unit::Weeks));
    m_unit->addItem(tr("days"), int(Recurrence::Unit::Days));
    m_byCount->setObjectName(QStringLiteral("repeatByCount"));
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(2, Recurrence::maxOccurrences);
    m_count->setValue(4);
    m_byCount->setChecked(true);
    m_byDate->setObjectName(QStringLiteral("repeatByDate"));
    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate first = target.plannedAtUtc ? target.plannedAtUtc->toTimeZone(zone).date()
                                            : clock.nowUtc().toTimeZone(zone).date();
    m_until->setDate(first.addMonths(1));
    m_until->setEnabled(false);
    m_preview->setObjectName(QStringLiteral("repeatPreview"));
    m_preview->setAccessibleName(tr("Resulting times"));
    m_note->setObjectName(QStringLiteral("repeatNote"));
    m_note->setWordWrap(true);
    auto *warning = new QLabel(SeriesPlanner::duplicateContentWarning(), this);
    warning->setObjectName(QStringLiteral("repeatWarning"));
    warning->setWordWrap(true);

    auto *every = new QHBoxLayout;
    every->addWidget(m_interval);
    every->addWidget(m_unit);
    every->addStretch();
    auto *form = new QFormLayout;
    auto *everyLabel = new QLabel(tr("&Every:"), this);
    everyLabel->setBuddy(m_interval);
    form->addRow(everyLabel, every);
    form->addRow(m_byCount, m_count);
    form->addRow(m_byDate, m_until);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *previewLabel =
        new QLabel(tr("Posts (times in %1):").arg(QString::fromUtf8(zone.id())), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_note);
    layout->addWidget(warning);
    layout->addWidget(m_buttons);

    const auto changed = [this] {
        updatePreview();
    };
    connect(m_interval, &QSpinBox::valueChanged, this, changed);
    connect(m_count, &QSpinBox::valueChanged, this, changed);
    connect(m_until, &QDateEdit::dateChanged, this, changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        // Weekly repeats reach a year in 52 steps, daily ones in 365.
        m_interval->setMaximum(rule() && rule()->unit() == Recurrence::Unit::Days ? 365 : 52);
        updatePreview();
    });
    connect(m_byCount, &QRadioButton::toggled, this, [this](bool byCount) {
        m_count->setEnabled(byCount);
        m_until->setEnabled(!byCount);
        updatePreview();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepeatDialog::expand);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

std::optional<Recurrence> RepeatDialog::rule() const
{
    const auto unit = Recurrence::Unit(m_unit->currentData().toInt());
    if (m_byCount->isChecked())
        return Recurrence::every(m_interval->value(), unit, std::nullopt, m_count->value());
    return Recurrence::every(m_interval->value(), unit, m_until->date(), std::nullopt);
}

QStringList RepeatDialog::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_preview->count(); ++i)
        lines.append(m_preview->item(i)->text());
    return lines;
}

QString RepeatDialog::note() const
{
    return m_note->text();
}

void RepeatDialog::updatePreview()
{
    m_preview->clear();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!m_target.plannedAtUtc) {
        m_note->setText(tr("Give the post a date first: the series repeats it from there."));
        ok->setEnabled(false);
        return;
    }
    const Recurrence::Occurrences occurrences = rule()->occurrences(*m_target.plannedAtUtc, m_zone);
    const QLocale locale;
    for (qsizetype i = 0; i < occurrences.times.size(); ++i) {
        const QString when =
            locale.toString(occurrences.times.at(i), QStringLiteral("ddd d MMM yyyy HH:mm"));
        m_preview->addItem(i == 0 ? tr("%1 (this post)").arg(when) : when);
    }
    const bool adds = occurrences.times.size() > 1;
    m_note->setText(adds ? occurrences.cutNote
                         : tr("The rule ends before a second post; pick a later date or more "
                              "posts."));
    ok->setEnabled(adds);
}

void RepeatDialog::expand()
{
    const std::optional<Recurrence> repeat = rule();
    if (!repeat || !m_target.plannedAtUtc || !m_storage)
        return;
    m_buttons->setEnabled(false); // one series per OK, however often it is clicked
    const qint64 postId = m_target.postId;
    const PostState state = m_target.state;
    const QTimeZone zone = m_zone;
    const QDateTime now = m_clock.nowUtc();
    auto future = m_storage->run([postId, repeat, zone, state, now](Stores &stores) {
        return SeriesPlanner::expand(stores, postId, *repeat, zone, state, now);
    });
    onResult(this, future, [this](const SeriesPlanner::Outcome &outcome) {
        m_buttons->setEnabled(true);
        if (!outcome.ok()) {
            m_note->setText(tr("The posts were not made: %1").arg(outcome.error));
            return;
        }
        if (outcome.ids.isEmpty()) {
            m_note->setText(tr("No post was made: %1").arg(outcome.plan.skipped.join(u' ')));
            return;
        }
        Q_EMIT expanded(outcome.ids, outcome.plan.skipped);
        accept();
    });
}

QAction *RepeatDialog::makeAction(QWidget *owner, StorageWorker *storage, const Clock &clock,
                                  TargetSource target)
{
    auto *action = new QAction(tr("&Repeat…"), owner);
    action->setObjectName(QStringLiteral("repeatAction"));
    action->setToolTip(tr("Make more posts like this one: every N days or weeks"));
    QObject::connect(action, &QAction::triggered, owner, [owner, storage, &clock, target] {
        const Target now = target();
        if (now.postId == 0 || !now.plannedAtUtc) {
            QMessageBox::information(owner, tr("Repeat post"),
                                     tr("Save the post with a date first: the series repeats "
                                        "it from that date and time."));
            return;
        }
        auto *dialog = new RepeatDialog(storage, clock, now, QTimeZone::systemTimeZone(), owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &RepeatDialog::expanded, owner,
                         [owner](const QList<qint64> &ids, const QStringList &skipped) {
                             if (skipped.isEmpty())
                                 return;
                             QMessageBox::information(
                                 owner, tr("Repeat post"),
                                 tr("%n post(s) made. Left out:", nullptr, int(ids.size()))
                                     + QLatin1Char('\n') + skipped.join(QLatin1Char('\n')));
                         });
        dialog->open();
    });
    return action;
}

} // namespace tokdeck
