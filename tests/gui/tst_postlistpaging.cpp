// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue #14: PostListModel over a 100,000-post store, under QAbstractItemModelTester, loads
// page after page in the store's order. The test plays the model's owner (DraftsPanel does it
// through the StorageWorker); the model needs a QGuiApplication for its icons, hence tests/gui.

#include "ManyPosts.h"
#include "models/PostListModel.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "support/Clock.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPostListPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theModelFetchesPagesOfAHundredThousandPosts()
    {
        constexpr int total = 100'000;
        constexpr int pageSize = 500;
        constexpr int wanted = 2'000;
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("many.sqlite")), Clock::system());
        const DatabaseOpenResult opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        auto stores = std::make_unique<Stores>(db, Clock::system());
        ManyPosts many;
        QVERIFY(many.fill(db.connection(), total));
        const QList<qint64> order = many.browseOrder();

        PostListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The owner's side: a request is remembered and answered below, as DraftsPanel answers
        // it when the worker's page arrives (the tester itself may ask while rows go in).
        int requests = 0;
        bool pending = false;
        connect(&model, &PostListModel::moreWanted, this, [&] {
            QVERIFY(!pending); // at most one request out at a time
            pending = true;
            ++requests;
        });
        QElapsedTimer timer;
        timer.start();
        QList<Post> page = stores->posts.searchPage({}, {}, pageSize);
        qInfo("first page: %.2f ms", double(timer.nsecsElapsed()) / 1e6);
        model.setPosts(page, page.size() == pageSize);
        while (model.rowCount() < wanted) {
            QVERIFY(model.hasMore());
            if (!pending) {
                QVERIFY(model.canFetchMore());
                model.fetchMore();
            }
            QVERIFY(pending);
            QVERIFY(!model.canFetchMore()); // the request is out
            pending = false;
            page = stores->posts.searchPage({}, {}, pageSize,
                                            PostStore::cursorAfter(model.posts().last()));
            model.appendPage(page, page.size() == pageSize);
        }
        QCOMPARE(model.rowCount(), wanted);
        QVERIFY(model.hasMore()); // 98,000 rows still to come
        QVERIFY(model.canFetchMore() || pending);
        QVERIFY(requests >= wanted / pageSize - 1);
        QSet<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row).data(PostListModel::IdRole).toLongLong();
            QCOMPARE(id, order.at(row)); // the store's pages, in its order
            shown.insert(id);
        }
        QCOMPARE(shown.size(), wanted); // no row twice

        // A page deep in the history costs what the first one did (keyset, no OFFSET).
        const Post deep = *stores->posts.load(order.at(90'000 - 1));
        timer.restart();
        page = stores->posts.searchPage({}, {}, pageSize, PostStore::cursorAfter(deep));
        qInfo("page at row 90,000: %.2f ms", double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(page.first().id, order.at(90'000));
        stores.reset(); // before its Database
    }
};

QTEST_MAIN(TestPostListPaging)
#include "tst_postlistpaging.moc"
