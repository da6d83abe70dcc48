// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tokdeck::test {

// A private PostgreSQL server for one test process: initdb into a temporary folder, pg_ctl
// start on a free loopback port (its socket in that folder too), trust authentication for the
// superuser "tokdeck", one database "tokdeck"; stopped (pg_ctl stop -m fast) and removed by the
// destructor. initdb and postgres refuse to run as root: as root (CI, this machine's tests) they
// run as the "postgres" system user through runuser, in a folder given to that user.
class PgServer
{
    Q_DISABLE_COPY_MOVE(PgServer)

public:
    static constexpr const char *user = "tokdeck";
    static constexpr const char *database = "tokdeck";

    PgServer() = default;
    ~PgServer();

    // false, with error() naming what is missing or what failed (a missing binary, the log).
    bool start();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // postgresql://tokdeck@127.0.0.1:<port>/<db>
    QString url(const QString &db = QString::fromLatin1(database)) const;

    // The same server (same data folder and port) stopped and started again: a team's
    // server restarting under connected desktops. stopKeepingData() ends every connection
    // (pg_ctl stop -m fast); startAgain() waits until it accepts connections again.
    bool stopKeepingData();
    bool startAgain();

    // An empty schema "public" in the database: what each test function starts from. false,
    // with error(), if the server did not answer.
    bool resetSchema();
    // Runs statements in the database as the superuser (a test planting a fault, say).
    bool exec(const QStringList &statements)
    {
        return execAsSuperuser(QString::fromLatin1(database), statements);
    }
    // The same in another database of the server ("postgres": to change the test database
    // itself, say ALTER DATABASE tokdeck ALLOW_CONNECTIONS false, which exec() cannot undo).
    bool execAsSuperuser(const QString &db, const QStringList &statements);

private:
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    void stop();
    void stopOrphans();
    bool launch(); // pg_ctl start on m_port

    QString m_binDir;
    QTemporaryDir m_dir{QStringLiteral("/tmp/tokdeck-pg-XXXXXX")};
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

// The one server of this test process when TOKDECK_TEST_BACKEND=postgresql (CTest's
// "postgres" runs of the storage tests), started on first use and stopped when the
// application object goes; nullptr when the tests run on SQLite. A server that failed to start
// is returned too: check isRunning() and error().
PgServer *testPgServer();

} // namespace tokdeck::test
