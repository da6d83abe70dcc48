// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/AccountListModel.h"

namespace tokdeck {

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts.clear();
    std::copy_if(accounts.begin(), accounts.end(), std::back_inserter(m_accounts),
                 [](const Account &account) { return account.isTikTok(); });
    endResetModel();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return account.username.isEmpty()
                   ? account.displayName()
                   : tr("%1 (@%2)").arg(account.displayName(), account.username);
    case Qt::ToolTipRole:
        return tr("TikTok account %1").arg(account.id);
    case IdRole:
        return account.id;
    case UsernameRole:
        return account.username;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "accountId");
    names.insert(UsernameRole, "username");
    return names;
}

} // namespace tokdeck
