// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The upload queue's last pieces, against a real queue (sandbox on 127.0.0.1, SQLite file):
// "Apply to selected…" sets one caption and accounts on every selected draft and says how many
// it skipped because they are no longer drafts; a failure a retry cannot fix (the server
// refused the file) offers no ↻, while a passing one (a 500) still does.

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "publish/UploadQueue.h"
#include "queue/ApplyToSelectedDialog.h"
#include "queue/UploadProgressDelegate.h"
#include "queue/UploadQueuePanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace tokdeck;
using Status = UploadQueue::Status;
using Delegate = UploadProgressDelegate;

class TestApplyToSelected : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<test::LocalSandbox> sandbox;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<UploadQueue> queue;
    std::unique_ptr<QWidget> window;
    UploadQueuePanel *panel = nullptr;
    QListView *view = nullptr;

    bool idle()
    {
        return QTest::qWaitFor([&] { return queue->isIdle(); }, 20'000);
    }
    QModelIndex rowIndex(int row) const { return view->model()->index(row, 0); }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start());
        sandbox->retryNever();
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
        queue = std::make_unique<UploadQueue>(&sandbox->client, storage.get());
        window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        panel = new UploadQueuePanel(queue.get(), window.get());
        layout->addWidget(panel);
        window->resize(640, 400);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        view = window->findChild<QListView *>(QStringLiteral("uploadQueueView"));
        QVERIFY(view);
    }

    void cleanup()
    {
        window.reset();
        queue.reset();
        storage.reset();
        sandbox.reset();
    }

    void appliesToTheSelectedDraftsAndCountsTheSkipped()
    {
        auto *apply = window->findChild<QPushButton *>(QStringLiteral("applyToSelected"));
        QVERIFY(apply);
        QVERIFY(apply->isHidden()); // no storage to save to yet
        panel->setStorage(storage.get());
        const QList<Account> accounts = sandbox->server.accounts();
        panel->setAccounts(accounts);
        QVERIFY(!apply->isHidden());
        QVERIFY(!apply->isEnabled()); // nothing selected

        queue->add(test::distinctVideos(dir.filePath(QStringLiteral("apply")), 3));
        QVERIFY(idle());
        QList<qint64> ids;
        for (const auto &item : queue->items()) {
            QCOMPARE(item.status, Status::Done);
            ids << item.postId;
        }
        // The third one was published meanwhile (as from the drafts list): no longer a draft.
        QVERIFY(storage->transition(ids.at(2), {PostState::Draft}, PostState::Ready)
                    .result()
                    .value.done());

        view->selectAll(); // several rows at once: the view is multi-select
        QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
        QCOMPARE(panel->selectedDraftIds().size(), 3);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        auto *dialog = window->findChild<ApplyToSelectedDialog *>();
        QVERIFY(dialog);
        const QList<QPushButton *> ok = dialog->findChildren<QPushButton *>();
        const auto okButton = std::find_if(ok.begin(), ok.end(), [](QPushButton *button) {
            return button->text() == QStringLiteral("Apply");
        });
        QVERIFY(okButton != ok.end());
        QVERIFY(!(*okButton)->isEnabled()); // nothing ticked: nothing to apply

        dialog->findChild<QCheckBox *>(QStringLiteral("applyCaptionCheck"))->setChecked(true);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("applyCaptionEdit"))
            ->setPlainText(QStringLiteral("Launch week 🎬 #fyp"));
        dialog->findChild<QCheckBox *>(QStringLiteral("applyAccountsCheck"))->setChecked(true);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("applyAccountsList"));
        QVERIFY(list->count() > 0);
        list->item(0)->setCheckState(Qt::Checked);
        const QString accountId = list->item(0)->data(Qt::UserRole).toString();
        QVERIFY((*okButton)->isEnabled());
        QTest::mouseClick(*okButton, Qt::LeftButton);

        auto *notice = window->findChild<QLabel *>(QStringLiteral("applyToSelectedNotice"));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10'000);
        QVERIFY2(notice->text().contains(QStringLiteral("Changed 2 draft")),
                 qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QStringLiteral("1 skipped")), qPrintable(notice->text()));
        for (int i = 0; i < 2; ++i) {
            const Post post = *storage->load(ids.at(i)).result().value;
            QCOMPARE(post.state, PostState::Draft);
            QCOMPARE(post.caption, QStringLiteral("Launch week 🎬 #fyp"));
            QCOMPARE(post.accounts.size(), 1);
            QCOMPARE(post.accounts.first().accountId, accountId);
        }
        const Post published = *storage->load(ids.at(2)).result().value;
        QCOMPARE(published.state, PostState::Ready);
        QVERIFY(published.caption.isEmpty());
    }

    void aRefusedFileOffersNoRetry()
    {
        auto *retry = window->findChild<QPushButton *>(QStringLiteral("retryQueueItem"));
        QVERIFY(retry);
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("refused")), 2);
        sandbox->server.failNext(QStringLiteral("/media"), 422); // a rule refused the file
        queue->add({videos.at(0)});
        QVERIFY(idle());
        QCOMPARE(queue->items().at(0).status, Status::Failed);
        QVERIFY(queue->items().at(0).permanent);
        QVERIFY(!queue->canRetry(0));
        QCOMPARE(Delegate::Action(rowIndex(0).data(Delegate::ActionRole).toInt()),
                 Delegate::Action::None);
        const QString state = rowIndex(0).data(Delegate::StateTextRole).toString();
        QVERIFY2(state.startsWith(QStringLiteral("cannot be uploaded")), qPrintable(state));
        view->setCurrentIndex(rowIndex(0));
        QVERIFY(!retry->isEnabled());

        // A server trouble a retry can fix: ↻ offered.
        sandbox->server.failNext(QStringLiteral("/media"), 500);
        queue->add({videos.at(1)});
        QVERIFY(idle());
        QCOMPARE(queue->items().at(1).status, Status::Failed);
        QVERIFY(!queue->items().at(1).permanent);
        QCOMPARE(Delegate::Action(rowIndex(1).data(Delegate::ActionRole).toInt()),
                 Delegate::Action::Retry);
        view->setCurrentIndex(rowIndex(1));
        QVERIFY(retry->isEnabled());
    }

    void permanentFailuresAreTheOnesARetryCannotFix()
    {
        QVERIFY(UploadQueue::isPermanent(ApiError(ApiError::Kind::Validation, 422)));
        QVERIFY(UploadQueue::isPermanent(ApiError(ApiError::Kind::FileError)));
        QVERIFY(UploadQueue::isPermanent(ApiError(ApiError::Kind::UnexpectedStatus, 413)));
        QVERIFY(!UploadQueue::isPermanent(ApiError(ApiError::Kind::UnexpectedStatus, 408)));
        QVERIFY(!UploadQueue::isPermanent(ApiError(ApiError::Kind::RateLimited, 429)));
        QVERIFY(!UploadQueue::isPermanent(ApiError(ApiError::Kind::Server, 503)));
        QVERIFY(!UploadQueue::isPermanent(ApiError(ApiError::Kind::Network)));
        QVERIFY(!UploadQueue::isPermanent(ApiError(ApiError::Kind::Timeout)));
    }
};

QTEST_MAIN(TestApplyToSelected)
#include "tst_applytoselected.moc"
