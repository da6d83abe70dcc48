// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A long history for the paging tests: many posts written as raw INSERTs in one transaction on
// the storage's own connection, since 100,000 saveContent() calls would each wait for the disk.

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <algorithm>

namespace tokdeck::test {

struct ManyPosts
{
    // Every 1,000th caption (i % 1000 == 0) has this word and no other caption has it.
    static QString rareWord() { return QStringLiteral("zebrafinch"); }

    struct Row
    {
        qint64 updatedAtMs = 0;
        qint64 id = 0;
        bool rare = false;
    };
    QList<Row> rows; // in insertion order (ids ascending)

    // Ids as the store browses them: newest edited first, ties by the larger id.
    QList<qint64> browseOrder() const
    {
        QList<Row> sorted = rows;
        std::sort(sorted.begin(), sorted.end(), [](const Row &a, const Row &b) {
            return a.updatedAtMs != b.updatedAtMs ? a.updatedAtMs > b.updatedAtMs : a.id > b.id;
        });
        QList<qint64> ids;
        ids.reserve(sorted.size());
        for (const Row &row : sorted)
            ids.append(row.id);
        return ids;
    }

    // Ids of the captions with rareWord(), as a word search pages them: newest created first.
    QList<qint64> rareOrder() const
    {
        QList<qint64> ids;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (it->rare)
                ids.append(it->id);
        }
        return ids;
    }

    // `count` drafts, in an empty posts table. The edit times are shuffled against the ids (7919 is
    // prime to 100,000) and every time is shared by two posts, so the order is not the ids' and
    // ties need the id. One statement (a recursive count feeding the INSERT) rather than 100,000
    // prepared executions: the triggers (change feed, word index) still run for every row.
    // SQL both backends run: the casts keep PostgreSQL's parameters and counter 64-bit.
    bool fill(QSqlDatabase db, int count)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN")))
            return false;
        const qint64 start = 1'767'225'600'000; // 2026-01-01 UTC
        query.prepare(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM n "
            "WHERE i + 1 < CAST(? AS BIGINT)) "
            "INSERT INTO posts (type, caption, title, is_aigc, state, created_at, updated_at) "
            "SELECT 'video', 'Post ' || i || ' behind the scenes #fyp #brand' || (i % 50) "
            "|| CASE WHEN i % 1000 = 0 THEN ' ' || CAST(? AS TEXT) ELSE '' END, '', 0, 'draft', "
            "CAST(? AS BIGINT) + i * 1000, "
            "CAST(? AS BIGINT) + (i * 7919 % CAST(? AS BIGINT)) * 1000 FROM n ORDER BY i"));
        query.addBindValue(count);
        query.addBindValue(rareWord());
        query.addBindValue(start);
        query.addBindValue(start);
        query.addBindValue(std::max(1, count / 2));
        bool ok = query.exec();
        ok = ok && query.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        ok = query.exec(QStringLiteral("SELECT id, updated_at, "
                                       "CASE WHEN caption LIKE '%%1%' THEN 1 ELSE 0 END "
                                       "FROM posts ORDER BY id")
                            .arg(rareWord()));
        rows.clear();
        rows.reserve(count);
        while (ok && query.next())
            rows.append({query.value(1).toLongLong(), query.value(0).toLongLong(),
                         query.value(2).toBool()});
        return ok && rows.size() == count;
    }
};

} // namespace tokdeck::test
