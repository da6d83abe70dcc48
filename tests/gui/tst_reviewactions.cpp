// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team review in the window (issue #15), on a real database: the Post menu's Submit for
// review, Reject… (its comment typed into the real dialog) and Approve, enabled by the current
// post's state, found by objectName; and the audit trail dialog lists each step with its
// comment. The actions follow the post the list made current.

#include "MainWindow.h"
#include "TestStorage.h"
#include "actions/PostActions.h"
#include "actions/ReviewActions.h"
#include "api/ApiClient.h"
#include "drafts/DraftsPanel.h"
#include "models/PostListModel.h"
#include "storage/StorageWorker.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace tokdeck;

class TestReviewActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageWorker> m_storage;
    std::unique_ptr<ApiClient> m_client; // never called: the window needs one for its accounts
    std::unique_ptr<MainWindow> m_window;

    ReviewActions *review() const { return m_window->findChild<ReviewActions *>(); }
    QAction *postMenuAction(const char *name) const
    {
        auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("postMenu"));
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1StringView(name))
                return action;
        }
        return nullptr;
    }
    PostState stateOf(qint64 id) { return m_storage->load(id).result().value->state; }
    QModelIndex rowOf(qint64 id) const
    {
        const QAbstractItemModel *model = m_window->draftsPanel()->listView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PostListModel::IdRole).toLongLong() == id)
                return model->index(row, 0);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_storage = test::openTestStorage(m_dir);
        QVERIFY(m_storage);
        m_client = std::make_unique<ApiClient>();
        m_window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_storage.get());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_storage.reset();
    }

    void submitRejectWithACommentApproveAndReadTheTrail()
    {
        Post post;
        post.type = PostType::Photo;
        post.caption = QStringLiteral("for review");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        const qint64 id = m_storage->saveContent(post).result().value.id;
        QVERIFY(id > 0);
        QTRY_VERIFY(rowOf(id).isValid());
        QVERIFY(review());
        QAction *submit = postMenuAction("postSubmitForReviewAction");
        QAction *approve = postMenuAction("postApproveAction");
        QAction *reject = postMenuAction("postRejectAction");
        QAction *audit = postMenuAction("postAuditTrailAction");
        QVERIFY(submit && approve && reject && audit);
        QVERIFY(!submit->isEnabled()); // no current post yet

        m_window->draftsPanel()->listView()->setCurrentIndex(rowOf(id));
        QTRY_VERIFY(submit->isEnabled());
        QVERIFY(!approve->isEnabled());
        submit->trigger();
        QTRY_COMPARE(stateOf(id), PostState::InReview);
        QTRY_VERIFY(approve->isEnabled() && reject->isEnabled());
        QVERIFY(!submit->isEnabled());

        // Reject…: the comment goes through the real dialog, as typed.
        QTimer::singleShot(0, m_window.get(), [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setTextValue(QStringLiteral("Shorter caption, please"));
            dialog->accept();
        });
        reject->trigger();
        QTRY_COMPARE(stateOf(id), PostState::Draft);
        QTRY_VERIFY(submit->isEnabled());
        submit->trigger();
        QTRY_VERIFY(approve->isEnabled());
        approve->trigger();
        QTRY_COMPARE(stateOf(id), PostState::Ready);

        QSignalSpy shown(review(), &ReviewActions::auditShown);
        QTRY_VERIFY(audit->isEnabled());
        audit->trigger();
        QVERIFY(shown.wait(5000));
        QDialog *dialog = review()->auditDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *view = dialog->findChild<QPlainTextEdit *>(QStringLiteral("auditTrailView"));
        QVERIFY(view);
        const QStringList lines = view->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), qsizetype(4));
        QVERIFY2(lines.at(1).contains(QStringLiteral("Shorter caption, please")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).contains(postDisplayStateName(PostDisplayState::Ready)),
                 qPrintable(lines.at(3)));
    }
};

QTEST_MAIN(TestReviewActions)
#include "tst_reviewactions.moc"
