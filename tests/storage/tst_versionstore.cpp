// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The version history of captions and titles: kept by the content save itself (same
// transaction), a typing session coalesced into one version, at most 50 per post, newest
// first, gone with the post, and seeded from the posts an upgrade finds.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Stores.h"
#include "support/Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

Post draft(const QString &caption, const QString &title = {})
{
    Post post;
    post.caption = caption;
    post.title = title;
    post.media = {test::sampleMedia(1)};
    post.state = PostState::Draft;
    return post;
}

QStringList captions(const QList<PostVersion> &versions)
{
    QStringList texts;
    for (const PostVersion &version : versions)
        texts << version.caption;
    return texts;
}

} // namespace

class TestVersionStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Stores> m_stores;

    Post save(Post post)
    {
        const qint64 id = m_stores->posts.saveContent(post);
        if (id == 0)
            qWarning() << m_stores->lastError();
        return post;
    }
    QList<PostVersion> versionsOf(qint64 id) { return m_stores->versions.versions(id); }

private Q_SLOTS:
    void init()
    {
        // A SQLite file per function, or (tst_versionstore_postgres) an emptied schema.
        const QString location = test::testDatabaseLocation(m_dir);
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location);
        QVERIFY(m_db->open().ok());
        m_clock = std::make_unique<ManualClock>(start);
        m_stores = std::make_unique<Stores>(*m_db, *m_clock);
    }
    void cleanup()
    {
        m_stores.reset();
        m_db.reset();
        m_clock.reset();
    }

    void firstSaveStartsTheHistory()
    {
        Post post = save(draft(QStringLiteral("Fresh bread 🥖"), QStringLiteral("Bakery")));
        QVERIFY(post.id != 0);
        const QList<PostVersion> versions = versionsOf(post.id);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.at(0).postId, post.id);
        QCOMPARE(versions.at(0).caption, QStringLiteral("Fresh bread 🥖"));
        QCOMPARE(versions.at(0).title, QStringLiteral("Bakery"));
        QCOMPARE(versions.at(0).savedAt, start);

        // A new draft with no text yet (media dropped first) starts none.
        const Post empty = save(draft(QString()));
        QVERIFY(empty.id != 0);
        QVERIFY(versionsOf(empty.id).isEmpty());
        QVERIFY(m_stores->lastError().isEmpty());
    }

    void typingSessionIsOneVersion()
    {
        Post post = save(draft(QStringLiteral("One")));
        // The autosave while typing: each save within two minutes of the newest updates it.
        for (const QString &text : {QStringLiteral("One t"), QStringLiteral("One two")}) {
            m_clock->advanceSeconds(50);
            post.caption = text;
            post = save(post);
        }
        QCOMPARE(captions(versionsOf(post.id)), QStringList{QStringLiteral("One two")});
        QCOMPARE(versionsOf(post.id).at(0).savedAt, start.addSecs(100));

        // Two minutes after that last save: a new version, newest first.
        m_clock->advanceSeconds(VersionStore::coalesceMs / 1000);
        post.caption = QStringLiteral("One two three");
        post = save(post);
        // A save that changes neither text (a new time) keeps the history as it is.
        m_clock->advanceSeconds(600);
        post.plannedAt = start.addDays(3);
        post = save(post);
        m_clock->advanceSeconds(600);
        post.title = QStringLiteral("Counting");
        post = save(post);

        const QList<PostVersion> versions = versionsOf(post.id);
        QCOMPARE(captions(versions),
                 (QStringList{QStringLiteral("One two three"), QStringLiteral("One two three"),
                              QStringLiteral("One two")}));
        QCOMPARE(versions.at(0).title, QStringLiteral("Counting"));
        QCOMPARE(versions.at(1).title, QString());
        QVERIFY(versions.at(0).savedAt > versions.at(1).savedAt);
        QVERIFY(versions.at(1).savedAt > versions.at(2).savedAt);
    }

    void restoreKeepsWhatItReplaced()
    {
        Post post = save(draft(QStringLiteral("Opening at nine")));
        m_clock->advanceSeconds(3600);
        post.caption = QStringLiteral("Opening at ten");
        post = save(post);
        // Restoring the older text a moment later must not overwrite "ten" (coalescing would):
        // restoring "ten" again is how the user undoes the restore.
        m_clock->advanceSeconds(5);
        post.caption = QStringLiteral("Opening at nine");
        post = save(post);
        QCOMPARE(captions(versionsOf(post.id)),
                 (QStringList{QStringLiteral("Opening at nine"), QStringLiteral("Opening at ten"),
                              QStringLiteral("Opening at nine")}));
        // Typing on after the restore is again one session with it.
        m_clock->advanceSeconds(5);
        post.caption = QStringLiteral("Opening at nine sharp");
        post = save(post);
        QCOMPARE(captions(versionsOf(post.id)).first(), QStringLiteral("Opening at nine sharp"));
        QCOMPARE(versionsOf(post.id).size(), 3);
    }

    void keepsAtMostFifty()
    {
        Post post = save(draft(QStringLiteral("caption 1")));
        for (int i = 2; i <= VersionStore::maxVersions + 7; ++i) {
            m_clock->advanceSeconds(180);
            post.caption = QStringLiteral("caption %1").arg(i);
            post = save(post);
        }
        const QList<PostVersion> versions = versionsOf(post.id);
        QCOMPARE(versions.size(), VersionStore::maxVersions);
        QCOMPARE(versions.first().caption, QStringLiteral("caption 57"));
        QCOMPARE(versions.last().caption, QStringLiteral("caption 8")); // 1 to 7 dropped
        // The bound is per post: another post's history is untouched.
        const Post other = save(draft(QStringLiteral("other")));
        QCOMPARE(versionsOf(other.id).size(), 1);
        QCOMPARE(versionsOf(post.id).size(), VersionStore::maxVersions);
    }

    void refusedSaveRecordsNothing()
    {
        Post post = save(draft(QStringLiteral("Stored")));
        Post stale = post;
        m_clock->advanceSeconds(600);
        post.caption = QStringLiteral("Saved from the other window");
        post = save(post);
        m_clock->advanceSeconds(600);
        stale.caption = QStringLiteral("From a stale copy");
        QCOMPARE(m_stores->posts.saveContent(stale), 0); // refused: the revision moved on
        // Same transaction: the version of a refused save is rolled back with it.
        QCOMPARE(
            captions(versionsOf(post.id)),
            (QStringList{QStringLiteral("Saved from the other window"), QStringLiteral("Stored")}));
    }

    void goWithThePost()
    {
        Post post = save(draft(QStringLiteral("Doomed")));
        m_clock->advanceSeconds(600);
        post.caption = QStringLiteral("Still doomed");
        post = save(post);
        QCOMPARE(test::countRows(*m_db, QStringLiteral("post_versions")), 2);
        QVERIFY2(m_stores->posts.remove(post.id), qPrintable(m_stores->lastError()));
        QCOMPARE(test::countRows(*m_db, QStringLiteral("post_versions")), 0);
        QVERIFY(versionsOf(post.id).isEmpty());
        QVERIFY(m_stores->lastError().isEmpty());
    }

    void upgradeSeedsPostsThatCanChange()
    {
        if (test::testPgServer())
            QSKIP("the schema-11 database is built through the SQLite driver");
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations::migrate(raw, 11).ok());
            QSqlQuery query(raw);
            for (const QString &row : {QStringLiteral("1, 'draft', 'Draft text', 'T', 1000"),
                                       QStringLiteral("2, 'published', 'Sent text', '', 2000"),
                                       QStringLiteral("3, 'draft', '', '', 3000")}) {
                QVERIFY(query.exec(QStringLiteral("INSERT INTO posts (id, state, caption, title, "
                                                  "updated_at, type, created_at) VALUES (")
                                   + row + QStringLiteral(", 'video', 1)")));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database upgraded(path);
        QVERIFY(upgraded.open().ok());
        Stores stores(upgraded, *m_clock);
        const QList<PostVersion> seeded = stores.versions.versions(1);
        QCOMPARE(seeded.size(), 1);
        QCOMPARE(seeded.at(0).caption, QStringLiteral("Draft text"));
        QCOMPARE(seeded.at(0).title, QStringLiteral("T"));
        QCOMPARE(seeded.at(0).savedAt.toMSecsSinceEpoch(), 1000);
        QVERIFY(stores.versions.versions(2).isEmpty()); // sent: it cannot change any more
        QVERIFY(stores.versions.versions(3).isEmpty()); // nothing to keep
    }
};

QTEST_GUILESS_MAIN(TestVersionStore)
#include "tst_versionstore.moc"
