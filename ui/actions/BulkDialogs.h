// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QSpinBox;

namespace tokdeck {

// "Move 5 posts by days…": how many days (negative: earlier). Opened with open(), not exec(),
// so storage answers keep arriving while it shows.
class MoveByDaysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveByDaysDialog)

public:
    MoveByDaysDialog(int postCount, QWidget *parent);

    int days() const;

private:
    QSpinBox *m_days;
    QDialogButtonBox *m_buttons;
};

// "Change accounts of 5 posts…": the accounts every chosen post goes to, one box each.
class ChangeAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeAccountsDialog)

public:
    // `checked`: the accounts ticked at first (those of the first post).
    ChangeAccountsDialog(int postCount, const QList<Account> &accounts, const QStringList &checked,
                         QWidget *parent);

    QStringList accountIds() const; // in the order listed

private:
    void updateOk();

    QList<std::pair<QString, QCheckBox *>> m_boxes;
    QDialogButtonBox *m_buttons;
};

} // namespace tokdeck
