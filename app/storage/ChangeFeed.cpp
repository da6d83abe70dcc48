// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ChangeFeed.h"

#include "storage/SqlDialect.h"
#include "support/Logging.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tokdeck {

namespace {
std::optional<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qCWarning(lcStorage) << "change feed:" << query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}
} // namespace

bool ChangeFeed::start(const QSqlDatabase &db)
{
    QSqlQuery prune(db);
    prune.exec(QStringLiteral("DELETE FROM post_changes WHERE seq <= "
                              "(SELECT MAX(seq) FROM post_changes) - %1")
                   .arg(keptChanges));
    const auto last = scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM post_changes"));
    const auto version = scalar(db, sql::changeCounter(sql::backendOf(db)));
    if (!last || !version)
        return false;
    m_lastSeq = *last;
    m_dataVersion = *version;
    return true;
}

std::optional<ChangeFeed::Changes> ChangeFeed::poll(const QSqlDatabase &db)
{
    const auto version = scalar(db, sql::changeCounter(sql::backendOf(db)));
    if (!version)
        return std::nullopt;
    if (*version == m_dataVersion) {
        // Only this connection wrote since: its own changes were announced as they committed.
        if (const auto last =
                scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM post_changes")))
            m_lastSeq = *last;
        return std::nullopt;
    }
    m_dataVersion = *version;
    Changes changes;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM post_changes"))
        || !query.next())
        return std::nullopt;
    changes.reset = query.value(0).toLongLong() > m_lastSeq + 1 && m_lastSeq > 0;
    query.finish();
    if (!query.prepare(QStringLiteral("SELECT seq, post_id FROM post_changes WHERE seq > ? "
                                      "ORDER BY seq"))) // our own rows come too: harmless
        return std::nullopt;
    query.addBindValue(m_lastSeq);
    if (!query.exec())
        return std::nullopt;
    QSet<qint64> seen;
    while (query.next()) {
        m_lastSeq = query.value(0).toLongLong();
        const qint64 id = query.value(1).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            changes.postIds.append(id);
        }
    }
    if (changes.postIds.isEmpty() && !changes.reset)
        return std::nullopt;
    return changes;
}

} // namespace tokdeck
