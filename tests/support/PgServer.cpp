// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PgServer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <cerrno>
#include <csignal>
#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace tokdeck::test {

namespace {

// Debian's versioned folder first: /usr/bin holds only wrappers for the client tools.
const QStringList binDirs = {QStringLiteral("/usr/lib/postgresql/15/bin"),
                             QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin")};

int freeLoopbackPort()
{
    // Port 0: the kernel picks a free one. Closed again at once; postgres binds it a moment
    // later (start() retries on the rare race with another process).
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PgServer::~PgServer()
{
    stop();
}

QString PgServer::url(const QString &db) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(QLatin1StringView(user))
        .arg(m_port)
        .arg(db);
}

bool PgServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QStringList command = {QDir(m_binDir).filePath(tool)};
    command += arguments;
    if (geteuid() == 0) { // initdb and postgres refuse root
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (runuser.isEmpty()) {
            m_error = QStringLiteral("runuser not found (package util-linux): needed to run %1 "
                                     "as the postgres user when the tests run as root")
                          .arg(tool);
            return false;
        }
        command = QStringList{runuser, QStringLiteral("-u"), QStringLiteral("postgres"),
                              QStringLiteral("--")}
                  + command;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path()); // readable by the postgres user
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        m_error = QStringLiteral("%1 failed (%2): %3")
                      .arg(tool, process.errorString(),
                           QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgServer::start()
{
    if (m_running)
        return true;
    m_error.clear();
    for (const QString &dir : binDirs) {
        if (QFile::exists(QDir(dir).filePath(QStringLiteral("initdb")))
            && QFile::exists(QDir(dir).filePath(QStringLiteral("pg_ctl")))) {
            m_binDir = dir;
            break;
        }
    }
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("initdb and pg_ctl not found in %1: install the Debian package "
                                 "postgresql (see packaging/debian/build-deps.txt)")
                      .arg(binDirs.join(QStringLiteral(", ")));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's QPSQL driver is missing: install libqt6sql6-psql");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (geteuid() == 0) {
        const passwd *account = getpwnam("postgres");
        if (!account) {
            m_error = QStringLiteral("running as root, but there is no postgres user to run the "
                                     "server as (it comes with the postgresql package)");
            return false;
        }
        if (chown(QFile::encodeName(m_dir.path()).constData(), account->pw_uid, account->pw_gid)
            != 0) {
            m_error = QStringLiteral("could not give %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    stopOrphans();
    {
        // Who started this server, for stopOrphans() in a later test process.
        QFile owner(m_dir.filePath(QStringLiteral("owner.pid")));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(QCoreApplication::applicationPid()));
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QLatin1StringView(user),
                  QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                  // C collation: text sorts by code point, as SQLite's BINARY does
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 120'000))
        return false;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        m_running = launch();
    }
    if (!m_running) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    if (!execAsSuperuser(QStringLiteral("postgres"),
                         {QStringLiteral("CREATE DATABASE %1").arg(QLatin1StringView(database))})) {
        stop();
        return false;
    }
    return true;
}

bool PgServer::launch()
{
    // fsync off: a test server's data need not survive a power cut, and it is much faster.
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 "
                                           "-c fsync=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                    QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"),
                    QStringLiteral("60"), QStringLiteral("start")},
                   90'000);
}

bool PgServer::stopKeepingData()
{
    if (!m_running)
        return false;
    stop();
    return true;
}

bool PgServer::startAgain()
{
    if (m_running || m_port == 0)
        return m_running;
    m_error.clear();
    m_running = launch(); // the port could be taken meanwhile: then error() says so
    return m_running;
}

bool PgServer::execAsSuperuser(const QString &db, const QStringList &statements)
{
    static QAtomicInteger<int> serial;
    const QString name = QStringLiteral("pgserver-%1").arg(serial.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connection.setHostName(QStringLiteral("127.0.0.1"));
        connection.setPort(m_port);
        connection.setUserName(QLatin1StringView(user));
        connection.setDatabaseName(db);
        if (!connection.open()) {
            m_error = QStringLiteral("could not connect to %1: %2")
                          .arg(url(db), connection.lastError().text());
            ok = false;
        }
        QSqlQuery query(connection);
        for (qsizetype i = 0; ok && i < statements.size(); ++i) {
            if (!query.exec(statements.at(i))) {
                m_error = QStringLiteral("%1: %2").arg(statements.at(i), query.lastError().text());
                ok = false;
            }
        }
    } // every handle gone before removeDatabase()
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgServer::resetSchema()
{
    // Also drops the objects of every earlier test (tables, triggers, the trigger function).
    return m_running
           && execAsSuperuser(QLatin1StringView(database),
                              {QStringLiteral("SET client_min_messages TO warning"),
                               QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"),
                               QStringLiteral("CREATE SCHEMA public")});
}

void PgServer::stopOrphans()
{
    // A test process killed mid-run (a crash, a CTest timeout) cannot stop its server, and
    // pg_ctl detached it: the next fixture stops servers whose test process is gone.
    const QDir tmp(QStringLiteral("/tmp"));
    for (const QString &name : tmp.entryList({QStringLiteral("tokdeck-pg-*")}, QDir::Dirs)) {
        const QDir dir(tmp.filePath(name));
        if (dir.path() == m_dir.path())
            continue;
        QFile owner(dir.filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // being set up right now, or not one of ours
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // its test is still running
        const QString error = m_error;
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                30'000);
        m_error = error; // an orphan that was not running is no failure of this server
        QDir(dir.path()).removeRecursively();
    }
}

void PgServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
            60'000);
}

namespace {
std::unique_ptr<PgServer> &sharedServer()
{
    static std::unique_ptr<PgServer> server;
    return server;
}
} // namespace

PgServer *testPgServer()
{
    if (qEnvironmentVariable("TOKDECK_TEST_BACKEND") != QLatin1StringView("postgresql"))
        return nullptr;
    std::unique_ptr<PgServer> &server = sharedServer();
    if (!server) {
        server = std::make_unique<PgServer>();
        server->start();
        // Stopped with the application object, while Qt (QProcess, the SQL drivers) still works.
        qAddPostRoutine([] { sharedServer().reset(); });
    }
    return server.get();
}

} // namespace tokdeck::test
