// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The media library store against a real SQLite file (and, in tst_medialibrary_postgres, a
// PostgreSQL database): one entry per distinct file (by content, else by path), where it is used,
// files kept after their posts go until removed from the library, search by file name, keyset
// paging, and a page's cost at 100,000 posts.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestMediaLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;

    // A draft holding these files; the clock moves on a minute per post.
    qint64 savePost(const QList<PostMedia> &media)
    {
        Post post;
        post.type = media.size() > 1 ? PostType::Slideshow : PostType::Video;
        post.state = PostState::Draft;
        post.caption = QStringLiteral("post");
        post.media = media;
        const qint64 id = m_stores->posts.saveContent(post);
        m_clock.advanceSeconds(60);
        return id;
    }

    static PostMedia file(const QString &path, const QString &sha256,
                          MediaKind kind = MediaKind::Video)
    {
        PostMedia media = sampleMedia(1, kind);
        media.path = path;
        media.sha256 = sha256;
        return media;
    }

    static QString sha(int n) { return QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0')); }

    static QStringList paths(const QList<LibraryFile> &files)
    {
        QStringList result;
        for (const LibraryFile &f : files)
            result << f.path;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        const QString location = testDatabaseLocation(m_dir);
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location, m_clock);
        QVERIFY(m_db->open().ok());
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_stores.reset();
        m_db.reset();
    }

    void oneEntryPerFileWithWhereItIsUsed()
    {
        const QDateTime firstCreated = m_clock.nowUtc();
        const qint64 a = savePost({file(QStringLiteral("/v/launch.mp4"), sha(1))});
        // The same content under another name (copied, renamed): the same file, newest name.
        const qint64 b = savePost({file(QStringLiteral("/w/launch copy.mp4"), sha(1))});
        // Not fingerprinted: told apart by path.
        const qint64 c = savePost({file(QStringLiteral("/v/raw.mov"), QString())});
        const qint64 d = savePost({file(QStringLiteral("/v/raw.mov"), QString()),
                                   file(QStringLiteral("/p/cover.jpg"), sha(2), MediaKind::Image)});
        QVERIFY(a && b && c && d);

        const QList<LibraryFile> files = m_stores->library.page({}, 50);
        QVERIFY2(m_stores->library.lastError().isEmpty(),
                 qPrintable(m_stores->library.lastError()));
        // Newest added first.
        QCOMPARE(paths(files),
                 (QStringList{QStringLiteral("/p/cover.jpg"), QStringLiteral("/v/raw.mov"),
                              QStringLiteral("/w/launch copy.mp4")}));
        const LibraryFile &cover = files.at(0);
        QCOMPARE(cover.kind, MediaKind::Image);
        QCOMPARE(cover.postCount, 1);
        QCOMPARE(cover.recentPosts, (QList<qint64>{d}));
        const LibraryFile &raw = files.at(1);
        QCOMPARE(raw.sha256, QString());
        QCOMPARE(raw.postCount, 2);
        QCOMPARE(raw.recentPosts, (QList<qint64>{d, c}));
        const LibraryFile &launch = files.at(2);
        QCOMPARE(launch.sha256, sha(1));
        QCOMPARE(launch.postCount, 2);
        QCOMPARE(launch.recentPosts, (QList<qint64>{b, a}));
        QCOMPARE(launch.firstAdded, firstCreated);
        QCOMPARE(launch.size, sampleMedia(1).size);
        QCOMPARE(launch.width, 1080);
        QCOMPARE(launch.height, 1920);
        QCOMPARE(launch.durationSeconds, sampleMedia(1).durationSeconds);

        // Deleting a post takes it out of "where used"; the file stays while a post has it.
        QVERIFY(m_stores->posts.remove(a));
        const QList<LibraryFile> after = m_stores->library.page({}, 50);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(2).postCount, 1);
        QCOMPARE(after.at(2).recentPosts, (QList<qint64>{b}));
    }

    void filesStayAfterTheirPostsGoUntilRemoved()
    {
        const qint64 a = savePost({file(QStringLiteral("/v/evergreen.mp4"), sha(3))});
        const qint64 b = savePost({file(QStringLiteral("/v/evergreen.mp4"), sha(3))});
        const qint64 c = savePost({file(QStringLiteral("/v/unhashed.mov"), QString())});
        QVERIFY(a && b && c);
        QVERIFY(m_stores->posts.remove(a));
        QVERIFY(m_stores->posts.remove(b));
        QVERIFY(m_stores->posts.remove(c));

        // Every post is gone; the library still knows both files, used by none.
        QList<LibraryFile> files = m_stores->library.page({}, 10);
        QCOMPARE(paths(files), (QStringList{QStringLiteral("/v/unhashed.mov"),
                                            QStringLiteral("/v/evergreen.mp4")}));
        QCOMPARE(files.at(0).postCount, 0);
        QCOMPARE(files.at(1).postCount, 0);
        QVERIFY(files.at(1).recentPosts.isEmpty());
        // One row each is kept, not one per post that had it.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM media")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        query.finish();

        // A new post takes the kept file again: one entry, used once.
        const qint64 d = savePost({file(QStringLiteral("/v/evergreen.mp4"), sha(3))});
        files = m_stores->library.page(QStringLiteral("evergreen"), 10);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().postCount, 1);
        QCOMPARE(files.first().recentPosts, (QList<qint64>{d}));

        // The user removes the unused one; it is gone for good.
        files = m_stores->library.page(QStringLiteral("unhashed"), 10);
        QCOMPARE(files.size(), 1);
        QVERIFY2(m_stores->library.forget(files.first()),
                 qPrintable(m_stores->library.lastError()));
        QVERIFY(m_stores->library.page(QStringLiteral("unhashed"), 10).isEmpty());
    }

    void aFileInUseIsNotRemoved()
    {
        const qint64 a = savePost({file(QStringLiteral("/v/launch.mp4"), sha(4))});
        savePost({file(QStringLiteral("/w/launch copy.mp4"), sha(4))});
        QVERIFY(a);
        const QList<LibraryFile> files = m_stores->library.page({}, 10);
        QCOMPARE(files.size(), 1);
        QVERIFY(!m_stores->library.forget(files.first()));
        const QString error = m_stores->library.lastError();
        QVERIFY2(error.contains(u"launch copy.mp4") && error.contains(u"2 post"),
                 qPrintable(error));
        // Nothing was removed: both posts still load their file.
        QCOMPARE(m_stores->posts.load(a)->media.size(), 1);
        QCOMPARE(m_stores->library.page({}, 10).first().postCount, 2);
    }

    void recentPostsAreCapped()
    {
        QList<qint64> ids;
        for (int i = 0; i < MediaLibrary::recentShown + 3; ++i)
            ids.prepend(savePost({file(QStringLiteral("/v/loop.mp4"), sha(7))}));
        const QList<LibraryFile> files = m_stores->library.page({}, 10);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().postCount, MediaLibrary::recentShown + 3);
        QCOMPARE(files.first().recentPosts, ids.first(MediaLibrary::recentShown));
    }

    void searchMatchesTheFileNameOnly()
    {
        savePost({file(QStringLiteral("/home/me/Clips/beach.mp4"), sha(1))});
        savePost({file(QStringLiteral("/home/me/Videos/Sunset clip.MP4"), sha(2))});
        savePost({file(QStringLiteral("/home/me/Videos/100%_real.mp4"), sha(3))});
        savePost({file(QStringLiteral("/home/me/Videos/100x real.mp4"), sha(4))});

        // "clip" is in the folder of beach.mp4 but only in the name of the sunset one.
        QCOMPARE(paths(m_stores->library.page(QStringLiteral("CLIP"), 10)),
                 QStringList{QStringLiteral("/home/me/Videos/Sunset clip.MP4")});
        // LIKE's wildcards are taken literally.
        QCOMPARE(paths(m_stores->library.page(QStringLiteral("0%_"), 10)),
                 QStringList{QStringLiteral("/home/me/Videos/100%_real.mp4")});
        QCOMPARE(m_stores->library.page(QStringLiteral("  .mp4 "), 10).size(), 4);
        QVERIFY(m_stores->library.page(QStringLiteral("nothing"), 10).isEmpty());
        QVERIFY(m_stores->library.lastError().isEmpty());
    }

    void keysetPagesNeitherSkipNorRepeat()
    {
        QStringList expected;
        for (int i = 0; i < 23; ++i) {
            const QString path = QStringLiteral("/v/clip-%1.mp4").arg(i);
            savePost({file(path, sha(100 + i))});
            // Every third file also in a folder that matches the search but is filtered out.
            if (i % 3 == 0)
                savePost({file(QStringLiteral("/clips/other-%1.mov").arg(i), sha(500 + i))});
            expected.prepend(path);
        }
        QStringList seen;
        qint64 after = 0;
        for (int pageNumber = 0; pageNumber < 20; ++pageNumber) {
            const QList<LibraryFile> files =
                m_stores->library.page(QStringLiteral("clip-"), 5, after);
            seen += paths(files);
            if (files.size() < 5)
                break;
            after = files.last().newestRow;
        }
        QCOMPARE(seen, expected);
    }

    void aPageStaysQuickAtOneHundredThousandPosts()
    {
        if (m_stores->context.database.isPostgres())
            QSKIP("the 100,000 rows are planted with SQLite's SQL; paging is the same query");
        constexpr int posts = 100'000;
        {
            Transaction transaction(m_db->connection());
            QVERIFY(transaction.isActive());
            QSqlQuery query(m_db->connection());
            // Every 10th post reuses the content of the one before; every 20th file has no
            // fingerprint yet; each post has one file.
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                "INSERT INTO posts (id, type, state, created_at, updated_at) "
                "SELECT i, 'video', 'draft', i * 1000, i * 1000 FROM n")));
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                "INSERT INTO media (id, path, size, sha256, kind) SELECT i, "
                "'/home/me/Videos/clip-' || i || '.mp4', i, "
                "CASE WHEN i % 20 = 0 THEN '' ELSE printf('%064d', i - (i % 10 = 0)) END, "
                "'video' FROM n")));
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                "INSERT INTO post_media (post_id, position, media_row) SELECT i, 0, i FROM n")));
            QVERIFY(transaction.commit());
        }
        QElapsedTimer timer;
        timer.start();
        const QList<LibraryFile> first = m_stores->library.page({}, 60);
        const qint64 firstMs = timer.restart();
        QCOMPARE(first.size(), 60);
        QCOMPARE(first.first().path, QStringLiteral("/home/me/Videos/clip-100000.mp4"));
        const QList<LibraryFile> deep = m_stores->library.page({}, 60, 20'001);
        const qint64 deepMs = timer.restart();
        QCOMPARE(deep.size(), 60);
        QCOMPARE(deep.first().path, QStringLiteral("/home/me/Videos/clip-20000.mp4"));
        // clip-19990.mp4 has the content of clip-19989.mp4: one entry, the newer name, both
        // posts counted.
        for (const LibraryFile &f : deep) {
            if (f.path.endsWith(QLatin1String("clip-19990.mp4")))
                QCOMPARE(f.postCount, 2);
            QVERIFY(!f.path.endsWith(QLatin1String("clip-19989.mp4")));
        }
        const QList<LibraryFile> found = m_stores->library.page(QStringLiteral("clip-4242."), 60);
        const qint64 searchMs = timer.restart();
        QCOMPARE(paths(found), QStringList{QStringLiteral("/home/me/Videos/clip-4242.mp4")});
        qInfo("library page at %d posts: first %lld ms, deep %lld ms, rare search %lld ms", posts,
              firstMs, deepMs, searchMs);
        // Generous bounds (shared CI cores): a full scan per row would take minutes.
        QVERIFY(firstMs < 2000 && deepMs < 2000 && searchMs < 5000);
    }
};

QTEST_GUILESS_MAIN(TestMediaLibrary)
#include "tst_medialibrary.moc"
