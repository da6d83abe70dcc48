// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/Post.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace tokdeck {

class Database;
class Transaction;

// Posts, their accounts and media, and the accounts cache, over one open Database, on the
// Database's thread (in the app: the StorageWorker's). Every multi-row write is one transaction.
//
// Failures are values: a call returns 0 / false / nullopt / an empty list and lastError() holds
// a translated sentence naming the operation (also logged to tokdeck.storage). lastError() is
// cleared at the start of every call, so "empty list + empty lastError()" means "none found".
// Destroy the PostStore before its Database.
class PostStore
{
    Q_DECLARE_TR_FUNCTIONS(PostStore)
    Q_DISABLE_COPY_MOVE(PostStore)

public:
    explicit PostStore(Database &database, const Clock &clock = Clock::system());
    ~PostStore();

    // Inserts (id == 0) or updates the whole post (accounts and media rows included) in one
    // transaction. On success fills id, media row ids, createdAt, updatedAt, revision and keeps
    // any upload already recorded for unchanged media (a stale copy never forgets a mediaId);
    // returns the id. On failure returns 0 and leaves `post` untouched.
    // An update is refused when the stored post is no longer editable (uploading or handed over)
    // or when post.revision is not the stored one (the outbox or another window changed it since
    // this copy was loaded): reload, then reapply the edit.
    qint64 save(Post &post);
    std::optional<Post> load(qint64 id); // nullopt: not found (lastError() empty) or failure
    bool remove(qint64 id);              // also deletes media rows no other post uses

    // Posts with fromUtc <= plannedAt < toUtc (half-open, so months tile), by plannedAt then id.
    QList<Post> inRange(const QDateTime &fromUtc, const QDateTime &toUtc);
    // Posts in any of the states, "post now" ones first, then by plannedAt, then id.
    QList<Post> withStates(const QList<PostState> &states);
    // Drafts, most recently edited first; `search` filters caption and title (LIKE: case folding
    // only for ASCII).
    QList<Post> drafts(const QString &search = {});
    // Posts in any of `states` (all when empty), most recently edited first, filtered like
    // drafts().
    QList<Post> search(const QList<PostState> &states, const QString &text = {});

    // One UPDATE, written by the outbox before each network step. lastError replaces the stored
    // one (empty clears it); an empty serverPostId keeps the stored one. Bumps the revision.
    bool setState(qint64 id, PostState state, const QString &lastError = {},
                  const QString &serverPostId = {});
    bool setMediaUploaded(qint64 mediaRowId, const QString &mediaId, const QDateTime &atUtc);
    // Records a media file's content hash (computed by the outbox before uploading), so later
    // posts of the same content reuse its upload.
    bool setMediaHash(qint64 mediaRowId, const QString &sha256);
    // Uploads by API host and content: reuse only what the same server issued.
    bool recordUpload(const QString &host, const QString &sha256, const QString &mediaId,
                      const QDateTime &atUtc);
    std::optional<QString> findUpload(const QString &host, const QString &sha256);
    // An earlier upload of the same bytes, to reuse instead of uploading again (newest first).
    std::optional<QString> findMediaIdBySha256(const QString &sha256);

    // The /social-accounts answer, kept for offline start-up; replaces the previous list.
    bool saveAccounts(const QList<Account> &accounts);
    QList<Account> cachedAccounts();

    // Hashtags of earlier captions (shared and per-account), most used first, "#tag" spelled as
    // first seen; matched case-insensitively, as TikTok does.
    QStringList knownHashtags(int limit);

    QString lastError() const { return m_lastError; }

private:
    struct Filter
    {
        QString where; // SQL over posts' columns with ? placeholders; never a value
        QVariantList binds;
        QString orderBy;
    };
    QList<Post> query(const Filter &filter, const QString &operation);
    static std::optional<QSqlError> readPosts(const QSqlDatabase &db, const Filter &filter,
                                              QList<Post> &posts);
    bool writeChildren(QSqlQuery &query, Post &post);
    QString saveRefusalReason(qint64 id, qint64 revision);
    bool ensureOpen(const QString &operation);
    // Run one statement / commit; on failure record "<operation>: <SQLite's reason>" and say false.
    bool execOrFail(QSqlQuery &query, const QString &sql, const QVariantList &binds,
                    const QString &operation);
    bool commitOrFail(Transaction &transaction, const QString &operation);
    void fail(const QString &operation, const QSqlError &error);
    void fail(const QString &message);

    Database &m_database;
    const Clock &m_clock;
    QString m_lastError;
};

} // namespace tokdeck
