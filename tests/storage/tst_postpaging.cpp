// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The posts list reads pages, not the whole history: keyset pages tile the full ordered list
// (ties on the edit time broken by id), edits between pages neither skip nor repeat a row, and
// the full-text index answers substrings, any case, after edits, deletes and an upgrade. On a
// SQLite file (and, in tst_postpaging_postgres, a PostgreSQL database).

#include "ManyPosts.h"
#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/Stores.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPostPaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;

    PostStore &store() { return m_stores->posts; }

    qint64 add(const QString &caption, PostState state = PostState::Draft)
    {
        Post post = samplePost(m_clock.nowUtc().addDays(3));
        post.state = state;
        post.caption = caption;
        store().saveContent(post);
        return post.id;
    }

    QList<qint64> ids(const QList<Post> &posts)
    {
        QList<qint64> result;
        for (const Post &post : posts)
            result.append(post.id);
        return result;
    }

    // Every page of 7 until a short one, concatenated.
    QList<qint64> allPages(const QList<PostState> &states, const QString &text)
    {
        QList<qint64> seen;
        std::optional<PostStore::PageCursor> cursor;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<Post> page = store().searchPage(states, text, 7, cursor);
            seen += ids(page);
            if (page.size() < 7)
                break;
            cursor = PostStore::cursorAfter(page.last());
        }
        return seen;
    }

private Q_SLOTS:
    void init()
    {
        m_stores.reset();
        const QString location = testDatabaseLocation(m_dir);
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location, m_clock);
        const DatabaseOpenResult opened = m_db->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_stores.reset(); // before its Database
        m_db.reset();
    }

    void pagesTileTheWholeOrderedList()
    {
        for (int i = 0; i < 40; ++i) {
            add(QStringLiteral("Post %1").arg(i), i % 3 ? PostState::Draft : PostState::Failed);
            if (i % 4 == 0) // the rest share an edit time: the id breaks the tie
                m_clock.advanceSeconds(5);
        }
        QCOMPARE(allPages({}, {}), ids(store().search({})));
        QCOMPARE(allPages({}, {}).size(), 40);
        QCOMPARE(allPages({PostState::Failed}, {}), ids(store().search({PostState::Failed})));
        QCOMPARE(store().searchPage({}, {}, 7).size(), 7);
        QCOMPARE(store().searchPage({}, {}, 0).size(), 40); // 0: no limit
    }

    void pagesCarryTheirPostsChildren()
    {
        for (int i = 0; i < 10; ++i)
            add(QStringLiteral("Post %1").arg(i));
        const QList<Post> page = store().searchPage({}, {}, 3);
        QCOMPARE(page.size(), 3);
        for (const Post &post : page) {
            QCOMPARE(post.accounts.size(), samplePost(m_clock.nowUtc()).accounts.size());
            QCOMPARE(post.media.size(), samplePost(m_clock.nowUtc()).media.size());
        }
    }

    void anEditBetweenPagesNeitherSkipsNorRepeats()
    {
        for (int i = 0; i < 20; ++i) {
            add(QStringLiteral("Post %1").arg(i));
            m_clock.advanceSeconds(1);
        }
        const QList<Post> first = store().searchPage({}, {}, 7);
        // A post not yet seen is edited: it becomes the newest, so it belongs to the top the
        // list already shows (the storage announces it), not to a later page.
        Post edited = store().searchPage({}, {}, 1, PostStore::cursorAfter(first.last())).first();
        edited.caption = QStringLiteral("Edited meanwhile");
        QVERIFY(store().saveContent(edited) > 0);

        QList<qint64> rest;
        std::optional<PostStore::PageCursor> cursor = PostStore::cursorAfter(first.last());
        while (true) {
            const QList<Post> page = store().searchPage({}, {}, 7, cursor);
            rest += ids(page);
            if (page.size() < 7)
                break;
            cursor = PostStore::cursorAfter(page.last());
        }
        QVERIFY(!rest.contains(edited.id));
        const QList<qint64> firstIds = ids(first);
        const QSet<qint64> shown(firstIds.cbegin(), firstIds.cend());
        for (qint64 id : rest)
            QVERIFY(!shown.contains(id));
        QCOMPARE(first.size() + rest.size() + 1, 20);
    }

    void searchFindsWordsByTheirStartInAnyCaseAndAccent()
    {
        const qint64 summer = add(QStringLiteral("Summer sale ☀️ #deals"));
        const qint64 umlaut = add(QStringLiteral("ÜBERRASCHUNG im Laden"));
        const qint64 winter = add(QStringLiteral("Winter drop, summer soon"));
        const qint64 quoted = add(QStringLiteral("She said \"hello\" twice"));
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("summ"), 50)), (QList{winter, summer}));
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("sa"), 50)), (QList{quoted, summer}));
        // Word starts and accents are the index's (SQLite); PostgreSQL has none and matches
        // substrings, ignoring case only (sql::hasWordIndex()).
        const bool wordIndex = sql::hasWordIndex(sql::backendOf(m_db->connection()));
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("mmer"), 50)),
                 wordIndex ? QList<qint64>{} : (QList{winter, summer}));
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("#DEALS"), 50)), {summer});
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("uberrasch"), 50)),
                 wordIndex ? QList{umlaut} : QList<qint64>{});
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("\"hello\""), 50)), {quoted});
        // Every word must be there; the last one is the one being typed.
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("summer so"), 50)), {winter});
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("sale winter"), 50)).size(), 0);
        // What the index cannot answer (no letter or digit) is matched as text.
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("☀️"), 50)), {summer});
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("☀️ sum"), 50)), {summer});
        QCOMPARE(store().searchPage({}, QStringLiteral("%"), 50).size(), 0); // literal, no wildcard
        QCOMPARE(store().searchPage({PostState::Failed}, QStringLiteral("summ"), 50).size(), 0);
        // Only among the given posts: which of the posts just changed does the list show?
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("summ"), 0, {}, {summer, umlaut})),
                 {summer});
    }

    void wordPagesTileNewestCreatedFirst()
    {
        QList<qint64> expected;
        for (int i = 0; i < 30; ++i) {
            const qint64 id = add(QStringLiteral("Launch %1").arg(i));
            add(QStringLiteral("Other %1").arg(i));
            expected.prepend(id);
        }
        QCOMPARE(allPages({}, QStringLiteral("laun")), expected);
    }

    void theIndexFollowsEditsAndDeletes()
    {
        const qint64 id = add(QStringLiteral("Autumn colours"));
        Post post = *store().load(id);
        post.caption = QStringLiteral("Spring colours");
        post.title = QStringLiteral("Blossom");
        QVERIFY(store().saveContent(post) > 0);
        QCOMPARE(store().searchPage({}, QStringLiteral("Autumn"), 50).size(), 0);
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("Spring"), 50)), {id});
        QCOMPARE(ids(store().searchPage({}, QStringLiteral("bloss"), 50)), {id}); // the title
        QVERIFY(store().remove(id));
        QCOMPARE(store().searchPage({}, QStringLiteral("Spring"), 50).size(), 0);
    }

    // Issue #14: the whole of a 100,000-post history, page by page, and a rare word in it.
    void aHundredThousandPostsPageInOrder()
    {
        constexpr int total = 100'000;
        constexpr int pageSize = 500;
        ManyPosts many;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(many.fill(m_db->connection(), total));
        qInfo("filled %d posts in %lld ms", total, qlonglong(timer.elapsed()));
        QCOMPARE(countRows(*m_db, QStringLiteral("posts")), qint64(total));

        QList<qint64> seen;
        seen.reserve(total);
        std::optional<PostStore::PageCursor> cursor;
        int pages = 0;
        qsizetype lastPageSize = -1;
        while (true) {
            timer.restart();
            const QList<Post> page = store().searchPage({}, {}, pageSize, cursor);
            const qint64 ns = timer.nsecsElapsed();
            if (pages == 0 || pages == 180) // the first page, and one at row 90,000
                qInfo("browse page %d (from row %lld): %.2f ms", pages, qlonglong(seen.size()),
                      double(ns) / 1e6);
            ++pages;
            seen += ids(page);
            lastPageSize = page.size();
            if (page.size() < pageSize)
                break;
            QVERIFY2(pages <= total / pageSize + 1, "the pages never end");
            cursor = PostStore::cursorAfter(page.last());
        }
        // 200 full pages and then an empty one: "the last page short" is the one with 0 rows,
        // as 100,000 divides by 500.
        QCOMPARE(pages, total / pageSize + 1);
        QCOMPARE(lastPageSize, 0);
        QCOMPARE(seen.size(), total);
        const QSet<qint64> unique(seen.cbegin(), seen.cend());
        QCOMPARE(unique.size(), total);     // every id exactly once
        QCOMPARE(seen, many.browseOrder()); // newest edited first, ties by the larger id

        // One page more than a divisible count: a short last page that is not empty.
        const QList<Post> tail = store().searchPage(
            {}, {}, 333, PostStore::cursorAfter(*store().load(seen.at(total - 100 - 1))));
        QCOMPARE(ids(tail), seen.mid(total - 100));

        timer.restart();
        const QList<Post> rare = store().searchPage({}, ManyPosts::rareWord(), pageSize);
        qInfo("word search page (%lld hits): %.2f ms", qlonglong(rare.size()),
              double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(rare.size(), total / 1000);
        QCOMPARE(ids(rare), many.rareOrder()); // exactly those, newest created first
        for (const Post &post : rare)
            QVERIFY(post.caption.contains(ManyPosts::rareWord()));
    }

    void anUpgradedDatabaseIndexesItsOldPosts()
    {
        if (m_db->isPostgres())
            QSKIP("the schema-5 database is built through the SQLite driver");
        m_stores.reset();
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations::migrate(raw, 5).ok()); // the schema before the index
            QSqlQuery insert(raw);
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO posts (type, caption, title, is_aigc, state, created_at, "
                "updated_at) VALUES ('video', 'Written by version five', '', 0, 'draft', 1, 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        m_db = std::make_unique<Database>(path, m_clock);
        QVERIFY(m_db->open().ok());
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
        QCOMPARE(store().searchPage({}, QStringLiteral("version five"), 50).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostPaging)
#include "tst_postpaging.moc"
