// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PostStore.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Logging.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace tokdeck {

namespace {

// Text columns are NOT NULL DEFAULT '': a null QString would bind as SQL NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant millisOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMillis(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString mediaKindKey(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MediaKind mediaKindFromKey(const QString &key)
{
    if (key == QLatin1StringView("video"))
        return MediaKind::Video;
    if (key == QLatin1StringView("image"))
        return MediaKind::Image;
    return MediaKind::Unknown;
}

QString editableStatesSql()
{
    return QStringLiteral("('%1', '%2', '%3')")
        .arg(postStateKey(PostState::Draft), postStateKey(PostState::Ready),
             postStateKey(PostState::Failed));
}

// "?, ?, ?" for an IN list: the count is ours, the values are bound.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

PostStore::PostStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

PostStore::~PostStore() = default;

void PostStore::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcStorage).noquote() << message;
}

void PostStore::fail(const QString &operation, const QSqlError &error)
{
    // operation is a translated sentence start such as "Could not save the post".
    // databaseText() is SQLite's own sentence; the driver's "Unable to fetch row" adds nothing.
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    fail(tr("%1: %2 (database %3)").arg(operation, reason, m_database.path()));
}

bool PostStore::execOrFail(QSqlQuery &query, const QString &sql, const QVariantList &binds,
                           const QString &operation)
{
    if (prepareAndExec(query, sql, binds))
        return true;
    fail(operation, query.lastError());
    return false;
}

bool PostStore::commitOrFail(Transaction &transaction, const QString &operation)
{
    if (transaction.commit())
        return true;
    fail(operation, transaction.lastError());
    return false;
}

bool PostStore::ensureOpen(const QString &operation)
{
    m_lastError.clear();
    if (m_database.isOpen())
        return true;
    fail(tr("%1: the database %2 is not open.").arg(operation, m_database.path()));
    return false;
}

// ---- writing -------------------------------------------------------------------------------

qint64 PostStore::save(Post &post)
{
    const QString operation = post.id == 0 ? tr("Could not save the new post")
                                           : tr("Could not save post %1").arg(post.id);
    if (!ensureOpen(operation))
        return 0;

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        fail(operation, transaction.lastError());
        return 0;
    }

    Post saved = post; // `post` changes only once everything is committed
    const QDateTime now = m_clock.nowUtc();
    saved.updatedAt = now;
    QSqlQuery query(db);
    const QVariantList fields = {postTypeKey(saved.type),
                                 text(saved.caption),
                                 text(saved.title),
                                 saved.isAigc ? 1 : 0,
                                 saved.plannedAt ? millisOrNull(*saved.plannedAt)
                                                 : QVariant(QMetaType::fromType<qint64>()),
                                 handOverKey(saved.handOver),
                                 postStateKey(saved.state),
                                 text(saved.serverPostId),
                                 text(saved.lastError),
                                 now.toMSecsSinceEpoch()};
    QList<qint64> previousMediaRows;
    if (saved.id == 0) {
        saved.createdAt = now;
        saved.revision = 1;
        QVariantList binds = fields;
        binds << now.toMSecsSinceEpoch();
        if (!execOrFail(query,
                        QStringLiteral("INSERT INTO posts (type, caption, title, is_aigc, "
                                       "planned_at, hand_over, state, server_post_id, "
                                       "last_error, updated_at, created_at, revision) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                        binds, operation))
            return 0;
        saved.id = query.lastInsertId().toLongLong();
    } else {
        // One statement checks and writes: only an editable row at the expected revision.
        QVariantList binds = fields;
        binds << saved.id << saved.revision;
        if (!execOrFail(query,
                        QStringLiteral("UPDATE posts SET type = ?, caption = ?, title = ?, "
                                       "is_aigc = ?, planned_at = ?, hand_over = ?, "
                                       "state = ?, server_post_id = ?, last_error = ?, "
                                       "updated_at = ?, revision = revision + 1 "
                                       "WHERE id = ? AND revision = ? AND state IN ")
                            + editableStatesSql()
                            + QStringLiteral(" RETURNING revision, created_at"),
                        binds, operation))
            return 0;
        if (!query.next()) {
            query.finish();
            fail(tr("%1: %2").arg(operation, saveRefusalReason(saved.id, saved.revision)));
            return 0;
        }
        saved.revision = query.value(0).toLongLong();
        saved.createdAt = fromMillis(query.value(1));
        query.finish();

        if (!execOrFail(query, QStringLiteral("SELECT media_row FROM post_media WHERE post_id = ?"),
                        {saved.id}, operation))
            return 0;
        while (query.next())
            previousMediaRows.append(query.value(0).toLongLong());
        for (const QString &sql : {QStringLiteral("DELETE FROM post_accounts WHERE post_id = ?"),
                                   QStringLiteral("DELETE FROM post_media WHERE post_id = ?")}) {
            if (!execOrFail(query, sql, {saved.id}, operation))
                return 0;
        }
    }

    if (!writeChildren(query, saved)) {
        fail(operation, query.lastError());
        return 0;
    }

    // Media rows this post dropped and no other post uses.
    for (qint64 row : std::as_const(previousMediaRows)) {
        if (std::any_of(saved.media.cbegin(), saved.media.cend(),
                        [row](const PostMedia &m) { return m.id == row; }))
            continue;
        if (!execOrFail(query,
                        QStringLiteral("DELETE FROM media WHERE id = ? AND NOT EXISTS "
                                       "(SELECT 1 FROM post_media WHERE media_row = ?)"),
                        {row, row}, operation))
            return 0;
    }

    if (!commitOrFail(transaction, operation))
        return 0;
    post = saved;
    return post.id;
}

QString PostStore::saveRefusalReason(qint64 id, qint64 revision)
{
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, QStringLiteral("SELECT state, revision FROM posts WHERE id = ?"),
                        {id}))
        return query.lastError().text();
    if (!query.next())
        return tr("it no longer exists (it was deleted).");
    const std::optional<PostState> state = postStateFromKey(query.value(0).toString());
    if (!state || !isEditableState(*state))
        return tr("its state is now \"%1\", so it can no longer be changed here.")
            .arg(postDisplayStateName(state ? toDisplayState(*state)
                                            : PostDisplayState::NeedsAttention));
    if (query.value(1).toLongLong() != revision)
        return tr("it was changed elsewhere since it was opened (for example by the outbox). "
                  "Reload it and apply the change again.");
    return tr("it was not found.");
}

bool PostStore::writeChildren(QSqlQuery &query, Post &post)
{
    for (qsizetype i = 0; i < post.accounts.size(); ++i) {
        const PostAccount &account = post.accounts.at(i);
        if (!prepareAndExec(query,
                            QStringLiteral("INSERT INTO post_accounts (post_id, position, "
                                           "account_id, caption_override, title_override) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {post.id, i, text(account.accountId), text(account.captionOverride),
                             text(account.titleOverride)}))
            return false;
    }

    for (qsizetype i = 0; i < post.media.size(); ++i) {
        PostMedia &media = post.media[i];
        const QVariantList file = {text(media.path),         media.size,       text(media.sha256),
                                   mediaKindKey(media.kind), media.width,      media.height,
                                   media.durationSeconds,    text(media.codec)};
        bool updated = false;
        if (media.id != 0) {
            // An existing row keeps its recorded upload when this copy knows none and the bytes
            // are the same (the outbox may have uploaded since the copy was made); new bytes
            // drop it (the old upload is of another file).
            QVariantList binds = file;
            binds << media.sha256 << text(media.mediaId) << text(media.mediaId) << media.sha256
                  << text(media.mediaId) << millisOrNull(media.uploadedAt) << media.id;
            if (!prepareAndExec(
                    query,
                    QStringLiteral(
                        "UPDATE media SET path = ?, size = ?, sha256 = ?, kind = ?, width = ?, "
                        "height = ?, duration_seconds = ?, codec = ?, "
                        "media_id = CASE WHEN sha256 = ? AND ? = '' THEN media_id ELSE ? END, "
                        "uploaded_at = CASE WHEN sha256 = ? AND ? = '' THEN uploaded_at ELSE ? END "
                        "WHERE id = ? RETURNING media_id, uploaded_at"),
                    binds))
                return false;
            if (query.next()) {
                updated = true;
                media.mediaId = query.value(0).toString();
                media.uploadedAt = fromMillis(query.value(1));
            }
            query.finish();
        }
        if (!updated) { // new, or its row was removed meanwhile
            QVariantList binds = file;
            binds << text(media.mediaId) << millisOrNull(media.uploadedAt);
            if (!prepareAndExec(query,
                                QStringLiteral("INSERT INTO media (path, size, sha256, kind, "
                                               "width, height, duration_seconds, codec, "
                                               "media_id, uploaded_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                binds))
                return false;
            media.id = query.lastInsertId().toLongLong();
        }
        if (!prepareAndExec(query,
                            QStringLiteral("INSERT INTO post_media (post_id, position, media_row) "
                                           "VALUES (?, ?, ?)"),
                            {post.id, i, media.id}))
            return false;
    }
    return true;
}

bool PostStore::remove(qint64 id)
{
    const QString operation = tr("Could not delete post %1").arg(id);
    if (!ensureOpen(operation))
        return false;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        fail(operation, transaction.lastError());
        return false;
    }
    QSqlQuery query(db);
    QList<qint64> mediaRows;
    if (!execOrFail(query, QStringLiteral("SELECT media_row FROM post_media WHERE post_id = ?"),
                    {id}, operation))
        return false;
    while (query.next())
        mediaRows.append(query.value(0).toLongLong());
    // post_accounts and post_media go with the post (ON DELETE CASCADE).
    if (!execOrFail(query, QStringLiteral("DELETE FROM posts WHERE id = ?"), {id}, operation))
        return false;
    if (query.numRowsAffected() == 0) {
        fail(tr("%1: there is no such post.").arg(operation));
        return false;
    }
    for (qint64 row : std::as_const(mediaRows)) {
        if (!execOrFail(query,
                        QStringLiteral("DELETE FROM media WHERE id = ? AND NOT EXISTS "
                                       "(SELECT 1 FROM post_media WHERE media_row = ?)"),
                        {row, row}, operation))
            return false;
    }
    if (!commitOrFail(transaction, operation))
        return false;
    return true;
}

bool PostStore::setState(qint64 id, PostState state, const QString &lastError,
                         const QString &serverPostId)
{
    const QString operation = tr("Could not mark post %1 as \"%2\"")
                                  .arg(id)
                                  .arg(postDisplayStateName(toDisplayState(state)));
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(m_database.connection());
    if (!execOrFail(query,
                    QStringLiteral("UPDATE posts SET state = ?, last_error = ?, "
                                   "server_post_id = CASE WHEN ? = '' THEN server_post_id "
                                   "ELSE ? END, updated_at = ?, revision = revision + 1 "
                                   "WHERE id = ?"),
                    {postStateKey(state), text(lastError), text(serverPostId), text(serverPostId),
                     m_clock.nowUtc().toMSecsSinceEpoch(), id},
                    operation))
        return false;
    if (query.numRowsAffected() == 0) {
        fail(tr("%1: there is no such post.").arg(operation));
        return false;
    }
    return true;
}

bool PostStore::setMediaUploaded(qint64 mediaRowId, const QString &mediaId, const QDateTime &atUtc)
{
    const QString operation = tr("Could not record the upload of media %1").arg(mediaRowId);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(m_database.connection());
    if (!execOrFail(query,
                    QStringLiteral("UPDATE media SET media_id = ?, uploaded_at = ? WHERE id = ?"),
                    {text(mediaId), millisOrNull(atUtc), mediaRowId}, operation))
        return false;
    if (query.numRowsAffected() == 0) {
        fail(tr("%1: there is no such media row.").arg(operation));
        return false;
    }
    return true;
}

bool PostStore::setMediaHash(qint64 mediaRowId, const QString &sha256)
{
    const QString operation = tr("Could not record the content hash of media %1").arg(mediaRowId);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(m_database.connection());
    if (!execOrFail(query, QStringLiteral("UPDATE media SET sha256 = ? WHERE id = ?"),
                    {text(sha256), mediaRowId}, operation))
        return false;
    return true;
}

bool PostStore::recordUpload(const QString &host, const QString &sha256, const QString &mediaId,
                             const QDateTime &atUtc)
{
    const QString operation = tr("Could not record an upload to %1").arg(host);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(m_database.connection());
    if (!execOrFail(
            query,
            QStringLiteral("INSERT OR REPLACE INTO uploads (host, sha256, media_id, uploaded_at) "
                           "VALUES (?, ?, ?, ?)"),
            {text(host), text(sha256), text(mediaId), millisOrNull(atUtc)}, operation))
        return false;
    return true;
}

std::optional<QString> PostStore::findUpload(const QString &host, const QString &sha256)
{
    const QString operation = tr("Could not look up an earlier upload");
    if (!ensureOpen(operation) || sha256.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT media_id FROM uploads WHERE host = ? AND sha256 = ?"),
                    {text(host), text(sha256)}, operation))
        return std::nullopt;
    m_lastError.clear();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<QString> PostStore::findMediaIdBySha256(const QString &sha256)
{
    if (!ensureOpen(tr("Could not look up an earlier upload")) || sha256.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT media_id FROM media WHERE sha256 = ? AND "
                                   "media_id <> '' ORDER BY uploaded_at DESC, id DESC LIMIT 1"),
                    {sha256}, tr("Could not look up an earlier upload")))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool PostStore::saveAccounts(const QList<Account> &accounts)
{
    const QString operation = tr("Could not keep the list of accounts");
    if (!ensureOpen(operation))
        return false;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()) {
        fail(operation, transaction.lastError());
        return false;
    }
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

QList<Account> PostStore::cachedAccounts()
{
    const QString operation = tr("Could not read the list of accounts");
    QList<Account> accounts;
    if (!ensureOpen(operation))
        return accounts;
    QSqlQuery query(m_database.connection());
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

QStringList PostStore::knownHashtags(int limit)
{
    const QString operation = tr("Could not collect earlier hashtags");
    if (!ensureOpen(operation) || limit <= 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execOrFail(query,
                    QStringLiteral("SELECT caption FROM posts WHERE caption LIKE '%#%' "
                                   "UNION ALL SELECT caption_override FROM post_accounts "
                                   "WHERE caption_override LIKE '%#%'"),
                    {}, operation))
        return {};
    static const QRegularExpression hashtag(QStringLiteral("#(\\w+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    struct Tally
    {
        QString spelling;
        int count = 0;
    };
    QHash<QString, Tally> tally;
    while (query.next()) {
        const QString caption = query.value(0).toString();
        for (auto it = hashtag.globalMatch(caption); it.hasNext();) {
            const QString tag = it.next().captured(0);
            Tally &entry = tally[tag.toCaseFolded()];
            if (entry.spelling.isEmpty())
                entry.spelling = tag;
            ++entry.count;
        }
    }
    QList<Tally> sorted = tally.values();
    std::sort(sorted.begin(), sorted.end(), [](const Tally &a, const Tally &b) {
        return a.count != b.count ? a.count > b.count
                                  : a.spelling.compare(b.spelling, Qt::CaseInsensitive) < 0;
    });
    QStringList tags;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, sorted.size()); ++i)
        tags.append(sorted.at(i).spelling);
    return tags;
}

// ---- reading -------------------------------------------------------------------------------

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

QList<Post> PostStore::withStates(const QList<PostState> &states)
{
    if (states.isEmpty()) {
        m_lastError.clear();
        return {};
    }
    QVariantList binds;
    for (PostState state : states)
        binds.append(postStateKey(state));
    // SQLite sorts NULL first: "post now" posts lead.
    return query({QStringLiteral("state IN (%1)").arg(placeholders(states.size())), binds,
                  QStringLiteral("planned_at, id")},
                 tr("Could not load the posts to send"));
}

QList<Post> PostStore::drafts(const QString &search)
{
    return this->search({PostState::Draft}, search);
}

QList<Post> PostStore::search(const QList<PostState> &states, const QString &text)
{
    Filter filter{QStringLiteral("1 = 1"), {}, QStringLiteral("updated_at DESC, id DESC")};
    if (!states.isEmpty()) {
        QStringList marks;
        for (PostState state : states) {
            marks.append(QStringLiteral("?"));
            filter.binds << postStateKey(state);
        }
        filter.where =
            QStringLiteral("state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        filter.where +=
            QStringLiteral(" AND (caption LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')");
        filter.binds << pattern << pattern;
    }
    return query(filter, tr("Could not load the posts"));
}

QList<Post> PostStore::query(const Filter &filter, const QString &operation)
{
    if (!ensureOpen(operation))
        return {};
    const QSqlDatabase db = m_database.connection();

    // A read transaction makes the three queries see one snapshot (WAL: a write from another
    // connection cannot slip in between and leave a post without its children).
    QSqlQuery control(db);
    if (!control.exec(QStringLiteral("BEGIN"))) {
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
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndExec(query,
                        QStringLiteral("SELECT id, type, caption, title, is_aigc, planned_at, "
                                       "hand_over, state, server_post_id, last_error, created_at, "
                                       "updated_at, revision FROM posts WHERE ")
                            + filter.where + QStringLiteral(" ORDER BY ") + filter.orderBy,
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
        indexById.insert(post.id, posts.size());
        posts.append(std::move(post));
    }
    query.finish();
    if (posts.isEmpty())
        return std::nullopt;

    const QString parents =
        QStringLiteral("(SELECT id FROM posts WHERE ") + filter.where + QLatin1Char(')');
    if (!prepareAndExec(query,
                        QStringLiteral("SELECT post_id, account_id, caption_override, "
                                       "title_override FROM post_accounts WHERE post_id IN ")
                            + parents + QStringLiteral(" ORDER BY post_id, position"),
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

    if (!prepareAndExec(query,
                        QStringLiteral("SELECT pm.post_id, m.id, m.path, m.size, m.sha256, m.kind, "
                                       "m.width, m.height, m.duration_seconds, m.codec, "
                                       "m.media_id, m.uploaded_at FROM post_media pm "
                                       "JOIN media m ON m.id = pm.media_row WHERE pm.post_id IN ")
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
        posts[index].media.append(std::move(media));
    }
    query.finish();
    return std::nullopt;
}

} // namespace tokdeck
