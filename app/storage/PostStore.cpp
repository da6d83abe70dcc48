// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PostStore.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "storage/VersionStore.h"

#include <QSqlQuery>
#include <algorithm>

namespace tokdeck {

using namespace sql;

namespace {

QString editableStatesSql()
{
    return QStringLiteral("('%1', '%2', '%3')")
        .arg(postStateKey(PostState::Draft), postStateKey(PostState::Ready),
             postStateKey(PostState::Failed));
}

} // namespace

PostStore::PostStore(StoreContext &context)
    : StoreBase(context)
{}

qint64 PostStore::saveContent(Post &post)
{
    const QString operation = post.id == 0 ? tr("Could not save the new post")
                                           : tr("Could not save post %1").arg(post.id);
    if (!ensureOpen(operation))
        return 0;

    Transaction transaction(connection());
    if (!beginOrFail(transaction, operation))
        return 0;
    Post saved = post; // `post` changes only once everything is committed
    if (!writeContent(saved, operation) || !commitOrFail(transaction, operation))
        return 0;
    announce(saved.id);
    post = saved;
    return post.id;
}

bool PostStore::writeContent(Post &saved, const QString &operation)
{
    const QDateTime now = nowUtc();
    saved.updatedAt = now;
    saved.updatedBy = currentMember(connection()); // named when someone else's save is refused
    QSqlQuery query(connection());
    const QVariantList content = {postTypeKey(saved.type),
                                  text(saved.caption),
                                  text(saved.title),
                                  saved.isAigc ? 1 : 0,
                                  saved.plannedAt ? millisOrNull(*saved.plannedAt)
                                                  : QVariant(QMetaType::fromType<qint64>()),
                                  handOverKey(saved.handOver),
                                  now.toMSecsSinceEpoch(),
                                  saved.updatedBy};
    QList<qint64> previousMediaRows;
    if (saved.id == 0) {
        saved.createdAt = now;
        saved.revision = 1;
        QVariantList binds = content;
        binds << now.toMSecsSinceEpoch() << postStateKey(saved.state) << text(saved.serverPostId)
              << text(saved.lastError) << text(saved.apiHost);
        if (!execOrFail(
                query,
                QStringLiteral("INSERT INTO posts (type, caption, title, is_aigc, "
                               "planned_at, hand_over, updated_at, updated_by, created_at, "
                               "state, server_post_id, last_error, api_host, revision) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                binds, operation)
            || !query.next())
            return false;
        saved.id = query.value(0).toLongLong();
        query.finish();
    } else {
        // One statement checks and writes: only an editable row at the expected revision.
        QVariantList binds = content;
        binds << saved.id << saved.revision;
        if (!execOrFail(query,
                        QStringLiteral("UPDATE posts SET type = ?, caption = ?, title = ?, "
                                       "is_aigc = ?, planned_at = ?, hand_over = ?, "
                                       "updated_at = ?, updated_by = ?, "
                                       "revision = revision + 1 "
                                       "WHERE id = ? AND revision = ? AND state IN ")
                            + editableStatesSql()
                            + QStringLiteral(" RETURNING revision, created_at, state, "
                                             "last_error, server_post_id"),
                        binds, operation))
            return false;
        if (!query.next()) {
            query.finish();
            fail(tr("%1: %2").arg(operation, refusalReason(saved.id, saved.revision)));
            return false;
        }
        saved.revision = query.value(0).toLongLong();
        saved.createdAt = fromMillis(query.value(1));
        // The state is the store's, not this copy's: report what is stored.
        saved.state = postStateFromKey(query.value(2).toString()).value_or(saved.state);
        saved.lastError = query.value(3).toString();
        saved.serverPostId = query.value(4).toString();
        query.finish();

        if (!execOrFail(query, QStringLiteral("SELECT media_row FROM post_media WHERE post_id = ?"),
                        {saved.id}, operation))
            return false;
        while (query.next())
            previousMediaRows.append(query.value(0).toLongLong());
        for (const QString &sql : {QStringLiteral("DELETE FROM post_accounts WHERE post_id = ?"),
                                   QStringLiteral("DELETE FROM post_media WHERE post_id = ?")}) {
            if (!execOrFail(query, sql, {saved.id}, operation))
                return false;
        }
    }

    // The caption and title history commits with the save, or not at all.
    if (!writeChildren(query, saved)
        || !VersionStore::record(query, saved.id, saved.caption, saved.title, now)) {
        fail(operation, query.lastError());
        return false;
    }
    // Media rows this post dropped and no other post uses.
    previousMediaRows.removeIf([&saved](qint64 row) {
        return std::any_of(saved.media.cbegin(), saved.media.cend(),
                           [row](const PostMedia &m) { return m.id == row; });
    });
    return dropUnusedMedia(query, previousMediaRows, operation);
}

qint64 PostStore::movePlannedAt(qint64 id, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const QString operation = tr("Could not move post %1").arg(id);
    if (!ensureOpen(operation))
        return 0;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("UPDATE posts SET planned_at = ?, updated_at = ?, "
                                   "updated_by = ?, revision = revision + 1 WHERE id = ? "
                                   "AND planned_at = ? AND state IN ")
                        + editableStatesSql() + QStringLiteral(" RETURNING revision"),
                    {millisOrNull(toUtc), nowUtc().toMSecsSinceEpoch(), currentMember(connection()),
                     id, millisOrNull(fromUtc)},
                    operation))
        return 0;
    if (!query.next()) {
        query.finish();
        fail(tr("%1: %2").arg(operation, moveRefusalReason(id)));
        return 0;
    }
    const qint64 revision = query.value(0).toLongLong();
    query.finish();
    announce(id);
    return revision;
}

QString PostStore::moveRefusalReason(qint64 id)
{
    QSqlQuery query(connection());
    if (!prepareAndExec(query, QStringLiteral("SELECT state FROM posts WHERE id = ?"), {id}))
        return query.lastError().text();
    if (!query.next())
        return tr("it no longer exists (it was deleted).");
    const std::optional<PostState> state = postStateFromKey(query.value(0).toString());
    if (!state || !isEditableState(*state))
        return tr("its state is now \"%1\", so it can no longer be moved.")
            .arg(postDisplayStateName(state ? toDisplayState(*state)
                                            : PostDisplayState::NeedsAttention));
    return tr("it was moved elsewhere meanwhile (in another window or by tokdeck-cli).");
}

QString PostStore::inReviewReason(qint64 id)
{
    // Who submitted it, from the audit trail: the person to talk to besides an approver.
    QSqlQuery query(connection());
    QString submitter;
    if (prepareAndExec(query,
                       QStringLiteral("SELECT member FROM post_audit WHERE post_id = ? AND "
                                      "to_state = ? ORDER BY id DESC LIMIT 1"),
                       {id, postStateKey(PostState::InReview)})
        && query.next())
        submitter = query.value(0).toString();
    if (submitter.isEmpty())
        return tr("post %1 is in review, so it is locked for editing. Ask an approver of your "
                  "team to approve it or to reject it (it comes back as a draft), or withdraw "
                  "it from review to edit it again.")
            .arg(id);
    return tr("post %1 is in review (submitted by %2), so it is locked for editing. Ask an "
              "approver of your team to approve it or to reject it (it comes back as a draft), "
              "or ask %2 to withdraw it from review.")
        .arg(id)
        .arg(submitter);
}

QString PostStore::refusalReason(qint64 id, qint64 revision)
{
    QSqlQuery query(connection());
    if (!prepareAndExec(
            query, QStringLiteral("SELECT state, revision, updated_by FROM posts WHERE id = ?"),
            {id}))
        return query.lastError().text();
    if (!query.next())
        return tr("it no longer exists (it was deleted).");
    const std::optional<PostState> state = postStateFromKey(query.value(0).toString());
    if (state == PostState::InReview)
        return inReviewReason(id);
    if (!state || !isEditableState(*state))
        return tr("its state is now \"%1\", so it can no longer be changed here.")
            .arg(postDisplayStateName(state ? toDisplayState(*state)
                                            : PostDisplayState::NeedsAttention));
    const QString by = query.value(2).toString();
    if (query.value(1).toLongLong() != revision && !by.isEmpty()
        && by != currentMember(connection()))
        return changedByRefusal(by);
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
        const QVariantList file = {
            text(media.path),         media.size,        text(media.sha256),
            mediaKindKey(media.kind), media.width,       media.height,
            media.durationSeconds,    text(media.codec), text(media.sourcePath)};
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
                        "height = ?, duration_seconds = ?, codec = ?, source_path = ?, "
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
            if (!prepareAndExec(
                    query,
                    QStringLiteral("INSERT INTO media (path, size, sha256, kind, "
                                   "width, height, duration_seconds, codec, "
                                   "source_path, media_id, uploaded_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    binds)
                || !query.next())
                return false;
            media.id = query.value(0).toLongLong();
            query.finish();
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
    Transaction transaction(connection());
    if (!beginOrFail(transaction, operation))
        return false;
    QSqlQuery query(connection());
    QList<qint64> mediaRows;
    if (!execOrFail(query, QStringLiteral("SELECT media_row FROM post_media WHERE post_id = ?"),
                    {id}, operation))
        return false;
    while (query.next())
        mediaRows.append(query.value(0).toLongLong());
    // post_accounts and post_media go with the post (ON DELETE CASCADE). The state check is in
    // the statement itself, so a runner claiming the post a moment earlier always wins.
    if (!execOrFail(query, QStringLiteral("DELETE FROM posts WHERE id = ? AND state NOT IN (?, ?)"),
                    {id, postStateKey(PostState::Uploading), postStateKey(PostState::Submitting)},
                    operation))
        return false;
    if (query.numRowsAffected() == 0) {
        if (!execOrFail(query, QStringLiteral("SELECT state FROM posts WHERE id = ?"), {id},
                        operation))
            return false;
        if (!query.next()) {
            fail(tr("%1: there is no such post.").arg(operation));
            return false;
        }
        const std::optional<PostState> state = postStateFromKey(query.value(0).toString());
        query.finish();
        fail(tr("%1: it is being sent to Crosspostify right now (\"%2\"). Cancel its upload, or "
                "wait until it is scheduled or has failed, then delete it.")
                 .arg(operation, postDisplayStateName(state ? toDisplayState(*state)
                                                            : PostDisplayState::NeedsAttention)));
        return false;
    }
    if (!dropUnusedMedia(query, mediaRows, operation) || !commitOrFail(transaction, operation))
        return false;
    announce(id);
    return true;
}

std::optional<Post> PostStore::duplicate(qint64 id)
{
    const QString operation = tr("Could not duplicate post %1").arg(id);
    std::optional<Post> copy = load(id);
    if (!copy) {
        if (lastError().isEmpty())
            fail(tr("%1: there is no such post.").arg(operation));
        return std::nullopt;
    }
    // A fresh draft: nothing of the original's life comes along (its server id belongs to the
    // original's create call, its error to the original's attempt).
    copy->id = 0;
    copy->revision = 0;
    copy->state = PostState::Draft;
    copy->serverPostId.clear();
    copy->lastError.clear();
    copy->tiktokUrl.clear();
    copy->accountResults.clear(); // what Crosspostify said was about the original's hand-over
    copy->apiHost.clear();        // a new draft: bound to a server when it is published
    // The media rows are shared, not copied: a row is shared by every post that uses it, so the
    // copy reuses the original's uploads (Crosspostify lets a mediaId be used by later posts)
    // instead of sending the same bytes again, and removing either post keeps the rows the
    // other still uses (dropUnusedMedia). A file added to the copy later gets a row of its own.
    // Not one transaction with the load: a change to the original in between only means the
    // copy shows the content as it was when loaded.
    if (saveContent(*copy) == 0)
        return std::nullopt;
    return copy;
}

PostStore::AppliedChanges PostStore::applyToDrafts(const QList<qint64> &ids,
                                                   const DraftChanges &changes)
{
    AppliedChanges result;
    const QList<Post> found = loadMany(ids);
    if (!lastError().isEmpty())
        return result;
    result.skipped = int(ids.size() - found.size()); // deleted meanwhile
    for (Post post : found) {
        if (post.state != PostState::Draft) {
            ++result.skipped;
            continue;
        }
        if (changes.caption)
            post.caption = *changes.caption;
        if (changes.setsSchedule) {
            post.plannedAt = changes.plannedAt;
            post.handOver = changes.handOver;
        }
        if (changes.accountIds) {
            QList<PostAccount> accounts;
            for (const QString &id : *changes.accountIds) {
                const auto kept = std::find_if(
                    post.accounts.cbegin(), post.accounts.cend(),
                    [&id](const PostAccount &account) { return account.accountId == id; });
                accounts.append(kept != post.accounts.cend() ? *kept : PostAccount{id, {}, {}});
            }
            post.accounts = accounts;
        }
        if (saveContent(post) != 0) {
            result.changed.append(post.id);
        } else {
            // Refused (published or edited elsewhere between the load and the save): one
            // more skipped, not a failure of the others.
            ++result.skipped;
            clearError();
        }
    }
    return result;
}

bool PostStore::dropUnusedMedia(QSqlQuery &query, const QList<qint64> &rows,
                                const QString &operation)
{
    for (qint64 row : rows) {
        if (!execOrFail(
                query,
                QStringLiteral("DELETE FROM media WHERE id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM post_media WHERE media_row = ?) AND EXISTS "
                               "(SELECT 1 FROM media o WHERE o.id <> media.id AND "
                               "((media.sha256 <> '' AND o.sha256 = media.sha256) OR "
                               "(media.sha256 = '' AND o.sha256 = '' AND o.path = media.path)))"),
                {row, row}, operation))
            return false;
    }
    return true;
}

} // namespace tokdeck
