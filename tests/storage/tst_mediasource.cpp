// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A fixed copy's original (PostMedia::sourcePath, media.source_path since schema 10) against a
// real SQLite file (and, in tst_mediasource_postgres, a PostgreSQL database): it survives a save
// and a load, an update of the row, and a duplicate; a media row written by schema 9 comes back
// as "not a fixed copy".

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Stores.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestMediaSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;

    bool open(const QString &path)
    {
        m_stores.reset();
        m_db.reset(); // one connection at a time: the next reads only what is on disk
        m_db = std::make_unique<Database>(path, m_clock);
        if (!m_db->open().ok())
            return false;
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
        return true;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_stores.reset();
        m_db.reset();
    }

    void sourcePathSurvivesSaveReopenAndUpdate()
    {
        const QString file = testDatabaseLocation(m_dir);
        QVERIFY(!file.isEmpty());
        QVERIFY(open(file));
        Post post = samplePost(m_clock.nowUtc().addDays(2));
        post.state = PostState::Draft;
        post.media[1].path = QStringLiteral("/data/fixed/clip-1 é.mp4");
        post.media[1].sourcePath = QStringLiteral("/home/me/Videos/clip-1 é.MOV");
        const qint64 id = m_stores->posts.saveContent(post);
        QVERIFY(id > 0);

        QVERIFY(open(file)); // a new connection: nothing cached
        std::optional<Post> loaded = m_stores->posts.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->media.size(), 3);
        QCOMPARE(loaded->media.at(1).sourcePath, QStringLiteral("/home/me/Videos/clip-1 é.MOV"));
        QCOMPARE(loaded->media.at(0).sourcePath, QString());
        QCOMPARE(loaded->media, post.media);

        // The row is updated in place (same id): the new source is written, '' clears it.
        loaded->media[1].sourcePath = QStringLiteral("/elsewhere/clip-1.MOV");
        loaded->media[0].sourcePath = QStringLiteral("/home/me/first.MOV");
        const qint64 rowId = loaded->media.at(1).id;
        QCOMPARE(m_stores->posts.saveContent(*loaded), id);
        loaded->media[0].sourcePath.clear();
        QCOMPARE(m_stores->posts.saveContent(*loaded), id);
        const std::optional<Post> again = m_stores->posts.load(id);
        QVERIFY(again);
        QCOMPARE(again->media.at(1).id, rowId);
        QCOMPARE(again->media.at(1).sourcePath, QStringLiteral("/elsewhere/clip-1.MOV"));
        QCOMPARE(again->media.at(0).sourcePath, QString());
    }

    void schemaNineRowsAreOriginals()
    {
        if (testPgServer())
            QSKIP("the schema-9 database is built through the SQLite driver");
        const QString file = testDatabaseLocation(m_dir);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-nine"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QVERIFY(Migrations::migrate(raw, 9).ok());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO posts (id, type, caption, title, is_aigc, state, server_post_id, "
                "last_error, created_at, updated_at) VALUES (3, 'video', 'Old', '', 0, 'draft', "
                "'', '', 1735689600000, 1735689601000)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO media (id, path, kind) VALUES (5, '/v/old.mp4', 'video')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO post_media VALUES (3, 0, 5)")));
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema-nine"));

        QVERIFY(open(file)); // migrates to the latest
        const std::optional<Post> loaded = m_stores->posts.load(3);
        QVERIFY(loaded);
        QCOMPARE(loaded->media.size(), 1);
        QCOMPARE(loaded->media.first().path, QStringLiteral("/v/old.mp4"));
        QCOMPARE(loaded->media.first().sourcePath, QString());
    }
};

QTEST_GUILESS_MAIN(TestMediaSource)
#include "tst_mediasource.moc"
