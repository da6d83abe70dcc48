// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace tokdeck {

// The schema ladder, keyed by `PRAGMA user_version` (the qBittorrent way; on PostgreSQL a
// one-row table, see SqlDialect.h): version N is reached
// by running step N on a version N-1 database, the step's statements and the user_version bump
// in ONE transaction, so a crash or a failing statement leaves the previous version intact.
// Steps are never edited once shipped; a change is a new step. A database from a newer
// Tokdeck is refused, never downgraded.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static constexpr int latestVersion = 16;

    struct Result
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString error; // translated; empty on success

        bool ok() const { return error.isEmpty(); }
    };

    // Reads the schema version (PRAGMA user_version on SQLite); nullopt (and *error set) if it
    // cannot be read.
    static std::optional<int> schemaVersion(const QSqlDatabase &db, QString *error = nullptr);

    // Brings `db` from its version up to `targetVersion` (tests stop early to build an old
    // database with the real old SQL). Refuses a database newer than latestVersion.
    static Result migrate(const QSqlDatabase &db, int targetVersion = latestVersion);

    // The message for a database written by a newer Tokdeck (also used by Database::open()).
    static QString newerVersionMessage(const QString &path, int version);
};

} // namespace tokdeck
