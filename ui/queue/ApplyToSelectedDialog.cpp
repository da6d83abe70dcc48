// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queue/ApplyToSelectedDialog.h"

#include "compose/SchedulePicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokdeck {

ApplyToSelectedDialog::ApplyToSelectedDialog(int draftCount, const QList<Account> &accounts,
                                             const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_setCaption(new QCheckBox(tr("Set the &caption"), this))
    , m_caption(new QPlainTextEdit(this))
    , m_setSchedule(new QCheckBox(tr("Set the &schedule"), this))
    , m_schedule(new SchedulePicker(clock, this))
    , m_setAccounts(new QCheckBox(tr("Set the &accounts"), this))
    , m_accounts(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("applyToSelectedDialog"));
    setWindowTitle(tr("Apply to %n selected draft(s)", nullptr, draftCount));
    auto *intro = new QLabel(tr("Tick what to set on all %n selected draft(s); what you leave "
                                "unticked stays as each draft has it.",
                                nullptr, draftCount),
                             this);
    intro->setWordWrap(true);
    m_setCaption->setObjectName(QStringLiteral("applyCaptionCheck"));
    m_caption->setObjectName(QStringLiteral("applyCaptionEdit"));
    m_caption->setAccessibleName(tr("Caption for the selected drafts"));
    m_caption->setPlaceholderText(tr("The caption every selected draft gets"));
    m_caption->setTabChangesFocus(true);
    m_setSchedule->setObjectName(QStringLiteral("applyScheduleCheck"));
    m_schedule->setObjectName(QStringLiteral("applySchedulePicker"));
    m_setAccounts->setObjectName(QStringLiteral("applyAccountsCheck"));
    m_accounts->setObjectName(QStringLiteral("applyAccountsList"));
    m_accounts->setAccessibleName(tr("Accounts for the selected drafts"));
    for (const Account &account : accounts) {
        if (!account.isTikTok())
            continue;
        auto *item = new QListWidgetItem(account.displayName(), m_accounts);
        item->setData(Qt::UserRole, account.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_accounts->count() == 0) {
        // Offline and never connected: nothing to choose from, and saying so beats an empty box.
        m_setAccounts->setEnabled(false);
        m_setAccounts->setToolTip(tr("No TikTok accounts known yet: connect to Crosspostify "
                                     "(Settings → Connection…) to choose accounts here."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_setCaption);
    layout->addWidget(m_caption);
    layout->addWidget(m_setSchedule);
    layout->addWidget(m_schedule);
    layout->addWidget(m_setAccounts);
    layout->addWidget(m_accounts);
    layout->addWidget(m_buttons);

    // A part's fields follow its check box: what is greyed out is not applied.
    const auto follow = [this](QCheckBox *check, QWidget *fields) {
        fields->setEnabled(false);
        connect(check, &QCheckBox::toggled, fields, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &ApplyToSelectedDialog::updateOk);
    };
    follow(m_setCaption, m_caption);
    follow(m_setSchedule, m_schedule);
    follow(m_setAccounts, m_accounts);
    connect(m_schedule, &SchedulePicker::changed, this, &ApplyToSelectedDialog::updateOk);
    connect(m_accounts, &QListWidget::itemChanged, this, &ApplyToSelectedDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

PostStore::DraftChanges ApplyToSelectedDialog::changes() const
{
    PostStore::DraftChanges changes;
    if (m_setCaption->isChecked())
        changes.caption = m_caption->toPlainText();
    if (m_setSchedule->isChecked()) {
        changes.setsSchedule = true;
        changes.plannedAt = m_schedule->scheduledAtUtc();
        changes.handOver = m_schedule->handOver();
    }
    if (m_setAccounts->isChecked()) {
        QStringList ids;
        for (int i = 0; i < m_accounts->count(); ++i) {
            if (m_accounts->item(i)->checkState() == Qt::Checked)
                ids << m_accounts->item(i)->data(Qt::UserRole).toString();
        }
        changes.accountIds = ids;
    }
    return changes;
}

void ApplyToSelectedDialog::updateOk()
{
    const bool any =
        m_setCaption->isChecked() || m_setSchedule->isChecked() || m_setAccounts->isChecked();
    const bool scheduleOk = !m_setSchedule->isChecked() || m_schedule->isAcceptable();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(any && scheduleOk);
    ok->setToolTip(!any         ? tr("Tick at least one of caption, schedule or accounts.")
                   : scheduleOk ? QString()
                                : tr("Pick a time the schedule accepts (see the message under "
                                     "the date)."));
}

} // namespace tokdeck
