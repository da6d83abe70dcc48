// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/StoreBase.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "support/Logging.h"

namespace tokdeck {

QSqlDatabase StoreBase::connection() const
{
    return m_context.database.connection();
}

void StoreBase::fail(const QString &message)
{
    m_context.lastError = message;
    qCWarning(lcStorage).noquote() << message;
}

void StoreBase::fail(const QString &operation, const QSqlError &error)
{
    // operation is a translated sentence start such as "Could not save the post".
    // databaseText() is SQLite's own sentence; the driver's "Unable to fetch row" adds nothing.
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    fail(tr("%1: %2 (database %3)").arg(operation, reason, m_context.database.path()));
}

bool StoreBase::execOrFail(QSqlQuery &query, const QString &sql, const QVariantList &binds,
                           const QString &operation)
{
    if (sql::prepareAndExec(query, sql, binds))
        return true;
    fail(operation, query.lastError());
    return false;
}

bool StoreBase::beginOrFail(Transaction &transaction, const QString &operation)
{
    if (transaction.isActive())
        return true;
    fail(operation, transaction.lastError());
    return false;
}

bool StoreBase::commitOrFail(Transaction &transaction, const QString &operation)
{
    if (transaction.commit())
        return true;
    fail(operation, transaction.lastError());
    return false;
}

bool StoreBase::ensureOpen(const QString &operation)
{
    m_context.lastError.clear();
    if (!m_context.unreachable.isEmpty()) {
        fail(tr("%1: %2").arg(operation, m_context.unreachable));
        return false;
    }
    if (m_context.database.isOpen())
        return true;
    fail(tr("%1: the database %2 is not open.").arg(operation, m_context.database.path()));
    return false;
}

} // namespace tokdeck
