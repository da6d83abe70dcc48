// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "support/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace tokdeck {

class Database;
class Transaction;

// What every store of one database shares, on the database's thread: the connection, the
// clock, the last failure (one slot: jobs run one at a time) and the posts changed by committed
// writes since the storage worker last announced them.
struct StoreContext
{
    Database &database;
    const Clock &clock;
    QString lastError;
    QSet<qint64> changedPosts;
    // Set while a team database (PostgreSQL) cannot be reached (see Reconnect): why, as the
    // end of a sentence. Every call then fails at once with it instead of waiting on the network.
    QString unreachable;
};

// The failure bookkeeping of the stores. Failures are values: a call returns 0 / false /
// nullopt / an empty list and lastError() holds a translated sentence naming the operation
// (also logged to tokdeck.storage). lastError() is cleared at the start of every call, so
// "empty list + empty lastError()" means "none found".
class StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(StoreBase)
    Q_DISABLE_COPY_MOVE(StoreBase)

public:
    QString lastError() const { return m_context.lastError; }

protected:
    explicit StoreBase(StoreContext &context)
        : m_context(context)
    {}
    ~StoreBase() = default;

    Database &database() const { return m_context.database; }
    QSqlDatabase connection() const;
    QDateTime nowUtc() const { return m_context.clock.nowUtc(); }
    // Called once a write that touched these posts has committed.
    void announce(qint64 postId) { m_context.changedPosts.insert(postId); }

    bool ensureOpen(const QString &operation);
    // Run one statement / commit; on failure record "<operation>: <SQLite's reason>", say false.
    bool execOrFail(QSqlQuery &query, const QString &sql, const QVariantList &binds,
                    const QString &operation);
    bool beginOrFail(Transaction &transaction, const QString &operation);
    bool commitOrFail(Transaction &transaction, const QString &operation);
    void fail(const QString &operation, const QSqlError &error);
    void fail(const QString &message);
    void clearError() { m_context.lastError.clear(); }

private:
    StoreContext &m_context;
};

} // namespace tokdeck
