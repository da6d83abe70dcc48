// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Migrations.h"

#include "storage/MigrationsNotify.h"
#include "storage/MigrationsOffline.h"
#include "storage/MigrationsTeam.h"
#include "storage/SqlDialect.h"
#include "support/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tokdeck {

namespace {

// Step N turns a version N-1 database into version N. Times are stored as milliseconds since
// the epoch, UTC (INTEGER: compact, indexable, no time-zone parsing); planned_at NULL means
// "post now". Text columns are NOT NULL DEFAULT '' so "no override" has one spelling.
// Written in SQLite's dialect; PostgreSQL runs each statement through
// sql::migrationStatement(), except the steps whose PostgreSQL variant follows the SQLite one
// (triggers, full-text search).
QStringList stepStatements(int version, sql::Backend backend)
{
    const bool postgres = backend == sql::Backend::Postgres;
    static const QStringList v1 = {
        QStringLiteral(R"(CREATE TABLE posts (
            id             INTEGER PRIMARY KEY,
            type           TEXT    NOT NULL CHECK (type IN ('video', 'photo', 'slideshow')),
            caption        TEXT    NOT NULL DEFAULT '',
            title          TEXT    NOT NULL DEFAULT '',
            is_aigc        INTEGER NOT NULL DEFAULT 0 CHECK (is_aigc IN (0, 1)),
            planned_at     INTEGER,
            state          TEXT    NOT NULL,
            server_post_id TEXT    NOT NULL DEFAULT '',
            last_error     TEXT    NOT NULL DEFAULT '',
            created_at     INTEGER NOT NULL,
            updated_at     INTEGER NOT NULL))"),
        // The child tables are WITHOUT ROWID, clustered on (post_id, position): one post's rows
        // sit together and come out in order, which is what loading a month of posts reads.
        // account_id is not a foreign key into the accounts cache on purpose: the cache is
        // replaced on every refresh and an account may vanish, but the post must keep it.
        QStringLiteral(R"(CREATE TABLE post_accounts (
            post_id          INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            position         INTEGER NOT NULL,
            account_id       TEXT    NOT NULL CHECK (account_id <> ''),
            caption_override TEXT    NOT NULL DEFAULT '',
            title_override   TEXT    NOT NULL DEFAULT '',
            PRIMARY KEY (post_id, position),
            UNIQUE (post_id, account_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE media (
            id               INTEGER PRIMARY KEY,
            path             TEXT    NOT NULL,
            size             INTEGER NOT NULL DEFAULT 0,
            sha256           TEXT    NOT NULL DEFAULT '',
            kind             TEXT    NOT NULL DEFAULT 'unknown',
            width            INTEGER NOT NULL DEFAULT 0,
            height           INTEGER NOT NULL DEFAULT 0,
            duration_seconds REAL    NOT NULL DEFAULT 0,
            codec            TEXT    NOT NULL DEFAULT '',
            media_id         TEXT    NOT NULL DEFAULT '',
            uploaded_at      INTEGER))"),
        // A media row may be shared by several posts (a duplicated post reuses its upload);
        // RESTRICT keeps a row in use from being deleted under a post.
        QStringLiteral(R"(CREATE TABLE post_media (
            post_id   INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            position  INTEGER NOT NULL CHECK (position >= 0),
            media_row INTEGER NOT NULL REFERENCES media(id) ON DELETE RESTRICT,
            PRIMARY KEY (post_id, position)) WITHOUT ROWID)"),
        // SQLite does not index the child side of a foreign key by itself; without this,
        // every media delete would scan post_media.
        QStringLiteral("CREATE INDEX post_media_media_row ON post_media(media_row)"),
        QStringLiteral(R"(CREATE TABLE accounts (
            id         TEXT    PRIMARY KEY,
            platform   TEXT    NOT NULL,
            name       TEXT    NOT NULL DEFAULT '',
            username   TEXT    NOT NULL DEFAULT '',
            avatar_url TEXT    NOT NULL DEFAULT '',
            position   INTEGER NOT NULL))"),
    };
    static const QStringList v3 = {
        // Which server an upload went to: a mediaId is only good on the host that issued it
        // (the sandbox's ids mean nothing to Crosspostify). Reuse by content is per host.
        QStringLiteral("CREATE TABLE uploads ("
                       " host TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " media_id TEXT NOT NULL,"
                       " uploaded_at INTEGER NOT NULL,"
                       " PRIMARY KEY (host, sha256)) WITHOUT ROWID"),
    };
    static const QStringList v2 = {
        // When a dated post goes to Crosspostify (HandOver); existing posts keep the old rule.
        QStringLiteral("ALTER TABLE posts ADD COLUMN hand_over TEXT NOT NULL DEFAULT 'now' "
                       "CHECK (hand_over IN ('now', 'keep_editable'))"),
        // Bumped on every write of a post: a save from a stale copy is refused, not merged.
        QStringLiteral("ALTER TABLE posts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
        // The calendar's month query, the outbox's state queries, upload reuse by content.
        QStringLiteral("CREATE INDEX posts_planned_at ON posts(planned_at)"),
        QStringLiteral("CREATE INDEX posts_state ON posts(state, updated_at)"),
        QStringLiteral("CREATE INDEX media_sha256 ON media(sha256)"),
    };
    static const QStringList v4 = {
        // Claims with leases: the runner holding a post being sent, and until when. A runner
        // renews its lease while it works; recovery touches only expired ones.
        QStringLiteral("ALTER TABLE posts ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE posts ADD COLUMN lease_until INTEGER"),
        // Which posts changed, in commit order, for every process watching the file: a reader
        // asks for the rows after the last sequence number it saw. Lease renewals are not
        // changes anyone needs to see, so the update trigger names the columns that are.
        QStringLiteral("CREATE TABLE post_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "post_id INTEGER NOT NULL)"),
        QStringLiteral("CREATE TRIGGER posts_changed_insert AFTER INSERT ON posts BEGIN "
                       "INSERT INTO post_changes (post_id) VALUES (NEW.id); END"),
        QStringLiteral("CREATE TRIGGER posts_changed_update AFTER UPDATE OF type, caption, "
                       "title, is_aigc, planned_at, hand_over, state, server_post_id, "
                       "last_error, revision ON posts BEGIN "
                       "INSERT INTO post_changes (post_id) VALUES (NEW.id); END"),
        QStringLiteral("CREATE TRIGGER posts_changed_delete AFTER DELETE ON posts BEGIN "
                       "INSERT INTO post_changes (post_id) VALUES (OLD.id); END"),
        // The API key's rate limits, counted for all processes (ApiCallLedger); account_id ''
        // is a request of the key, otherwise a post creation for that account.
        QStringLiteral("CREATE TABLE api_calls (host TEXT NOT NULL, "
                       "account_id TEXT NOT NULL DEFAULT '', at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX api_calls_window ON api_calls(host, account_id, at)"),
    };
    // The same step on PostgreSQL: one plpgsql function behind the three triggers.
    static const QStringList v4Postgres = {
        v4.at(0),
        v4.at(1),
        v4.at(2),
        QStringLiteral("CREATE FUNCTION posts_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN IF TG_OP = 'DELETE' THEN "
                       "INSERT INTO post_changes (post_id) VALUES (OLD.id); ELSE "
                       "INSERT INTO post_changes (post_id) VALUES (NEW.id); END IF; "
                       "RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER posts_changed_insert AFTER INSERT ON posts "
                       "FOR EACH ROW EXECUTE FUNCTION posts_changed()"),
        QStringLiteral("CREATE TRIGGER posts_changed_update AFTER UPDATE OF type, caption, "
                       "title, is_aigc, planned_at, hand_over, state, server_post_id, "
                       "last_error, revision ON posts FOR EACH ROW EXECUTE FUNCTION "
                       "posts_changed()"),
        QStringLiteral("CREATE TRIGGER posts_changed_delete AFTER DELETE ON posts "
                       "FOR EACH ROW EXECUTE FUNCTION posts_changed()"),
        v4.at(6),
        v4.at(7),
    };
    static const QStringList v5 = {
        // The API host a post is for (Post::apiHost): bound at publish or claim.
        QStringLiteral("ALTER TABLE posts ADD COLUMN api_host TEXT NOT NULL DEFAULT ''"),
    };
    static const QStringList v6 = {
        // Search as you type over every caption and title without reading every post: an
        // external-content FTS5 index (the text lives once, in posts) of words, folding case and
        // accents in every script, with prefix indexes for the first letters typed. (Trigrams
        // would match inside words too, but took 150-500 ms at 100,000 posts for common text.)
        QStringLiteral("CREATE VIRTUAL TABLE posts_fts USING fts5(caption, title, "
                       "content='posts', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"),
        QStringLiteral("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')"),
        QStringLiteral("CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN "
                       "INSERT INTO posts_fts(rowid, caption, title) "
                       "VALUES (NEW.id, NEW.caption, NEW.title); END"),
        QStringLiteral("CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN "
                       "INSERT INTO posts_fts(posts_fts, rowid, caption, title) "
                       "VALUES ('delete', OLD.id, OLD.caption, OLD.title); END"),
        QStringLiteral("CREATE TRIGGER posts_fts_update AFTER UPDATE OF caption, title ON posts "
                       "BEGIN INSERT INTO posts_fts(posts_fts, rowid, caption, title) "
                       "VALUES ('delete', OLD.id, OLD.caption, OLD.title); "
                       "INSERT INTO posts_fts(rowid, caption, title) "
                       "VALUES (NEW.id, NEW.caption, NEW.title); END"),
        // The posts list pages newest-edited first (keyset on updated_at, id) in every filter.
        QStringLiteral("CREATE INDEX posts_updated ON posts(updated_at, id)"),
    };
    // PostgreSQL has no FTS5: search there matches substrings (sql::hasWordIndex()), so the
    // step keeps only the list's index.
    static const QStringList v6Postgres = {v6.last()};
    static const QStringList v7 = {
        // Posting slots per account for the queue (app/planning): the weekly spec as text and
        // the IANA zone its wall-clock times are in. Keyed by account id, not a foreign key
        // into the accounts cache, for the same reason as post_accounts: the cache is replaced
        // on every refresh, the slots must stay.
        QStringLiteral("CREATE TABLE posting_slots ("
                       " account_id TEXT NOT NULL PRIMARY KEY CHECK (account_id <> ''),"
                       " spec TEXT NOT NULL,"
                       " zone TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL) WITHOUT ROWID"),
    };
    static const QStringList v8 = {
        // A ready post Crosspostify refused with a rate limit: not sent again before this time
        // (ms since the epoch, UTC; NULL: at once). Any later state change clears it.
        QStringLiteral("ALTER TABLE posts ADD COLUMN not_before INTEGER"),
    };
    static const QStringList v9 = {
        // What the user saw on TikTok: the URL pasted when marking a post live. The reason of
        // "failed on TikTok" goes to last_error, which already holds every post's "why".
        QStringLiteral("ALTER TABLE posts ADD COLUMN tiktok_url TEXT NOT NULL DEFAULT ''"),
        // Per account, what the create answer said ("scheduled", "queued", or "not_taken" when
        // the answer left the account out). A table of its own, not columns of post_accounts:
        // a content save rewrites those rows, and a post fixed after a partial hand-over must
        // still know which accounts already have it, so a retry does not post twice there.
        QStringLiteral("CREATE TABLE post_account_results ("
                       " post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
                       " account_id TEXT NOT NULL CHECK (account_id <> ''),"
                       " status TEXT NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " PRIMARY KEY (post_id, account_id)) WITHOUT ROWID"),
    };
    static const QStringList v10 = {
        // A fixed copy's original (issue #13): the file the user added, which the copy in
        // fixed/ replaced in the post; '' for a file that is not a fixed copy. Kept so a
        // reopened draft still says "fixed copy, from clip.MOV", and the original is never lost.
        QStringLiteral("ALTER TABLE media ADD COLUMN source_path TEXT NOT NULL DEFAULT ''"),
    };
    static const QStringList v11 = {
        // Recurring posts (SeriesStore): each occurrence is a post of its own, and the posts of
        // one "Repeat..." share a series id so the calendar can say "3 of 8 in a series". Ids
        // come from a table of their own (AUTOINCREMENT never reuses one): the original post's
        // id would do until it is deleted, which must not end the series of its copies. No
        // foreign key from posts: nothing ever deletes a series row.
        QStringLiteral("CREATE TABLE post_series (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " rule TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        QStringLiteral("ALTER TABLE posts ADD COLUMN series_id INTEGER"),
        QStringLiteral("CREATE INDEX posts_series ON posts(series_id) WHERE series_id IS NOT NULL"),
    };
    static const QStringList v12 = {
        // Version history of each post's caption and title (VersionStore): a row per kept
        // version, written in the content save's transaction, at most 50 per post. Not
        // WITHOUT ROWID, so the same statement runs on PostgreSQL.
        QStringLiteral("CREATE TABLE post_versions ("
                       " post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
                       " saved_at INTEGER NOT NULL,"
                       " caption TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " PRIMARY KEY (post_id, saved_at))"),
        // The history starts with what the posts that can still change hold now, so their
        // first edit after the upgrade can be undone; sent posts never change again.
        QStringLiteral("INSERT INTO post_versions (post_id, saved_at, caption, title) "
                       "SELECT id, updated_at, caption, title FROM posts "
                       "WHERE state IN ('draft', 'ready', 'failed') "
                       "AND (caption <> '' OR title <> '')"),
    };
    static const QStringList v13 = {
        // The media library (MediaLibrary) lists one entry per file: a row not yet
        // fingerprinted is the same file as a later row of the same path. Without the index,
        // telling that took a scan of every media row per row listed.
        QStringLiteral("CREATE INDEX media_path ON media(path)"),
    };
    static const QStringList none;
    const QStringList *steps = &none;
    switch (version) {
    case 1:
        steps = &v1;
        break;
    case 2:
        steps = &v2;
        break;
    case 3:
        steps = &v3;
        break;
    case 4:
        steps = postgres ? &v4Postgres : &v4;
        break;
    case 5:
        steps = &v5;
        break;
    case 6:
        steps = postgres ? &v6Postgres : &v6;
        break;
    case 7:
        steps = &v7;
        break;
    case 8:
        steps = &v8;
        break;
    case 9:
        steps = &v9;
        break;
    case 10:
        steps = &v10;
        break;
    case 11:
        steps = &v11;
        break;
    case 12:
        steps = &v12;
        break;
    case 13:
        steps = &v13;
        break;
    case 14:
        return notifyStepStatements(backend);
    case 15:
        steps = &teamStepStatements(backend);
        break;
    case 16:
        steps = &migrations::changedByStep();
        break;
    default:
        break;
    }
    QStringList statements;
    for (const QString &statement : *steps)
        statements.append(sql::migrationStatement(backend, statement));
    return statements;
}

} // namespace

std::optional<int> Migrations::schemaVersion(const QSqlDatabase &db, QString *error)
{
    return sql::readSchemaVersion(db, error);
}

QString Migrations::newerVersionMessage(const QString &path, int version)
{
    return tr("The database %1 was written by a newer version of Tokdeck (schema %2; this version "
              "knows up to %3). Update Tokdeck to open it; the file was left untouched.")
        .arg(path)
        .arg(version)
        .arg(latestVersion);
}

Migrations::Result Migrations::migrate(const QSqlDatabase &db, int targetVersion)
{
    Result result;
    QString error;
    const std::optional<int> current = schemaVersion(db, &error);
    if (!current) {
        result.error = tr("Could not read the schema version of the database %1: %2")
                           .arg(db.databaseName(), error);
        qCWarning(lcStorage).noquote() << result.error;
        return result;
    }
    result.fromVersion = result.toVersion = *current;
    if (*current > latestVersion) {
        result.error = newerVersionMessage(db.databaseName(), *current);
        qCWarning(lcStorage).noquote() << result.error;
        return result;
    }

    if (*current >= std::min(targetVersion, latestVersion))
        return result; // nothing to do: no lock to wait for

    // Released on every return (a session lock outlives a failed step otherwise).
    const sql::Backend backend = sql::backendOf(db);
    struct LadderLock
    {
        const QSqlDatabase &db;
        sql::Backend backend;
        ~LadderLock()
        {
            for (const QString &statement : sql::unlockMigrations(backend))
                QSqlQuery(db).exec(statement);
        }
    } ladderLock{db, backend};
    for (const QString &statement : sql::lockMigrations(backend)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            result.error = tr("Could not upgrade the database %1: %2")
                               .arg(db.databaseName(), query.lastError().text());
            qCWarning(lcStorage).noquote() << result.error;
            return result;
        }
    }
    for (int version = *current + 1; version <= std::min(targetVersion, latestVersion); ++version) {
        // IMMEDIATE takes the write lock before the version is read again inside: of several
        // processes opening one new file at once, the first runs the step and the others,
        // waiting on the lock (busy timeout), find it done. A deferred BEGIN read the version
        // unlocked, and two processes both ran "CREATE TABLE posts".
        // PostgreSQL: the advisory lock does the same for every desktop opening a new database.
        QSqlQuery query(db);
        bool ok = query.exec(sql::beginWrite(backend));
        if (!ok) {
            result.error = tr("Could not upgrade the database %1 to version %2: %3")
                               .arg(db.databaseName())
                               .arg(version)
                               .arg(query.lastError().text());
            qCWarning(lcStorage).noquote() << result.error;
            return result;
        }
        const std::optional<int> inside = schemaVersion(db, &error);
        ok = inside.has_value();
        const bool alreadyDone = ok && *inside >= version;
        if (ok && !alreadyDone) {
            // The version is written inside the same transaction (SQLite: PRAGMA user_version
            // writes the file header), so it and the schema change commit or roll back together.
            for (const QString &statement :
                 stepStatements(version, backend) + sql::writeSchemaVersion(backend, version)) {
                if (!query.exec(statement)) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok)
            ok = query.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            const QString reason = query.lastError().databaseText().isEmpty()
                                       ? (error.isEmpty() ? query.lastError().text() : error)
                                       : query.lastError().databaseText();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            result.error = tr("Could not upgrade the database %1 from version %2 to %3: %4")
                               .arg(db.databaseName())
                               .arg(version - 1)
                               .arg(version)
                               .arg(reason);
            qCWarning(lcStorage).noquote() << result.error;
            return result;
        }
        if (alreadyDone)
            version = std::min(*inside, latestVersion); // another process got there first
        else
            qCInfo(lcStorage) << "database schema upgraded to version" << version;
        result.toVersion = version;
    }
    return result;
}

} // namespace tokdeck
