// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SeriesStore.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace tokdeck {

using namespace sql;

SeriesStore::SeriesStore(StoreContext &context)
    : StoreBase(context)
{}

SeriesStore::Expansion SeriesStore::expandRecurrence(qint64 postId,
                                                     const QList<QDateTime> &timesUtc,
                                                     PostState state, const QString &rule)
{
    const QString operation = tr("Could not repeat post %1").arg(postId);
    if (!ensureOpen(operation))
        return {};
    if (state != PostState::Draft && state != PostState::Ready) {
        fail(tr("%1: the copies of a series start as drafts or ready posts.").arg(operation));
        return {};
    }
    Transaction transaction(connection());
    if (!beginOrFail(transaction, operation))
        return {};
    QSqlQuery query(connection());
    if (!execOrFail(query, QStringLiteral("SELECT series_id FROM posts WHERE id = ?"), {postId},
                    operation))
        return {};
    if (!query.next()) {
        query.finish();
        fail(
            tr("%1: there is no such post; see \"tokdeck-cli posts\" for the IDs.").arg(operation));
        return {};
    }
    Expansion expansion;
    expansion.seriesId = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    query.finish();
    const qint64 now = nowUtc().toMSecsSinceEpoch();
    if (expansion.seriesId == 0) {
        if (!execOrFail(query,
                        QStringLiteral("INSERT INTO post_series (rule, created_at) VALUES (?, ?) "
                                       "RETURNING id"),
                        {text(rule), now}, operation)
            || !query.next())
            return {};
        expansion.seriesId = query.value(0).toLongLong();
        query.finish();
        // Not a content change (no revision bump): an open composer's next save stays valid.
        if (!execOrFail(query, QStringLiteral("UPDATE posts SET series_id = ? WHERE id = ?"),
                        {expansion.seriesId, postId}, operation))
            return {};
    }
    const QString stateKey = postStateKey(state);
    for (const QDateTime &at : timesUtc) {
        if (!execOrFail(
                query,
                QStringLiteral(
                    "INSERT INTO posts (type, caption, title, is_aigc, planned_at, hand_over, "
                    "updated_at, created_at, state, server_post_id, last_error, api_host, "
                    "revision, series_id) "
                    "SELECT type, caption, title, is_aigc, ?, hand_over, ?, ?, ?, '', '', "
                    "CASE WHEN ? = 1 THEN api_host ELSE '' END, 1, ? FROM posts WHERE id = ? "
                    "RETURNING id"),
                {millisOrNull(at.toUTC()), now, now, stateKey, state == PostState::Ready ? 1 : 0,
                 expansion.seriesId, postId},
                operation)
            || !query.next())
            return {};
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        if (!execOrFail(query,
                        QStringLiteral("INSERT INTO post_accounts (post_id, position, account_id, "
                                       "caption_override, title_override) SELECT ?, position, "
                                       "account_id, caption_override, title_override FROM "
                                       "post_accounts WHERE post_id = ?"),
                        {id, postId}, operation)
            || !execOrFail(query,
                           QStringLiteral("INSERT INTO post_media (post_id, position, media_row) "
                                          "SELECT ?, position, media_row FROM post_media WHERE "
                                          "post_id = ?"),
                           {id, postId}, operation))
            return {};
        expansion.ids.append(id);
    }
    if (!commitOrFail(transaction, operation))
        return {};
    announce(postId);
    for (qint64 id : std::as_const(expansion.ids))
        announce(id);
    return expansion;
}

QHash<qint64, SeriesPosition> SeriesStore::positions(const QList<qint64> &postIds)
{
    const QString operation = tr("Could not read the series of the posts");
    QHash<qint64, SeriesPosition> found;
    if (!ensureOpen(operation) || postIds.isEmpty())
        return found;
    QVariantList binds;
    for (qint64 id : postIds)
        binds.append(id);
    QSqlQuery query(connection());
    // Every member of the series these posts are in, numbered by planned time; one read.
    if (!execOrFail(query,
                    QStringLiteral("SELECT id, series_id, ROW_NUMBER() OVER (PARTITION BY "
                                   "series_id ORDER BY planned_at, id), COUNT(*) OVER "
                                   "(PARTITION BY series_id) FROM posts WHERE series_id IN "
                                   "(SELECT series_id FROM posts WHERE series_id IS NOT NULL "
                                   "AND id IN (%1))")
                        .arg(placeholders(postIds.size())),
                    binds, operation))
        return {};
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (postIds.contains(id)) {
            found.insert(
                id, {query.value(1).toLongLong(), query.value(2).toInt(), query.value(3).toInt()});
        }
    }
    return found;
}

QList<qint64> SeriesStore::members(qint64 seriesId)
{
    const QString operation = tr("Could not read series %1").arg(seriesId);
    QList<qint64> ids;
    if (!ensureOpen(operation))
        return ids;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT id FROM posts WHERE series_id = ? ORDER BY planned_at, "
                                   "id"),
                    {seriesId}, operation))
        return {};
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace tokdeck
