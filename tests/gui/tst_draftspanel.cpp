// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drafts/DraftsPanel.h"
#include "models/PostListModel.h"
#include "storage/StorageWorker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
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
        QTest::keyClicks(search, QStringLiteral("Summer"));
        QVERIFY(reloaded.wait(5000)); // debounced: one query for the whole word
        QCOMPARE(panel.model()->rowCount(), 2);

        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("draftFilterCombo"));
        filter->setCurrentIndex(1); // Drafts
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(panel.model()->index(0).data().toString().contains(QStringLiteral("Summer sale")));
        QVERIFY(panel.model()->index(0).data().toString().startsWith(QStringLiteral("Draft")));
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
