// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "support/Clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

namespace tokdeck {

// What Database::open() found and did. Errors are values: nothing here throws.
struct DatabaseOpenResult
{
    QString error;         // translated; non-empty = the database is not usable
    QString notice;        // translated; something the user should know even though it opened
                           // (a damaged file was kept aside and a fresh one started)
    QString keptAsidePath; // where the damaged file went, if it did
    int fromVersion = 0;   // schema version found (0 for a new file)
    int toVersion = 0;     // schema version now

    bool ok() const { return error.isEmpty(); }
};

// The SQLite file (or a PostgreSQL database, see defaultLocation()), opened by one thread on its
// own named connection (Qt's rule: a connection is used only by the thread that created it). Create
// one Database per thread that needs the file; the StorageWorker is normally the only one. Not
// thread-safe, not movable.
//
// open() = create if missing, check integrity (a damaged file is kept aside, never deleted, and
// a fresh one started), refuse a newer schema, WAL (verified), synchronous=NORMAL, foreign keys,
// busy timeout, then the migrations ladder. On PostgreSQL: connect, then the same ladder (the
// server keeps its own files safe; there is no file to check or keep aside).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static QString defaultPath(); // <dataDirectory()>/tokdeck.sqlite
    // $TOKDECK_DATABASE_URL (postgresql://user[:password]@host[:port]/db: a team's shared
    // database) when set, else defaultPath().
    static QString defaultLocation();

    // `location`: an SQLite file path or a postgresql:// URL (sql::isDatabaseUrl()).
    explicit Database(QString location = defaultLocation(), const Clock &clock = Clock::system());
    ~Database(); // closes and removes the connection (on the owning thread)

    DatabaseOpenResult open();
    bool isOpen() const;
    // Whether the last open() ran the damage check (false: skipped, see CheckStamp).
    bool checkedAtOpen() const { return m_checkedAtOpen; }

    // The file path, or the URL without its password (safe to show and log; a second Database
    // opened from it finds the password in PGPASSWORD or ~/.pgpass, as libpq does).
    QString path() const { return m_path; }
    bool isPostgres() const { return m_postgres; }
    QString connectionName() const { return m_connectionName; }
    // The connection handle. Do not keep copies beyond the Database's life (Qt cannot remove a
    // connection that is still referenced). Only on the thread that created the Database.
    QSqlDatabase connection() const;

    // How long a writer waits for another connection's lock before failing (ms).
    static constexpr int busyTimeoutMs = 5000;

private:
    bool openConnection(QString *error);
    bool openPostgresConnection(QString *error);
    DatabaseOpenResult openPostgres();
    DatabaseOpenResult migrate(DatabaseOpenResult result);
    void closeConnection();
    bool configure(QString *error);
    QString keepAside(QString *error); // returns the new path of the damaged file

    QString m_path;
    QString m_password; // PostgreSQL only; never in m_path, never logged
    bool m_postgres = false;
    const Clock &m_clock;
    QString m_connectionName;
    QThread *m_thread;
    bool m_checkedAtOpen = false;
    bool m_healthy = false; // passed (or skipped) the damage check: a clean close may stamp it
};

} // namespace tokdeck
