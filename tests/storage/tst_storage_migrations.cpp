// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The schema ladder: every earlier version (and an empty file) reaches the latest with its data,
// a failing step changes nothing, a newer schema is refused.

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Stores.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {

// A connection that is not a Database: builds old files the way an old Tokdeck left them.
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
    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        return query.isActive();
    }
    QString value(const QString &sql)
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    static QString name() { return QStringLiteral("old-tokdeck"); }
};

// Data as version 1 stored it (frozen here: it must keep loading whatever later steps do).
bool insertVersion1Data(RawConnection &raw)
{
    return raw.exec(QStringLiteral(
               "INSERT INTO posts (id, type, caption, title, is_aigc, planned_at, state, "
               "server_post_id, last_error, created_at, updated_at) VALUES (7, 'video', "
               "'Old caption 🎉 #fyp', 'Old title', 1, 1767225600000, 'ready', '', '', "
               "1735689600000, 1735689601000)"))
           && raw.exec(QStringLiteral("INSERT INTO post_accounts VALUES (7, 0, 'acc_b', '', '')"))
           && raw.exec(QStringLiteral(
               "INSERT INTO post_accounts VALUES (7, 1, 'acc_a', 'Only for A', 'A title')"))
           && raw.exec(QStringLiteral(
               "INSERT INTO media (id, path, size, sha256, kind, width, height, "
               "duration_seconds, codec, media_id, uploaded_at) VALUES (3, '/v/one.mp4', 10, "
               "'aaa', 'video', 1080, 1920, 12.5, 'h264', 'vid_1', 1735689602000)"))
           && raw.exec(QStringLiteral(
               "INSERT INTO media (id, path, kind) VALUES (4, '/v/two.mp4', 'video')"))
           && raw.exec(QStringLiteral("INSERT INTO post_media VALUES (7, 0, 4)"))
           && raw.exec(QStringLiteral("INSERT INTO post_media VALUES (7, 1, 3)"))
           && raw.exec(QStringLiteral(
               "INSERT INTO accounts VALUES ('acc_a', 'tiktok', 'Brand', 'brand', '', 0)"));
}

QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master ORDER BY name"));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
    // Column lists, which ALTER TABLE changes without a new sqlite_master row.
    for (const QString &table :
         {QStringLiteral("posts"), QStringLiteral("post_accounts"), QStringLiteral("media"),
          QStringLiteral("post_media"), QStringLiteral("accounts")}) {
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value FROM "
                                    "pragma_table_info('%1')")
                         .arg(table));
        while (columns.next()) {
            rows << table + QLatin1Char('.') + columns.value(0).toString() + QLatin1Char(' ')
                        + columns.value(1).toString() + QLatin1Char(' ')
                        + columns.value(2).toString() + QLatin1Char(' ')
                        + columns.value(3).toString();
        }
    }
    return rows;
}

} // namespace

class TestStorageMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Migrations::latestVersion; ++version)
            QTest::addRow("v%d", version) << version;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        {
            RawConnection raw(path);
            const Migrations::Result built = Migrations::migrate(raw.db(), version);
            QVERIFY2(built.ok(), qPrintable(built.error));
            QCOMPARE(built.toVersion, version);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), QString::number(version));
            if (version >= 1)
                QVERIFY(insertVersion1Data(raw));
        }

        Database db(path);
        const DatabaseOpenResult opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(opened.fromVersion, version);
        QCOMPARE(opened.toVersion, Migrations::latestVersion);

        // The ladder ends where a fresh database starts.
        QTemporaryDir freshDir;
        Database fresh(freshDir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh.open().ok());
        QCOMPARE(schemaOf(db.connection()), schemaOf(fresh.connection()));

        if (version == 0)
            return;
        Stores stores(db, Clock::system());
        PostStore &store = stores.posts;
        const std::optional<Post> post = store.load(7);
        QVERIFY2(post, qPrintable(store.lastError()));
        QCOMPARE(post->type, PostType::Video);
        QCOMPARE(post->caption, QStringLiteral("Old caption 🎉 #fyp"));
        QCOMPARE(post->title, QStringLiteral("Old title"));
        QVERIFY(post->isAigc);
        QCOMPARE(post->plannedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(post->state, PostState::Ready);
        QCOMPARE(post->handOver, HandOver::Now); // v2's default for posts that predate it
        QCOMPARE(post->revision, 1);
        QCOMPARE(post->createdAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(post->accounts.size(), 2);
        QCOMPARE(post->accounts.at(0).accountId, QStringLiteral("acc_b"));
        QCOMPARE(post->accounts.at(1).captionOverride, QStringLiteral("Only for A"));
        QCOMPARE(post->media.size(), 2);
        QCOMPARE(post->media.at(0).path, QStringLiteral("/v/two.mp4"));
        QCOMPARE(post->media.at(1).mediaId, QStringLiteral("vid_1"));
        QCOMPARE(post->media.at(1).durationSeconds, 12.5);
        QCOMPARE(stores.uploads.findMediaIdBySha256(QStringLiteral("aaa")),
                 QStringLiteral("vid_1"));
        QCOMPARE(stores.accounts.cachedAccounts().size(), 1);

        // And it is writable under the new schema.
        Post edited = *post;
        edited.caption = QStringLiteral("New caption");
        QVERIFY2(store.saveContent(edited), qPrintable(store.lastError()));
        QCOMPARE(store.load(7)->caption, QStringLiteral("New caption"));
    }

    void failingStepChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokdeck.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(Migrations::migrate(raw.db(), 1).ok());
            QVERIFY(insertVersion1Data(raw));
            // Something in the way of step 2's third statement.
            QVERIFY(raw.exec(QStringLiteral("CREATE INDEX posts_planned_at ON posts(created_at)")));
        }
        {
            Database db(path);
            const DatabaseOpenResult opened = db.open();
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error.contains(QStringLiteral("from version 1 to 2")),
                     qPrintable(opened.error));
        }
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
        // Step 2's first statements were rolled back with it.
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('posts') "
                                          "WHERE name IN ('hand_over', 'revision')")),
                 QStringLiteral("0"));
        QCOMPARE(raw.value(QStringLiteral("SELECT caption FROM posts WHERE id = 7")),
                 QStringLiteral("Old caption 🎉 #fyp"));
    }

    void newerVersionRefused()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("tokdeck.sqlite")));
        QVERIFY(raw.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion + 1)));
        const Migrations::Result result = Migrations::migrate(raw.db());
        QVERIFY(!result.ok());
        QCOMPARE(result.fromVersion, Migrations::latestVersion + 1);
        QVERIFY2(result.error.contains(QStringLiteral("newer version of Tokdeck")),
                 qPrintable(result.error));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")),
                 QString::number(Migrations::latestVersion + 1));
    }
};

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "tst_storage_migrations.moc"
