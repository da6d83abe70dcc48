// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drafts/DraftsPanel.h"
#include "models/PostListModel.h"
#include "storage/StorageWorker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestDraftsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    static Post post(PostState state, const QString &caption)
    {
        Post p;
        p.type = PostType::Video;
        p.state = state;
        p.caption = caption;
        p.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        p.plannedAt = QDateTime::currentDateTimeUtc().addDays(2);
        return p;
    }

private Q_SLOTS:
    void searchesAndFiltersThroughTheWorker()
    {
        StorageWorker storage(dir.filePath(QStringLiteral("drafts.sqlite")));
        auto opened = storage.open();
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        for (const Post &p : {post(PostState::Draft, QStringLiteral("Summer sale ☀️")),
                              post(PostState::Draft, QStringLiteral("Winter drop")),
                              post(PostState::Failed, QStringLiteral("Summer teaser"))}) {
            auto saved = storage.saveContent(p);
            saved.waitForFinished();
            QVERIFY(saved.result().ok());
        }

        DraftsPanel panel(&storage);
        QAbstractItemModelTester tester(panel.model());
        QSignalSpy reloaded(&panel, &DraftsPanel::reloaded);
        panel.reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(panel.model()->rowCount(), 3);

        auto *search = panel.findChild<QLineEdit *>(QStringLiteral("draftSearchEdit"));
        QVERIFY(!search->isClearButtonEnabled()); // nothing to clear yet: built when needed
        QTest::keyClicks(search, QStringLiteral("Summer"));
        QVERIFY(search->isClearButtonEnabled());
        QVERIFY(reloaded.wait(5000)); // debounced: one query for the whole word
        QCOMPARE(panel.model()->rowCount(), 2);

        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("draftFilterCombo"));
        filter->setCurrentIndex(1); // Drafts
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(panel.model()->index(0).data().toString().contains(QStringLiteral("Summer sale")));
        QVERIFY(panel.model()->index(0).data().toString().startsWith(QStringLiteral("Draft")));
    }

    void loadsPagesAsTheListScrolls()
    {
        StorageWorker storage(dir.filePath(QStringLiteral("paging.sqlite")));
        QVERIFY(storage.open().result().ok());
        const int total = DraftsPanel::pageSize * 2 + 50;
        auto filled = storage.run([total](Stores &stores) {
            for (int i = 0; i < total; ++i) {
                Post p = post(PostState::Draft, QStringLiteral("Post %1").arg(i));
                if (stores.posts.saveContent(p) == 0)
                    return false;
            }
            return true;
        });
        QVERIFY(filled.result());

        DraftsPanel panel(&storage);
        QAbstractItemModelTester tester(panel.model());
        panel.resize(300, 400);
        panel.show();
        QSignalSpy reloaded(&panel, &DraftsPanel::reloaded);
        QSignalSpy paged(&panel, &DraftsPanel::pageLoaded);
        panel.reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(panel.model()->rowCount(), DraftsPanel::pageSize); // not the whole history

        // The view asks for more when its end comes into sight, one page at a time.
        while (panel.model()->rowCount() < total) {
            const int before = panel.model()->rowCount();
            panel.listView()->scrollToBottom();
            // (QAbstractItemModelTester may have asked for the page already.)
            QTRY_VERIFY(panel.model()->rowCount() > before || paged.wait(100));
            QVERIFY(panel.model()->rowCount() > before);
        }
        QCOMPARE(panel.model()->rowCount(), total);
        QVERIFY(!panel.model()->canFetchMore());
        QSet<qint64> ids;
        for (int row = 0; row < total; ++row)
            ids.insert(panel.model()->index(row).data(PostListModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), total); // no row twice

        // A new filter starts over at one page.
        auto *search = panel.findChild<QLineEdit *>(QStringLiteral("draftSearchEdit"));
        search->setText(QStringLiteral("Post 1"));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(panel.model()->rowCount() <= DraftsPanel::pageSize);
        QVERIFY(panel.model()->index(0).data().toString().contains(QStringLiteral("Post 1")));
    }

    void selectingAPostAsksToOpenIt()
    {
        PostListModel model;
        Post p = post(PostState::Draft, QStringLiteral("x"));
        p.id = 42;
        model.setPosts({p});
        QListView view;
        view.setModel(&model);
        QCOMPARE(model.rowOf(42), 0);
        p.caption = QStringLiteral("edited");
        model.upsert(p);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("edited")));
    }
};

QTEST_MAIN(TestDraftsPanel)
#include "tst_draftspanel.moc"
