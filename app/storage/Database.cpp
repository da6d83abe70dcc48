// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Database.h"

#include "storage/CheckStamp.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "support/Logging.h"
#include "support/LoopbackHost.h"
#include "support/Paths.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace tokdeck {

namespace {

// SQLite primary result codes the driver reports in QSqlError::nativeErrorCode().
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

QString connectionNameFor(QThread *thread)
{
    // Keyed by thread, plus a serial so two files (or two Database objects in a test) opened by
    // one thread never share a connection.
    static QAtomicInteger<quint64> serial;
    return QStringLiteral("tokdeck-%1-%2")
        .arg(quintptr(thread), 0, 16)
        .arg(serial.fetchAndAddRelaxed(1) + 1);
}

bool isDamageError(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // extended → primary
    return isNumber && (code == sqliteCorrupt || code == sqliteNotADatabase);
}

// A non-empty file that does not start with SQLite's magic is not a database, whatever else it
// is. Checked before SQLite opens it, so the file (and any -wal beside it) is kept aside exactly
// as found: SQLite may reset a -wal it cannot use when it opens and closes the pair.
bool hasForeignHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return false; // new, empty, or unreadable (the open below reports that)
    static constexpr char magic[] = "SQLite format 3"; // 16 bytes with its NUL
    return file.read(sizeof magic) != QByteArray(magic, sizeof magic);
}

// One-row pragma; nullopt (and *error) when it fails.
std::optional<QString> pragmaValue(const QSqlDatabase &db, const QString &statement,
                                   QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        if (error)
            *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toString();
}

// The data folder (0700) and the database file (0600) are the user's alone: they hold every
// caption and schedule. SQLite gives its -wal and -shm files the database file's mode, so
// creating the empty file first is enough (an empty file is a valid new database).
void createPrivately(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists()) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace

QString Database::defaultPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("tokdeck.sqlite"));
}

QString Database::defaultLocation()
{
    const QString url = qEnvironmentVariable("TOKDECK_DATABASE_URL");
    return url.isEmpty() ? defaultPath() : url;
}

Database::Database(QString location, const Clock &clock)
    : m_path(std::move(location))
    , m_postgres(sql::isDatabaseUrl(m_path))
    , m_clock(clock)
    , m_connectionName(connectionNameFor(QThread::currentThread()))
    , m_thread(QThread::currentThread())
{
    if (m_postgres) { // the password goes to the driver only: m_path is shown in messages
        QUrl url(m_path);
        m_password = url.password();
        url.setPassword({});
        m_path = url.toString();
    }
}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "destroyed on a thread other than the one that created it");
    closeConnection();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "a connection used on a thread other than the one that created it");
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::openConnection(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool Database::openPostgresConnection(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Qt's PostgreSQL driver is not installed (on Debian: the package "
                    "libqt6sql6-psql).");
        return false;
    }
    const QUrl url(m_path);
    const QString name = url.path().mid(1); // "/tokdeck" -> "tokdeck"
    if (!url.isValid() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        *error = tr("The address is not of the form postgresql://user@host:port/database.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(m_password);
    db.setDatabaseName(name);
    // The URL's own parameters (?sslmode=verify-full&sslrootcert=...) are libpq's: passed on.
    // Keepalives and a TCP timeout: a team server behind a network that dropped (no reset,
    // just silence) is noticed in about 20 s rather than the kernel's two hours, so a job
    // fails (and Reconnect takes over) instead of hanging the storage thread.
    QStringList options = {
        QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=tokdeck"),
        QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=3"),
        QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=20000")};
    QString sslMode;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options << key + QLatin1Char('=') + value;
        if (key == u"sslmode")
            sslMode = value;
    }
    // Off this machine the team's posts and passwords travel encrypted, to a server whose
    // certificate is checked (libpq's own default, "prefer", would fall back to plain text).
    // No host is the local socket; loopback never leaves the machine.
    if (!url.host().isEmpty() && !isLoopbackHost(url.host())) {
        static const QStringList verified = {QStringLiteral("verify-full"),
                                             QStringLiteral("verify-ca")};
        if (sslMode.isEmpty()) {
            options << QStringLiteral("sslmode=verify-full");
        } else if (!verified.contains(sslMode)) {
            *error = tr("The team database at %1 is not on this computer, so Tokdeck connects "
                        "to it only with TLS and a checked certificate. Remove sslmode=%2 from "
                        "the address (or use sslmode=verify-full).")
                         .arg(url.host(), sslMode);
            return false;
        }
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    bool wasOpen = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        wasOpen = db.isOpen();
        db.close();
    } // the handle must be gone before removeDatabase(), or Qt warns it is still in use
    QSqlDatabase::removeDatabase(m_connectionName);
    if (wasOpen && m_healthy)
        CheckStamp::recordCleanClose(m_path); // only when it was the last connection
    m_healthy = false;
}

bool Database::configure(QString *error)
{
    const QSqlDatabase db = connection();
    QSqlError sqlError;

    // WAL: readers never block the writer (the GUI-side reads and the outbox's writes), and a
    // commit is one append. The answer must be checked: SQLite silently keeps the old mode on
    // file systems without shared memory support (some network mounts).
    const std::optional<QString> mode =
        pragmaValue(db, QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError);
    if (!mode || mode->compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("The database %1 could not be switched to write-ahead logging (SQLite "
                    "answered \"%2\"). Keep the data folder on a local disk.")
                     .arg(m_path, mode ? *mode : sqlError.text());
        return false;
    }

    QSqlQuery query(db);
    // synchronous=FULL: every commit is fsync'ed before it returns. The outbox writes
    // "submitting" (with its lease) just before a create call leaves; that marker must survive
    // a power cut, or the post could be sent again after the restart, and nothing can be
    // re-derived from the API (it cannot list posts). NORMAL would lose the last commits on an
    // OS crash. The cost is one fsync per save (see bench_poststore).
    // Foreign keys are off by default in SQLite and are per connection.
    for (const QString &statement :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
          // 32 MiB of page cache (negative = KiB) instead of SQLite's 2 MiB: a year of posts
          // fits, so flipping calendar months reads memory, not the file (~2x faster).
          QStringLiteral("PRAGMA cache_size=-32768")}) {
        if (!query.exec(statement)) {
            *error = tr("Could not configure the database %1 (%2): %3")
                         .arg(m_path, statement, query.lastError().text());
            return false;
        }
    }
    if (pragmaValue(db, QStringLiteral("PRAGMA foreign_keys")) != QStringLiteral("1")) {
        *error = tr("The database %1 does not enforce foreign keys (this SQLite build lacks "
                    "them).")
                     .arg(m_path);
        return false;
    }
    return true;
}

QString Database::keepAside(QString *error)
{
    const QString stamp =
        m_clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) // two failures in one second: never overwrite
        target =
            m_path + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);

    // The -wal and -shm files belong to the damaged file; they travel with it under SQLite's
    // naming (<name>-wal), so the copy can still be opened with its journal for recovery.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = m_path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        // Rename, not copy + delete: atomic, and the damaged bytes are never removed.
        if (!QFile::rename(from, target + suffix)) {
            *error = tr("The database %1 is damaged and could not be moved aside to %2. Move it "
                        "yourself, then start Tokdeck again.")
                         .arg(from, target + suffix);
            return {};
        }
    }
    return target;
}

DatabaseOpenResult Database::open()
{
    if (m_postgres)
        return openPostgres();
    DatabaseOpenResult result;
    auto fail = [&](const QString &message) {
        result.error = message;
        qCWarning(lcStorage).noquote() << message;
        closeConnection();
        return result;
    };

    closeConnection(); // open() twice reopens
    m_checkedAtOpen = false;
    createPrivately(m_path);
    QString error;
    QString reason;
    if (hasForeignHeader(m_path)) {
        reason = tr("not an SQLite database");
    } else {
        // Read before SQLite touches the file; removed so that a crash of this connection
        // leaves no stamp and the next open checks.
        const bool untouched = CheckStamp::unchangedSinceCleanClose(m_path);
        CheckStamp::forget(m_path);
        if (!openConnection(&error))
            return fail(tr("Could not open the database %1: %2").arg(m_path, error));
        // Damage check before anything else: on a damaged file every later pragma would fail
        // with a less helpful message. quick_check is O(N) but skips the slow index checks;
        // it is skipped for a file as the last clean close left it (CheckStamp).
        QSqlError checkError;
        m_checkedAtOpen = !untouched;
        const std::optional<QString> check =
            untouched
                ? std::optional(QStringLiteral("ok"))
                : pragmaValue(connection(), QStringLiteral("PRAGMA quick_check"), &checkError);
        if (!check && !isDamageError(checkError)) {
            // Busy, locked, unreadable: not damage. Never move a healthy file aside.
            return fail(tr("Could not read the database %1: %2").arg(m_path, checkError.text()));
        }
        if (!check)
            reason = checkError.databaseText();
        else if (*check != QLatin1StringView("ok"))
            reason = *check;
        m_healthy = reason.isEmpty();
    }
    if (!reason.isEmpty()) {
        qCWarning(lcStorage) << "database" << m_path << "failed its check:" << reason;
        closeConnection();
        const QString keptAside = keepAside(&error);
        if (keptAside.isEmpty())
            return fail(error);
        result.keptAsidePath = keptAside;
        // quick_check can list hundreds of lines; the user gets the first telling one, the log
        // has them all.
        QString shortReason;
        for (const QString &line : reason.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1StringView("***"))) {
                shortReason = line.left(120);
                break;
            }
        }
        result.notice = tr("The database %1 was damaged (%2). It was kept as %3 and Tokdeck "
                           "started a new, empty one. Your posts on Crosspostify are not "
                           "affected.")
                            .arg(m_path, shortReason, keptAside);
        qCWarning(lcStorage).noquote() << result.notice;
        if (!openConnection(&error))
            return fail(tr("Could not create a new database %1: %2").arg(m_path, error));
        m_healthy = true; // new and empty
    }

    // Refuse a newer schema before changing anything (even the journal mode) in the file.
    const std::optional<int> version = Migrations::schemaVersion(connection(), &error);
    if (!version)
        return fail(tr("Could not read the database %1: %2").arg(m_path, error));
    if (*version > Migrations::latestVersion)
        return fail(Migrations::newerVersionMessage(m_path, *version));

    if (!configure(&error))
        return fail(error);
    return migrate(std::move(result));
}

DatabaseOpenResult Database::openPostgres()
{
    DatabaseOpenResult result;
    auto fail = [&](const QString &message) {
        result.error = message;
        qCWarning(lcStorage).noquote() << message;
        closeConnection();
        return result;
    };
    closeConnection(); // open() twice reopens
    QString error;
    if (!openPostgresConnection(&error))
        return fail(tr("Could not connect to the database %1: %2").arg(m_path, error));
    QSqlQuery query(connection());
    // Notices ("relation already exists, skipping") are not news; a writer waits for another
    // desktop's row lock as long as an SQLite writer waits for the file's.
    for (const QString &statement : {QStringLiteral("SET client_min_messages TO warning"),
                                     QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs)}) {
        if (!query.exec(statement))
            return fail(tr("Could not configure the database %1 (%2): %3")
                            .arg(m_path, statement, query.lastError().text()));
    }
    const std::optional<int> version = Migrations::schemaVersion(connection(), &error);
    if (!version)
        return fail(tr("Could not read the database %1: %2").arg(m_path, error));
    if (*version > Migrations::latestVersion)
        return fail(Migrations::newerVersionMessage(m_path, *version));
    return migrate(std::move(result));
}

DatabaseOpenResult Database::migrate(DatabaseOpenResult result)
{
    const Migrations::Result migrated = Migrations::migrate(connection());
    result.fromVersion = migrated.fromVersion;
    result.toVersion = migrated.toVersion;
    if (!migrated.ok()) {
        result.error = migrated.error; // already logged by Migrations
        closeConnection();
    }
    return result;
}

} // namespace tokdeck
