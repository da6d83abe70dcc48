// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Migrations.h"

#include "support/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tokdeck {

namespace {

// Step N turns a version N-1 database into version N. Times are stored as milliseconds since
// the epoch, UTC (INTEGER: compact, indexable, no time-zone parsing); planned_at NULL means
// "post now". Text columns are NOT NULL DEFAULT '' so "no override" has one spelling.
const QStringList &stepStatements(int version)
{
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
    static const QStringList none;
    switch (version) {
    case 1:
        return v1;
    case 2:
        return v2;
    case 3:
        return v3;
    default:
        return none;
    }
}

} // namespace

std::optional<int> Migrations::schemaVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

QString Migrations::newerVersionMessage(const QString &path, int version)
{
    return tr("The database %1 was written by a newer version of Tokdeck (schema %2; this version "
              "knows up to %3). Update Tokdeck to open it; the file was left untouched.")
        .arg(path)
        .arg(version)
        .arg(latestVersion);
}

Migrations::Result Migrations::migrate(const QSqlDatabase &constDb, int targetVersion)
{
    QSqlDatabase db = constDb; // a handle copy: transaction() is not const
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

    for (int version = *current + 1; version <= std::min(targetVersion, latestVersion); ++version) {
        if (!db.transaction()) {
            result.error = tr("Could not upgrade the database %1 to version %2: %3")
                               .arg(db.databaseName())
                               .arg(version)
                               .arg(db.lastError().text());
            qCWarning(lcStorage).noquote() << result.error;
            return result;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : stepStatements(version)) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        // PRAGMA user_version writes the file header inside the same transaction, so the
        // version and the schema change commit (or roll back) together. A pragma takes no bound
        // parameters; the number is ours, not input.
        if (ok)
            ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (ok)
            ok = db.commit();
        if (!ok) {
            const QSqlError sqlError =
                query.lastError().isValid() ? query.lastError() : db.lastError();
            const QString reason =
                sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
            db.rollback();
            result.error = tr("Could not upgrade the database %1 from version %2 to %3: %4")
                               .arg(db.databaseName())
                               .arg(version - 1)
                               .arg(version)
                               .arg(reason);
            qCWarning(lcStorage).noquote() << result.error;
            return result;
        }
        result.toVersion = version;
        qCInfo(lcStorage) << "database schema upgraded to version" << version;
    }
    return result;
}

} // namespace tokdeck
