// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/VersionStore.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <algorithm>

namespace tokdeck {

using namespace sql;

VersionStore::VersionStore(StoreContext &context)
    : StoreBase(context)
{}

QList<PostVersion> VersionStore::versions(qint64 postId)
{
    const QString operation = tr("Could not read the version history of post %1").arg(postId);
    QList<PostVersion> found;
    if (!ensureOpen(operation))
        return found;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!execOrFail(query,
                    QStringLiteral("SELECT saved_at, caption, title FROM post_versions "
                                   "WHERE post_id = ? ORDER BY saved_at DESC"),
                    {postId}, operation))
        return found;
    while (query.next()) {
        found.append({postId, fromMillis(query.value(0)), query.value(1).toString(),
                      query.value(2).toString()});
    }
    return found;
}

bool VersionStore::record(QSqlQuery &query, qint64 postId, const QString &caption,
                          const QString &title, const QDateTime &nowUtc)
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    if (!prepareAndExec(query,
                        QStringLiteral("SELECT saved_at, caption, title FROM post_versions "
                                       "WHERE post_id = ? ORDER BY saved_at DESC LIMIT 1"),
                        {postId}))
        return false;
    const bool hasNewest = query.next();
    const qint64 newestAt = hasNewest ? query.value(0).toLongLong() : 0;
    const bool same =
        hasNewest && query.value(1).toString() == caption && query.value(2).toString() == title;
    query.finish();
    if (same || (!hasNewest && caption.isEmpty() && title.isEmpty()))
        return true; // a save of other fields (media, schedule), or an empty new draft

    if (hasNewest && now - newestAt < coalesceMs) {
        if (!prepareAndExec(query,
                            QStringLiteral("SELECT 1 FROM post_versions WHERE post_id = ? "
                                           "AND caption = ? AND title = ? LIMIT 1"),
                            {postId, text(caption), text(title)}))
            return false;
        const bool restoresOlder = query.next();
        query.finish();
        if (!restoresOlder) {
            // Never back in time: a clock set back must not reorder the history.
            return prepareAndExec(
                query,
                QStringLiteral("UPDATE post_versions SET saved_at = ?, "
                               "caption = ?, title = ? "
                               "WHERE post_id = ? AND saved_at = ?"),
                {std::max(now, newestAt), text(caption), text(title), postId, newestAt});
        }
    }
    // After the newest, even when the clock says otherwise: (post_id, saved_at) is the key.
    const qint64 at = hasNewest ? std::max(now, newestAt + 1) : now;
    if (!prepareAndExec(query,
                        QStringLiteral("INSERT INTO post_versions (post_id, saved_at, caption, "
                                       "title) VALUES (?, ?, ?, ?)"),
                        {postId, at, text(caption), text(title)}))
        return false;
    // Below the maxVersions-th newest; with fewer versions the subquery is NULL and nothing goes.
    return prepareAndExec(query,
                          QStringLiteral("DELETE FROM post_versions WHERE post_id = ? AND "
                                         "saved_at < (SELECT saved_at FROM post_versions "
                                         "WHERE post_id = ? ORDER BY saved_at DESC "
                                         "LIMIT 1 OFFSET %1)")
                              .arg(maxVersions - 1),
                          {postId, postId});
}

} // namespace tokdeck
