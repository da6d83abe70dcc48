// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/AccountCache.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace tokdeck {

using namespace sql;

AccountCache::AccountCache(StoreContext &context)
    : StoreBase(context)
{}

bool AccountCache::saveAccounts(const QList<Account> &accounts)
{
    const QString operation = tr("Could not keep the list of accounts");
    if (!ensureOpen(operation))
        return false;
    Transaction transaction(connection());
    QSqlQuery query(connection());
    if (!beginOrFail(transaction, operation))
        return false;
    if (!execOrFail(query, QStringLiteral("DELETE FROM accounts"), {}, operation))
        return false;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        if (!execOrFail(query,
                        QStringLiteral("INSERT INTO accounts (id, platform, name, username, "
                                       "avatar_url, position) VALUES (?, ?, ?, ?, ?, ?)"),
                        {text(account.id), text(account.platform), text(account.name),
                         text(account.username), text(account.avatarUrl), i},
                        operation))
            return false;
    }
    if (!commitOrFail(transaction, operation))
        return false;
    return true;
}

QList<Account> AccountCache::cachedAccounts()
{
    const QString operation = tr("Could not read the list of accounts");
    QList<Account> accounts;
    if (!ensureOpen(operation))
        return accounts;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT id, platform, name, username, avatar_url FROM accounts "
                                   "ORDER BY position"),
                    {}, operation))
        return accounts;
    while (query.next()) {
        accounts.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString()});
    }
    return accounts;
}

} // namespace tokdeck
