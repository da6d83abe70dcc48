// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: creation, pragmas (WAL verified), damaged files kept aside, newer schemas refused,
// a connection per thread.

#include "storage/CheckStamp.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tokdeck;

namespace {

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QStringLiteral("<error>");
    return query.value(0).toString();
}

QByteArray garbage(int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A raw connection, not a Database: to build or inspect files the way another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }
    QString exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        if (!query.exec(sql))
            return QStringLiteral("<error>");
        return query.next() ? query.value(0).toString() : QString();
    }
    static QString name() { return QStringLiteral("raw"); }
};

} // namespace

class TestStorageDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsFileWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/tokdeck.sqlite"));
        Database db(path);
        const DatabaseOpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.notice.isEmpty());
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(result.toVersion, Migrations::latestVersion);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(db.isOpen());
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        // FULL: the outbox's "submitting" marker must survive a power cut (Database.cpp).
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("busy_timeout")),
                 QString::number(Database::busyTimeoutMs));
        QCOMPARE(pragma(db, QStringLiteral("user_version")),
                 QString::number(Migrations::latestVersion));
    }

    void defaultPathIsInDataDirectory()
    {
        QTemporaryDir dir;
        qputenv("TOKDECK_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(Database::defaultPath(),
                 QDir(dir.path()).filePath(QStringLiteral("tokdeck.sqlite")));
        qunsetenv("TOKDECK_DATA_DIR");
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, platform, position) "
                                              "VALUES ('a', 'tiktok', 0)")));
        }
        Database db(path);
        const DatabaseOpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fromVersion, Migrations::latestVersion);
        QCOMPARE(result.toVersion, Migrations::latestVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void emptyFileBecomesLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        QVERIFY(writeFile(path, {}));
        Database db(path);
        const DatabaseOpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.keptAsidePath.isEmpty());
        QCOMPARE(result.toVersion, Migrations::latestVersion);
    }

    void damagedFileIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        const QByteArray bytes = garbage(8192);
        QVERIFY(writeFile(path, bytes));
        QVERIFY(writeFile(path + QStringLiteral("-wal"), garbage(100)));
        const ManualClock clock(QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC));
        const QString expected =
            path + QStringLiteral(".broken-")
            + clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));

        {
            Database db(path, clock);
            const DatabaseOpenResult result = db.open();
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.keptAsidePath, expected);
            QVERIFY2(result.notice.contains(expected), qPrintable(result.notice));
            QCOMPARE(readFile(expected), bytes); // never deleted, byte for byte
            QCOMPARE(readFile(expected + QStringLiteral("-wal")), garbage(100));
            QCOMPARE(result.toVersion, Migrations::latestVersion);
            QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
            QCOMPARE(pragma(db, QStringLiteral("quick_check")), QStringLiteral("ok"));
        }

        // Damaged again within the same second: the first copy is not overwritten.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(writeFile(path, garbage(4096)));
        Database again(path, clock);
        const DatabaseOpenResult second = again.open();
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.keptAsidePath, expected + QStringLiteral("-2"));
        QCOMPARE(readFile(expected), bytes);
    }

    void corruptPagesAreKeptAside()
    {
        // A real database whose pages after the first were overwritten: the header is fine,
        // quick_check is what notices.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QSqlQuery query(db.connection());
            for (int i = 0; i < 500; ++i) {
                QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, platform, name, "
                                                  "position) VALUES ('id%1', 'tiktok', '%2', %1)")
                                       .arg(i)
                                       .arg(QString(200, QLatin1Char('x')))));
            }
        } // closed: the WAL is checkpointed into the file and removed
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.seek(2 * 4096));
        file.write(garbage(int(file.size()) - 2 * 4096));
        file.close();
        const QByteArray damaged = readFile(path);

        Database db(path);
        const DatabaseOpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.keptAsidePath.isEmpty());
        QVERIFY2(result.notice.contains(result.keptAsidePath), qPrintable(result.notice));
        QCOMPARE(readFile(result.keptAsidePath), damaged);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0); // a fresh database
    }

    void aCleanlyClosedFileIsNotCheckedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        auto checked = [&path] {
            Database db(path);
            const DatabaseOpenResult result = db.open();
            return result.ok() && db.checkedAtOpen();
        };
        QVERIFY(checked());  // new: no stamp yet
        QVERIFY(!checked()); // as the last clean close left it: quick_check skipped
        QVERIFY(!checked());

        // Written after the close (its time changed, not its size or pages): checked again.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(checked());
        QVERIFY(!checked());

        // While another connection has it open (its -wal is there), every open checks; the
        // last one to close stamps it.
        {
            Database first(path);
            QVERIFY(first.open().ok());
            QSqlQuery(first.connection()).exec(QStringLiteral("SELECT COUNT(*) FROM posts"));
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(checked());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!checked());

        // A crash leaves no stamp: open() removes it before the connection is used.
        {
            Database open(path);
            QVERIFY(open.open().ok());
            QVERIFY(!QFile::exists(CheckStamp::stampPath(path)));
        }
        QVERIFY(QFile::exists(CheckStamp::stampPath(path)));
    }

    void unreadableIsNotMovedAside()
    {
        // A directory where the file should be: an error, but not "damage", so nothing moves.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        QVERIFY(QDir().mkpath(path));
        Database db(path);
        const DatabaseOpenResult result = db.open();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY(result.keptAsidePath.isEmpty());
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
        QVERIFY(!db.isOpen());
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("CREATE TABLE future (x)"));
            raw.exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = readFile(path);
        Database db(path);
        const DatabaseOpenResult result = db.open();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("newer")), qPrintable(result.error));
        QVERIFY(result.error.contains(path));
        QVERIFY(!db.isOpen());
        QCOMPARE(readFile(path), before); // not migrated, not even switched to WAL
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version")), QStringLiteral("99"));
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        Database mine(path);
        QVERIFY(mine.open().ok());

        QString otherName;
        bool otherOk = false;
        QThread *thread = QThread::create([&]() {
            Database theirs(path);
            otherOk = theirs.open().ok() && theirs.isOpen();
            otherName = theirs.connectionName();
            QSqlQuery query(theirs.connection());
            otherOk = otherOk
                      && query.exec(QStringLiteral("INSERT INTO accounts (id, platform, "
                                                   "position) VALUES ('x', 'tiktok', 0)"));
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(otherOk);
        QVERIFY(otherName != mine.connectionName());
        QVERIFY(!QSqlDatabase::contains(otherName)); // removed when its Database went away

        QSqlQuery query(mine.connection()); // the other thread's commit is visible here
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void connectionRemovedOnDestruction()
    {
        QTemporaryDir dir;
        QString name;
        {
            Database db(dir.filePath(QStringLiteral("tokdeck.sqlite")));
            QVERIFY(db.open().ok());
            name = db.connectionName();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestStorageDatabase)
#include "tst_storage_database.moc"
