// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"

#include <QAbstractListModel>

namespace tokdeck {

// The TikTok accounts a post can go to. Non-TikTok accounts are filtered out on the way in,
// so no view can offer them.
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, UsernameRole };

    explicit AccountListModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    const QList<Account> &accounts() const { return m_accounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Account> m_accounts;
};

} // namespace tokdeck
