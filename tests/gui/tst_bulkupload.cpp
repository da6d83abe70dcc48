// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bulk upload found from the menu: File → "Upload several videos…" takes many files in one
// dialog into the upload queue (one draft each, against the real sandbox and a real SQLite
// file), and a queue row opens its draft in the composer.

#include "LocalSandbox.h"
#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "app/HelpMenu.h"
#include "compose/DraftEditor.h"
#include "publish/UploadQueue.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tokdeck;

class TestBulkUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalVideosFromTheFileMenuOpenFromTheirRows()
    {
        QTemporaryDir dir;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        MainWindow window(&sandbox.client, nullptr, storage.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("clips")), 2);
        QCOMPARE(videos.size(), 2);

        auto *action = window.findChild<QAction *>(QStringLiteral("uploadSeveralAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("Upload several videos")));
        action->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = window.findChild<QFileDialog *>(QStringLiteral("uploadSeveralDialog")))
            != nullptr);
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
        dialog->setDirectory(QFileInfo(videos.first()).absolutePath());
        dialog->selectFile(
            QStringLiteral("\"%1\" \"%2\"")
                .arg(QFileInfo(videos.at(0)).fileName(), QFileInfo(videos.at(1)).fileName()));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as its Upload button

        UploadQueue *queue = window.uploadQueue();
        QTRY_COMPARE(queue->items().size(), 2);
        QVERIFY(QTest::qWaitFor([queue] { return queue->isIdle(); }, 20'000));
        for (const UploadQueue::Item &item : queue->items()) {
            QCOMPARE(item.status, UploadQueue::Status::Done);
            QVERIFY(item.postId > 0);
        }

        // The rows name their files; a double-click opens that row's draft.
        auto *view = window.findChild<QListView *>(QStringLiteral("uploadQueueView"));
        QVERIFY(view && view->isVisible());
        const QModelIndex second = view->model()->index(1, 0);
        QVERIFY(second.data().toString().contains(QFileInfo(videos.at(1)).fileName()));
        auto *editor = window.findChild<DraftEditor *>();
        QVERIFY(editor);
        const QRect row = view->visualRect(second);
        const QPoint onName(row.left() + row.width() / 4, row.center().y());
        QSignalSpy activated(view, &QListView::activated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onName); // as a hand does it
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, onName);
        QVERIFY2(activated.count() == 1, qPrintable(QString::number(activated.count())));
        QTRY_COMPARE(editor->post().id, queue->items().at(1).postId);
    }

    // Also here, as it needs the whole window: Help → Keyboard shortcuts is made from the
    // window's actions (one added now shows up), not from a list kept by hand.
    void helpListsEveryShortcutOfTheWindow()
    {
        QTemporaryDir dir;
        auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        MainWindow window(&sandbox.client, nullptr, storage.get());
        HelpMenu::addTo(&window);
        auto *extra = new QAction(QStringLiteral("&Frobnicate"), &window);
        extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+F")));
        const auto rows = HelpMenu::shortcuts(&window);
        const auto has = [&rows](const QString &text, const QString &keys) {
            return rows.contains({text, keys});
        };
        QVERIFY(has(QStringLiteral("New draft"),
                    QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        QVERIFY(has(QStringLiteral("Frobnicate"), QStringLiteral("Ctrl+Alt+F")));
        QVERIFY(has(QStringLiteral("Keyboard shortcuts"), QStringLiteral("Ctrl+/")));
        window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QTreeWidget *list = nullptr;
        QTRY_VERIFY((list = window.findChild<QTreeWidget *>(QStringLiteral("shortcutsList")))
                    != nullptr);
        QCOMPARE(list->topLevelItemCount(), int(rows.size()));
    }
};

QTEST_MAIN(TestBulkUpload)
#include "tst_bulkupload.moc"
