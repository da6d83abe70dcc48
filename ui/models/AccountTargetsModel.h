#pragma once

#include "domain/Account.h"
#include "domain/Post.h"

#include <QAbstractListModel>
#include <QHash>

namespace tokdeck {

// Which TikTok accounts a post goes to, each with an optional caption and title of its own.
// Checkable rows; non-TikTok accounts are never listed.
class AccountTargetsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTargetsModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, HasOverrideRole };

    explicit AccountTargetsModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    // The post's choice: checked accounts and their overrides (unknown ids are kept, shown last).
    void setTargets(const QList<PostAccount> &targets);
    QList<PostAccount> targets() const; // in list order

    void setOverride(int row, const QString &caption, const QString &title);
    PostAccount targetAt(int row) const;
    const Account &accountAt(int row) const { return m_accounts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void targetsChanged();

private:
    QList<Account> m_accounts;
    QHash<QString, PostAccount> m_chosen; // by account id
};

} // namespace tokdeck
