// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The media library panel: its model under QAbstractItemModelTester (paging included), the
// file-name search, a file gone from disk marked as missing, a file no post uses removed on
// request (and one in use kept), and the library's drag dropped on a week-view slot starting a
// draft planned at exactly that slot with the file attached.

#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "calendar/WeekView.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "library/MediaLibraryModel.h"
#include "library/MediaLibraryPanel.h"
#include "storage/StorageWorker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;

class TestMediaLibraryGui : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> storage;

    qint64 savePost(const QStringList &paths, const QString &shaSeed = {})
    {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Draft;
        post.caption = QStringLiteral("library");
        for (const QString &path : paths) {
            PostMedia media;
            media.path = path;
            media.kind = MediaKind::Video;
            media.size = 1000;
            if (!shaSeed.isEmpty())
                media.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash((shaSeed + path).toUtf8(), QCryptographicHash::Sha256)
                        .toHex());
            post.media.append(media);
        }
        auto saved = storage->saveContent(post);
        saved.waitForFinished();
        return saved.result().value.id;
    }

    QList<Post> posts()
    {
        auto all = storage->search({});
        all.waitForFinished();
        return all.result().value;
    }

    static int rowOf(const MediaLibraryModel &model, const QString &path)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(MediaLibraryModel::PathRole).toString() == path)
                return row;
        }
        return -1;
    }

    QString copyOfData(const QString &name)
    {
        const QString copy = dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + name);
        QFile::remove(copy);
        return QFile::copy(test::dataFile(name), copy) ? copy : QString();
    }

private Q_SLOTS:
    void init()
    {
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
    }
    void cleanup() { storage.reset(); }

    void theModelPagesAndPassesTheTester()
    {
        const int files = MediaLibraryModel::pageSize + 7;
        for (int i = 0; i < files; ++i)
            QVERIFY(savePost({QStringLiteral("/nowhere/clip-%1.mp4").arg(i)}, QStringLiteral("s")));
        MediaLibraryModel model(storage.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MediaLibraryModel::pageLoaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), MediaLibraryModel::pageSize);
        // Newest added first.
        QCOMPARE(model.index(0).data(MediaLibraryModel::PathRole).toString(),
                 QStringLiteral("/nowhere/clip-%1.mp4").arg(files - 1));
        // As a view scrolling to the end does (the tester may have asked already).
        bool twice = false;
        QTRY_COMPARE(
            [&] {
                if (model.canFetchMore({})) {
                    model.fetchMore({});
                    twice = twice || model.canFetchMore({});
                }
                return model.rowCount();
            }(),
            files);
        QVERIFY(!twice); // one request at a time
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(files - 1).data(MediaLibraryModel::PathRole).toString(),
                 QStringLiteral("/nowhere/clip-0.mp4"));
        QCOMPARE(model.index(0).data(MediaLibraryModel::PostCountRole).toInt(), 1);
        // None of them is on disk: nothing to drag once that is known.
        QTRY_VERIFY(model.index(3).data(MediaLibraryModel::CheckedRole).toBool());
        QVERIFY(!model.mimeData({model.index(3)}));
    }

    void theSearchFiltersByFileName()
    {
        QVERIFY(savePost({QStringLiteral("/shoot/Beach day.mp4")}));
        QVERIFY(savePost({QStringLiteral("/beach/sunset.mp4")}));
        QVERIFY(savePost({QStringLiteral("/shoot/beach-BTS.mov")}));
        MediaLibraryPanel panel(storage.get(), nullptr);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        auto *search = panel.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("BEACH"));
        // The folder "beach" does not count: the file name is searched.
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.model()->index(0).data(MediaLibraryModel::PathRole).toString(),
                 QStringLiteral("/shoot/beach-BTS.mov"));
        QCOMPARE(panel.model()->index(1).data(MediaLibraryModel::PathRole).toString(),
                 QStringLiteral("/shoot/Beach day.mp4"));
        search->clear();
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        // Both modes show the same rows.
        panel.setIconMode(true);
        QCOMPARE(panel.listView()->viewMode(), QListView::IconMode);
        panel.setIconMode(false);
        QCOMPARE(panel.listView()->viewMode(), QListView::ListMode);
    }

    void aMissingFileIsMarked()
    {
        const QString present = copyOfData(QStringLiteral("vertical.mp4"));
        QVERIFY(!present.isEmpty());
        const QString gone = dir.filePath(QStringLiteral("deleted since.mp4"));
        QVERIFY(savePost({present}));
        QVERIFY(savePost({gone}));
        QVERIFY(savePost({gone}));
        MediaLibraryPanel panel(storage.get(), nullptr);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        MediaLibraryModel *model = panel.model();
        QTRY_COMPARE(model->rowCount(), 2);
        const QModelIndex missing = model->index(rowOf(*model, gone));
        const QModelIndex there = model->index(rowOf(*model, present));
        QVERIFY(missing.isValid() && there.isValid());
        QTRY_VERIFY(missing.data(MediaLibraryModel::CheckedRole).toBool());
        QTRY_VERIFY(there.data(MediaLibraryModel::CheckedRole).toBool());
        QVERIFY(missing.data(MediaLibraryModel::MissingRole).toBool());
        QVERIFY(!there.data(MediaLibraryModel::MissingRole).toBool());
        QVERIFY(missing.data().toString().contains(QStringLiteral("missing")));
        QVERIFY(missing.data(Qt::ToolTipRole).toString().contains(gone));
        QVERIFY(missing.data(Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(!(missing.flags() & Qt::ItemIsDragEnabled));
        QVERIFY(there.data().toString().contains(QStringLiteral("Used in 1 post")));
        QVERIFY(
            missing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Used in 2 post")));
        QVERIFY(!there.data(Qt::ForegroundRole).isValid());
        QVERIFY(there.flags() & Qt::ItemIsDragEnabled);
        // The drag carries the file as a URL, as a file manager's does; a gone one is left out.
        std::unique_ptr<QMimeData> mime(model->mimeData({there, missing}));
        QVERIFY(mime);
        QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(present)});
    }

    void aFileNoPostUsesIsRemovedOnRequest()
    {
        const qint64 gone = savePost({QStringLiteral("/shoot/old teaser.mp4")});
        QVERIFY(savePost({QStringLiteral("/shoot/in use.mp4")}));
        QVERIFY(storage->remove(gone).result().ok());
        MediaLibraryPanel panel(storage.get(), nullptr);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        MediaLibraryModel *model = panel.model();
        // The deleted post's file is still in the library, used by nothing.
        QTRY_COMPARE(model->rowCount(), 2);
        const int unused = rowOf(*model, QStringLiteral("/shoot/old teaser.mp4"));
        const int used = rowOf(*model, QStringLiteral("/shoot/in use.mp4"));
        QVERIFY(unused >= 0 && used >= 0);
        QVERIFY(model->index(unused)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Not used in any post"));

        auto *remove = panel.findChild<QAction *>(QStringLiteral("libraryRemove"));
        QVERIFY(remove);
        QListView *list = panel.listView();
        // A file a post still uses cannot be removed, alone or with others.
        list->selectionModel()->select(model->index(used), QItemSelectionModel::ClearAndSelect);
        QVERIFY(!remove->isEnabled());
        list->selectionModel()->select(model->index(unused), QItemSelectionModel::Select);
        QVERIFY(!remove->isEnabled());
        list->selectionModel()->select(model->index(unused), QItemSelectionModel::ClearAndSelect);
        QVERIFY(remove->isEnabled());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0).data(MediaLibraryModel::PathRole).toString(),
                 QStringLiteral("/shoot/in use.mp4"));
        QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("libraryError"))->isVisible());
    }

    void aDropOnAWeekSlotStartsADraftThere()
    {
        const QString video = copyOfData(QStringLiteral("vertical.mp4"));
        QVERIFY(!video.isEmpty());
        // Fingerprinted as the composer does, so the drop's draft uses the same library file.
        QFile bytes(video);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        Post earlier;
        earlier.state = PostState::Draft;
        PostMedia media;
        media.path = video;
        media.kind = MediaKind::Video;
        media.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256).toHex());
        earlier.media = {media};
        auto savedEarlier = storage->saveContent(earlier);
        savedEarlier.waitForFinished();
        const qint64 first = savedEarlier.result().value.id;
        QVERIFY(first);
        ApiClient client; // never called here: the window needs one for its accounts panel
        MainWindow window(&client, nullptr, storage.get());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The library is a dock, hidden until chosen in the View menu.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("mediaLibraryDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        auto *toggle = window.findChild<QAction *>(QStringLiteral("mediaLibraryAction"));
        QVERIFY(toggle);
        toggle->trigger();
        QTRY_VERIFY(dock->isVisible());
        auto *panel = dock->findChild<MediaLibraryPanel *>(QStringLiteral("mediaLibraryPanel"));
        QVERIFY(panel);
        MediaLibraryModel *model = panel->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_VERIFY(model->index(0).data(MediaLibraryModel::CheckedRole).toBool());
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0)}));
        QVERIFY(mime);

        CalendarPanel *calendar = window.calendarPanel();
        calendar->setMode(CalendarPanel::Mode::Week);
        WeekView *week = calendar->weekView();
        const QDate day = QDate::currentDate().addDays(8);
        calendar->showDate(day);
        const QDateTime slot(day, QTime(14, 45));
        const QPoint at = week->pointFor(slot) + QPoint(4, 2);
        QCOMPARE(week->timeAt(at, nullptr), std::optional(slot));

        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(week, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(week, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(week, &drop);
        QVERIFY(drop.isAccepted());

        // Opened in the composer at once, saved once the file is probed.
        DraftEditor *editor = window.composer()->editor();
        QCOMPARE(editor->post().plannedAt, std::optional(slot.toUTC()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->post().id != 0, 10000);
        const qint64 created = editor->post().id;
        QVERIFY(created != first);
        auto loadedFuture = storage->load(created);
        loadedFuture.waitForFinished();
        const std::optional<Post> stored = loadedFuture.result().value;
        QVERIFY(stored);
        QCOMPARE(stored->state, PostState::Draft);
        QCOMPARE(stored->plannedAt, std::optional(slot.toUTC()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto again = storage->load(created);
                again.waitForFinished();
                const auto p = again.result().value;
                return p && p->media.size() == 1 && p->media.first().path == video
                       && p->media.first().kind == MediaKind::Video && p->type == PostType::Video;
            }(),
            10000);
        // The library now counts two posts for the file (the same content: one entry).
        QTRY_COMPARE(model->index(0).data(MediaLibraryModel::PostCountRole).toInt(), 2);
        QCOMPARE(model->rowCount(), 1);

        // A slot already past is refused with the calendar's reason; no post is made.
        const int before = int(posts().size());
        calendar->showDate(QDate::currentDate());
        const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
        QTRY_COMPARE(week->timeAt(week->pointFor(midnight) + QPoint(4, 2), nullptr),
                     std::optional(midnight));
        const QPoint pastAt = week->pointFor(midnight) + QPoint(4, 2);
        QSignalSpy messages(calendar, &CalendarPanel::messageShown);
        // A drag entering anew (Qt hands moves and the drop to the widget that took the enter).
        QDragEnterEvent enterAgain(pastAt, Qt::CopyAction, mime.get(), Qt::LeftButton,
                                   Qt::NoModifier);
        QCoreApplication::sendEvent(week, &enterAgain);
        QDragMoveEvent refusedMove(pastAt, Qt::CopyAction, mime.get(), Qt::LeftButton,
                                   Qt::NoModifier);
        QCoreApplication::sendEvent(week, &refusedMove);
        QVERIFY(!refusedMove.isAccepted());
        QDropEvent refusedDrop(pastAt, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(week, &refusedDrop);
        QVERIFY(!refusedDrop.isAccepted());
        // Said while hovering (once) and again on the drop itself.
        QCOMPARE(messages.size(), 2);
        const QString reason = messages.last().first().toString();
        QVERIFY2(reason.contains(QFileInfo(video).fileName()), qPrintable(reason));
        QCOMPARE(messages.first().first().toString(), reason);
        QCOMPARE(editor->post().id, created); // the composer keeps the draft it has
        QCOMPARE(int(posts().size()), before);
    }
};

QTEST_MAIN(TestMediaLibraryGui)
#include "tst_medialibrary_gui.moc"
