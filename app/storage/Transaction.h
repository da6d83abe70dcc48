// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tokdeck {

// RAII write transaction: sql::beginWrite() (SQLite: BEGIN IMMEDIATE) on construction, ROLLBACK on
// destruction unless commit() succeeded, so every early return of a multi-statement write undoes
// it. IMMEDIATE takes the write lock up front: a deferred BEGIN that later needs to write can fail
// with SQLITE_BUSY without waiting for the busy timeout when another connection wrote meanwhile.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const QSqlDatabase &db)
        : m_query(db)
    {
        m_active = m_query.exec(sql::beginWrite(sql::backendOf(db)));
    }
    ~Transaction()
    {
        if (m_active)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active || !m_query.exec(QStringLiteral("COMMIT")))
            return false;
        m_active = false;
        return true;
    }
    QSqlError lastError() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_active = false;
};

} // namespace tokdeck
