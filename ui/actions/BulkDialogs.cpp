// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actions/BulkDialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tokdeck {

MoveByDaysDialog::MoveByDaysDialog(int postCount, QWidget *parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("moveByDaysDialog"));
    setWindowTitle(tr("Move %n post(s)", nullptr, postCount));
    auto *label = new QLabel(tr("Move the %n post(s) by this many days (a negative number moves "
                                "them earlier). Each keeps its time of day; posts that cannot "
                                "move are skipped, and the message says why.",
                                nullptr, postCount),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_days);
    m_days->setObjectName(QStringLiteral("moveDaysSpin"));
    m_days->setRange(-365, 365);
    m_days->setValue(1);
    m_days->setSuffix(tr(" day(s)"));
    m_days->setAccessibleName(tr("Days to move by"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Moving by zero days would be an undo step that changes nothing.
    connect(m_days, &QSpinBox::valueChanged, this,
            [this](int days) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(days != 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_days);
    layout->addWidget(m_buttons);
}

int MoveByDaysDialog::days() const
{
    return m_days->value();
}

ChangeAccountsDialog::ChangeAccountsDialog(int postCount, const QList<Account> &accounts,
                                           const QStringList &checked, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changeAccountsDialog"));
    setWindowTitle(tr("Change accounts of %n post(s)", nullptr, postCount));
    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(accounts.isEmpty() ? tr("No accounts are known yet. Connect to Crosspostify "
                                           "(Settings) so Tokdeck can list your accounts, then try "
                                           "again.")
                                      : tr("The %n post(s) will go to the accounts ticked here. "
                                           "Posts already with Crosspostify are not changed.",
                                           nullptr, postCount),
                   this);
    label->setWordWrap(true);
    layout->addWidget(label);
    for (const Account &account : accounts) {
        auto *box = new QCheckBox(account.displayName(), this);
        box->setObjectName(QStringLiteral("accountCheck_") + account.id);
        box->setChecked(checked.contains(account.id));
        connect(box, &QCheckBox::toggled, this, &ChangeAccountsDialog::updateOk);
        layout->addWidget(box);
        m_boxes.append({account.id, box});
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

QStringList ChangeAccountsDialog::accountIds() const
{
    QStringList ids;
    for (const auto &[id, box] : m_boxes) {
        if (box->isChecked())
            ids.append(id);
    }
    return ids;
}

void ChangeAccountsDialog::updateOk()
{
    // A post needs at least one account to go anywhere.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!accountIds().isEmpty());
}

} // namespace tokdeck
