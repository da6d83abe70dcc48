// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/Post.h"
#include "rules/ValidationIssue.h"

#include <QAbstractListModel>
#include <QHash>
#include <optional>

namespace tokdeck {

// Which TikTok accounts a post goes to, each with an optional caption and title of its own.
// Checkable rows; non-TikTok accounts are never listed.
class AccountTargetsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTargetsModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        HasOverrideRole,
        ProblemRole /* bool: blocks publishing */
    };

    explicit AccountTargetsModel(QObject *parent = nullptr);

    // The connected accounts (all platforms; only TikTok ones are listed).
    void setAccounts(const QList<Account> &accounts);
    // What setAccounts was given, to check a draft's choice against; nullopt until then (offline).
    std::optional<QList<Account>> knownAccounts() const { return m_known; }
    // Issues about one account (its own text too long, not connected, not TikTok) mark its row.
    void setIssues(const ValidationIssues &issues);
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
    void rebuildRows();

    std::optional<QList<Account>> m_known;
    QList<Account> m_accounts; // the rows: TikTok accounts, then chosen ones not connected
    QHash<QString, QStringList> m_problems; // account id → what blocks its post
    QHash<QString, PostAccount> m_chosen;   // by account id
    // The order the accounts were chosen in: a hash's order changes from run to run, and the
    // rows of accounts no longer connected (and so the draft's account order) must not.
    QStringList m_chosenOrder;
};

} // namespace tokdeck
