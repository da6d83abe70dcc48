// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostStore's queries: every read of posts goes through query() → readPosts().

#include "storage/Database.h"
#include "storage/PostStore.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "support/Logging.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace tokdeck {

using namespace sql;

QList<Post> PostStore::loadMany(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        clearError();
        return {};
    }
    QVariantList binds;
    for (qint64 id : ids)
        binds.append(id);
    return query(
        {QStringLiteral("id IN (%1)").arg(placeholders(ids.size())), binds, QStringLiteral("id")},
        tr("Could not load %n post(s)", nullptr, int(ids.size())));
}

std::optional<Post> PostStore::load(qint64 id)
{
    const QList<Post> posts = query({QStringLiteral("id = ?"), {id}, QStringLiteral("id")},
                                    tr("Could not load post %1").arg(id));
    if (posts.isEmpty())
        return std::nullopt;
    return posts.first();
}

QList<Post> PostStore::inRange(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return query({QStringLiteral("planned_at >= ? AND planned_at < ?"),
                  {fromUtc.toMSecsSinceEpoch(), toUtc.toMSecsSinceEpoch()},
                  QStringLiteral("planned_at, id")},
                 tr("Could not load the posts from %1 to %2")
                     .arg(fromUtc.toString(Qt::ISODate), toUtc.toString(Qt::ISODate)));
}

QList<Post> PostStore::calendarRange(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const qint64 from = fromUtc.toMSecsSinceEpoch();
    const qint64 to = toUtc.toMSecsSinceEpoch();
    // A post sent with "Post now" has no planned time; once it is with Crosspostify (or may
    // be) its row changes no more, so its last change is the moment it was handed over or
    // answered: that is where the calendar keeps it, as history.
    return query(
        {.where = QStringLiteral("(planned_at >= ? AND planned_at < ?) OR (planned_at IS NULL "
                                 "AND state IN (?, ?, ?, ?) AND updated_at >= ? AND "
                                 "updated_at < ?)"),
         .binds = {from, to, postStateKey(PostState::Submitting),
                   postStateKey(PostState::Scheduled), postStateKey(PostState::Published),
                   postStateKey(PostState::NeedsAttention), from, to},
         .orderBy = QStringLiteral("COALESCE(planned_at, updated_at), id"),
         .brief = true},
        tr("Could not load the calendar from %1 to %2")
            .arg(fromUtc.toString(Qt::ISODate), toUtc.toString(Qt::ISODate)));
}

QList<Post> PostStore::withStates(const QList<PostState> &states)
{
    if (states.isEmpty()) {
        clearError();
        return {};
    }
    QVariantList binds;
    for (PostState state : states)
        binds.append(postStateKey(state));
    // "Post now" posts (no time) lead. NULLS FIRST says so on both backends (SQLite sorts NULL
    // first by itself, PostgreSQL last).
    return query({QStringLiteral("state IN (%1)").arg(placeholders(states.size())), binds,
                  QStringLiteral("planned_at NULLS FIRST, id")},
                 tr("Could not load the posts to send"));
}

QList<Post> PostStore::withStatesPlannedFrom(const QList<PostState> &states,
                                             const QDateTime &fromUtc)
{
    if (states.isEmpty()) {
        clearError();
        return {};
    }
    QVariantList binds;
    for (PostState state : states)
        binds.append(postStateKey(state));
    binds.append(fromUtc.toMSecsSinceEpoch());
    return query(
        {QStringLiteral("state IN (%1) AND planned_at >= ?").arg(placeholders(states.size())),
         binds, QStringLiteral("planned_at, id")},
        tr("Could not load the planned posts"));
}

QList<Post> PostStore::drafts(const QString &search)
{
    return this->search({PostState::Draft}, search);
}

QList<Post> PostStore::search(const QList<PostState> &states, const QString &text)
{
    return searchPage(states, text, 0);
}

PostStore::PageCursor PostStore::cursorAfter(const Post &post)
{
    return {post.updatedAt.toMSecsSinceEpoch(), post.id};
}

namespace {

// A word the index can answer: it has a letter or a digit (the tokenizer drops the rest, so
// "#fyp" is the word "fyp" and an emoji alone is no word at all).
bool isIndexable(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// A SELECT list of `columns` (", "-separated). A brief read (Filter::brief) gets NULL in place
// of those `leftOutOfBrief`: one reading loop serves both, and no text is converted for them.
QString selectList(const QString &columns, const QStringList &leftOutOfBrief, bool brief)
{
    if (!brief)
        return columns;
    QStringList list = columns.split(QStringLiteral(", "));
    for (QString &column : list) {
        if (leftOutOfBrief.contains(column))
            column = QStringLiteral("NULL");
    }
    return list.join(QStringLiteral(", "));
}

} // namespace

bool PostStore::searchesByWords(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [](const QString &w) { return isIndexable(w); });
}

QList<Post> PostStore::searchPage(const QList<PostState> &states, const QString &text, int limit,
                                  const std::optional<PageCursor> &after,
                                  const QList<qint64> &among)
{
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    if (!states.isEmpty()) {
        where = QStringLiteral("posts.state IN (%1)").arg(placeholders(qsizetype(states.size())));
        for (PostState state : states)
            binds << postStateKey(state);
    }
    if (!among.isEmpty()) {
        where += QStringLiteral(" AND posts.id IN (%1)").arg(placeholders(among.size()));
        for (qint64 id : among)
            binds << id;
    }
    // Words the index cannot answer (an emoji, "#") are matched as substrings (LIKE folds
    // ASCII case only; the index folds case and accents for every script).
    // Without a word index (PostgreSQL) every word is matched that way, ignoring case.
    const Backend backend = backendOf(connection());
    const bool wordIndex = hasWordIndex(backend);
    const QString like = caseInsensitiveLike(backend);
    bool byWords = false;
    QStringList terms;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (!isIndexable(word) || !wordIndex) {
            byWords = byWords || isIndexable(word);
            where += QStringLiteral(" AND (posts.caption %1 ? ESCAPE '\\' "
                                    "OR posts.title %1 ? ESCAPE '\\')")
                         .arg(like);
            binds << likePattern(word) << likePattern(word);
            continue;
        }
        // Each word as an FTS5 string ("" is a "). The one being typed (the last) is a
        // prefix; the finished ones are whole words, which the index reads lazily (a prefix
        // longer than the prefix indexes is merged in full first).
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1Char('"')
                     + (i == words.size() - 1 ? QStringLiteral("*") : QString()));
    }
    if (terms.isEmpty() && byWords) { // words without an index: in the index's order
        if (after) {
            where += QStringLiteral(" AND posts.id < ?");
            binds << after->id;
        }
        return query({where, binds, QStringLiteral("id DESC"), std::max(0, limit)},
                     tr("Could not search the posts"));
    }
    if (terms.isEmpty()) { // browsing, or only unindexable words: newest edited first
        if (after) {
            where += QStringLiteral(" AND (updated_at, id) < (?, ?)");
            binds << after->updatedAtMs << after->id;
        }
        return query({where, binds, QStringLiteral("updated_at DESC, id DESC"), std::max(0, limit)},
                     tr("Could not load the posts"));
    }

    // Words: newest created first, walked in the index's own rowid order so a page stops after
    // `limit` hits however many posts match (sorting every hit by edit time cost 180 ms at
    // 100,000 posts for a common word).
    const QString operation = tr("Could not search the posts");
    if (!ensureOpen(operation))
        return {};
    QVariantList idBinds{terms.join(QLatin1Char(' '))};
    QString sql = QStringLiteral("SELECT posts.id FROM posts_fts JOIN posts "
                                 "ON posts.id = posts_fts.rowid WHERE posts_fts MATCH ?");
    if (after) {
        sql += QStringLiteral(" AND posts_fts.rowid < ?");
        idBinds << after->id;
    }
    sql += QStringLiteral(" AND ") + where + QStringLiteral(" ORDER BY posts_fts.rowid DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery ids(connection());
    ids.setForwardOnly(true);
    if (!prepareAndExec(ids, sql, idBinds + binds)) {
        fail(operation, ids.lastError());
        return {};
    }
    QVariantList found;
    while (ids.next())
        found << ids.value(0);
    ids.finish();
    if (found.isEmpty()) {
        clearError();
        return {};
    }
    return query({QStringLiteral("id IN (%1)").arg(placeholders(found.size())), found,
                  QStringLiteral("id DESC")},
                 operation);
}

QList<Post> PostStore::query(const Filter &filter, const QString &operation)
{
    if (!ensureOpen(operation))
        return {};
    const QSqlDatabase db = connection();

    // A read transaction makes the three queries see one snapshot (WAL: a write from another
    // connection cannot slip in between and leave a post without its children).
    QSqlQuery control(db);
    if (!control.exec(beginSnapshotRead(backendOf(db)))) {
        fail(operation, control.lastError());
        return {};
    }
    QList<Post> posts;
    const std::optional<QSqlError> error = readPosts(db, filter, posts);
    control.exec(QStringLiteral("COMMIT")); // read-only: ends the snapshot, nothing to keep
    if (error) {
        fail(operation, *error);
        return {};
    }
    return posts;
}

// Three queries whatever the number of posts: the posts, then all their accounts, then all their
// media, each child query selecting its parents with the same filter (no N+1 round trips).
std::optional<QSqlError> PostStore::readPosts(const QSqlDatabase &db, const Filter &filter,
                                              QList<Post> &posts)
{
    const QString limitClause =
        filter.limit > 0 ? QStringLiteral(" LIMIT %1").arg(filter.limit) : QString();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndExec(
            query,
            QStringLiteral("SELECT ")
                + selectList(QStringLiteral("id, type, caption, title, is_aigc, planned_at, "
                                            "hand_over, state, server_post_id, last_error, "
                                            "created_at, updated_at, revision, api_host, "
                                            "tiktok_url, updated_by"),
                             {QStringLiteral("is_aigc"), QStringLiteral("server_post_id"),
                              QStringLiteral("created_at"), QStringLiteral("api_host"),
                              QStringLiteral("tiktok_url"), QStringLiteral("updated_by")},
                             filter.brief)
                + QStringLiteral(" FROM posts WHERE ") + filter.where + QStringLiteral(" ORDER BY ")
                + filter.orderBy + limitClause,
            filter.binds))
        return query.lastError();

    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Post post;
        post.id = query.value(0).toLongLong();
        post.type = postTypeFromKey(query.value(1).toString()).value_or(PostType::Video);
        post.caption = query.value(2).toString();
        post.title = query.value(3).toString();
        post.isAigc = query.value(4).toInt() != 0;
        if (!query.value(5).isNull())
            post.plannedAt = fromMillis(query.value(5));
        post.handOver = handOverFromKey(query.value(6).toString()).value_or(HandOver::Now);
        const QString stateKey = query.value(7).toString();
        if (const std::optional<PostState> state = postStateFromKey(stateKey)) {
            post.state = *state;
        } else {
            // Nothing automatic may happen to a post we do not understand: the user decides.
            qCWarning(lcStorage) << "post" << post.id << "has an unknown state" << stateKey;
            post.state = PostState::NeedsAttention;
        }
        post.serverPostId = query.value(8).toString();
        post.lastError = query.value(9).toString();
        post.createdAt = fromMillis(query.value(10));
        post.updatedAt = fromMillis(query.value(11));
        post.revision = query.value(12).toLongLong();
        post.apiHost = query.value(13).toString();
        post.tiktokUrl = query.value(14).toString();
        post.updatedBy = query.value(15).toString();
        indexById.insert(post.id, posts.size());
        posts.append(std::move(post));
    }
    query.finish();
    if (posts.isEmpty())
        return std::nullopt;

    // The children of exactly these posts: with a LIMIT, the same order and limit select them.
    const QString parents =
        QStringLiteral("(SELECT id FROM posts WHERE ") + filter.where
        + (filter.limit > 0 ? QStringLiteral(" ORDER BY ") + filter.orderBy : QString())
        + limitClause + QLatin1Char(')');
    if (!prepareAndExec(
            query,
            QStringLiteral("SELECT ")
                + selectList(QStringLiteral("post_id, account_id, "
                                            "caption_override, title_override"),
                             {QStringLiteral("caption_override"), QStringLiteral("title_override")},
                             filter.brief)
                + QStringLiteral(" FROM post_accounts WHERE post_id IN ") + parents
                + QStringLiteral(" ORDER BY post_id, position"),
            filter.binds))
        return query.lastError();
    while (query.next()) {
        const qsizetype index = indexById.value(query.value(0).toLongLong(), -1);
        if (index >= 0) {
            posts[index].accounts.append(
                {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
        }
    }
    query.finish();

    if (!prepareAndExec(
            query,
            QStringLiteral("SELECT ")
                + selectList(QStringLiteral("pm.post_id, m.id, m.path, m.size, m.sha256, m.kind, "
                                            "m.width, m.height, m.duration_seconds, m.codec, "
                                            "m.media_id, m.uploaded_at, m.source_path"),
                             {QStringLiteral("m.sha256"), QStringLiteral("m.codec"),
                              QStringLiteral("m.media_id"), QStringLiteral("m.uploaded_at"),
                              QStringLiteral("m.source_path")},
                             filter.brief)
                + QStringLiteral(" FROM post_media pm JOIN media m ON m.id = pm.media_row WHERE "
                                 "pm.post_id IN ")
                + parents + QStringLiteral(" ORDER BY pm.post_id, pm.position"),
            filter.binds))
        return query.lastError();
    while (query.next()) {
        const qsizetype index = indexById.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        PostMedia media;
        media.id = query.value(1).toLongLong();
        media.path = query.value(2).toString();
        media.size = query.value(3).toLongLong();
        media.sha256 = query.value(4).toString();
        media.kind = mediaKindFromKey(query.value(5).toString());
        media.width = query.value(6).toInt();
        media.height = query.value(7).toInt();
        media.durationSeconds = query.value(8).toDouble();
        media.codec = query.value(9).toString();
        media.mediaId = query.value(10).toString();
        media.uploadedAt = fromMillis(query.value(11));
        media.sourcePath = query.value(12).toString();
        posts[index].media.append(std::move(media));
    }
    query.finish();
    if (filter.brief)
        return std::nullopt; // the per-account answers are read when a post is opened

    if (!prepareAndExec(query,
                        QStringLiteral("SELECT post_id, account_id, status, at FROM "
                                       "post_account_results WHERE post_id IN ")
                            + parents + QStringLiteral(" ORDER BY post_id, account_id"),
                        filter.binds))
        return query.lastError();
    while (query.next()) {
        const qsizetype index = indexById.value(query.value(0).toLongLong(), -1);
        if (index >= 0) {
            posts[index].accountResults.append(
                {query.value(1).toString(), query.value(2).toString(), fromMillis(query.value(3))});
        }
    }
    query.finish();
    return std::nullopt;
}

} // namespace tokdeck
