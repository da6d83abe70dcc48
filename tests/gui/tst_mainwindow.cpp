// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "LocalSandbox.h"
#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "compose/SchedulePicker.h"
#include "connection/SandboxBanner.h"
#include "drafts/DraftsPanel.h"
#include "media/ThumbnailCache.h"
#include "models/AccountListModel.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "models/PostListModel.h"
#include "publish/Outbox.h"
#include "publish/UploadQueue.h"
#include "storage/StorageWorker.h"
#include "widgets/CaptionEdit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tokdeck;

namespace {
// What the file manager does: a drag enters `target`, then the files drop (a drop without
// its enter goes nowhere). True if the target took them.
bool dropUrls(QWidget *target, const QPoint &at, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return enter.isAccepted() && drop.isAccepted();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOnlyTikTokAccountsOfTheSandbox()
    {
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        MainWindow window(&sandbox.client, nullptr, nullptr);
        QAbstractItemModelTester tester(window.accountsPanel()->model());
        window.show();

        QSignalSpy loaded(window.accountsPanel(), &AccountsPanel::accountsLoaded);
        auto *refresh = window.findChild<QPushButton *>(QStringLiteral("refreshAccountsButton"));
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(loaded.wait(10'000));

        const auto *view = window.findChild<QListView *>(QStringLiteral("accountsView"));
        const QList<Account> all = sandbox.server.accounts();
        const int tiktok = int(
            std::count_if(all.begin(), all.end(), [](const Account &a) { return a.isTikTok(); }));
        QVERIFY(tiktok > 0);
        QCOMPARE(view->model()->rowCount(), tiktok);
        QVERIFY(all.size() > tiktok);
        // A server on loopback that is not the built-in sandbox (no ConnectionManager here):
        // named as the banner names it, never "Sandbox".
        const auto *status = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY2(status->text().contains(SandboxBanner::where(sandbox.client, nullptr)),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("local test server")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral("andbox")));
    }

    void fullWindowScreenshot()
    {
        QTemporaryDir dir;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        StorageWorker storage(dir.filePath(QStringLiteral("shot.sqlite")));
        auto opening = storage.open();
        for (int day = 1; day <= 12; day += 3) {
            Post post;
            post.type = day % 2 ? PostType::Video : PostType::Slideshow;
            post.state = day < 6 ? PostState::Scheduled : PostState::Draft;
            post.caption = QStringLiteral("Launch week day %1 🎬 #fyp").arg(day);
            post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
            post.plannedAt = QDateTime(QDate::currentDate().addDays(day), QTime(18, 0)).toUTC();
            PostMedia media;
            media.path =
                QStringLiteral(TOKDECK_TEST_DATA_DIR)
                + (day % 2 ? QStringLiteral("/vertical.mp4") : QStringLiteral("/portrait.jpg"));
            media.kind = day % 2 ? MediaKind::Video : MediaKind::Image;
            post.media = {media};
            storage.saveContent(post);
        }
        MainWindow window(&sandbox.client, nullptr, &storage);
        QSignalSpy calendarLoaded(window.calendarPanel(), &CalendarPanel::reloaded);
        QSignalSpy accountsLoaded(window.accountsPanel(), &AccountsPanel::accountsLoaded);
        window.show();
        window.accountsPanel()->refresh();
        QVERIFY(accountsLoaded.wait(10'000));
        // The window loads its calendar by itself; it may already have arrived.
        QVERIFY(!calendarLoaded.isEmpty() || calendarLoaded.wait(10'000));
        QVERIFY(opening.result().ok());
        // A filled composer, as a manager leaves it: video, caption with emoji and hashtags,
        // a title, two accounts, tomorrow evening.
        DraftEditor *editor = window.composer()->editor();
        editor->addFiles({QStringLiteral(TOKDECK_TEST_DATA_DIR "/vertical.mp4")});
        QTRY_VERIFY_WITH_TIMEOUT(
            editor->media()->allInspected() && editor->post().media.size() == 1, 10'000);
        window.composer()->caption()->setPlainText(QStringLiteral(
            "Behind the scenes of launch day 🎬✨ #fyp #smallbusiness @sunnysidebakery"));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Launch day"));
        for (int row : {0, 1})
            editor->targets()->setData(editor->targets()->index(row), Qt::Checked,
                                       Qt::CheckStateRole);
        window.findChild<SchedulePicker *>()->setScheduledAtUtc(
            QDateTime(QDate::currentDate().addDays(1), QTime(18, 0)).toUTC());
        QTRY_VERIFY(editor->post().plannedAt.has_value());
        QCOMPARE(editor->post().title, QStringLiteral("Launch day"));
        QVERIFY(!hasRejection(editor->issues())); // a post ready to go, in the picture too
        // Painting asks for the previews; the shot waits until the calendar has them.
        window.grab();
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.thumbnails()
                    ->thumbnail(QStringLiteral(TOKDECK_TEST_DATA_DIR "/vertical.mp4"))
                    .isNull()
                && !window.thumbnails()
                        ->thumbnail(QStringLiteral(TOKDECK_TEST_DATA_DIR "/portrait.jpg"))
                        .isNull(),
            10'000);
        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QDir().mkpath(artifacts);
        // Layouts the typing changed are settled first (the waits above may not have spun).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(window.grab().save(artifacts + QStringLiteral("/main-window.png")));
    }

    void severalVideosDroppedAreQueued_data()
    {
        QTest::addColumn<bool>("onComposer");
        QTest::newRow("on the window") << false;
        // Several videos are a pile of posts wherever they land, not one refused post.
        QTest::newRow("on the composer") << true;
    }
    void severalVideosDroppedAreQueued()
    {
        QFETCH(bool, onComposer);
        QTemporaryDir dir;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        StorageWorker storage(dir.filePath(QStringLiteral("queue.sqlite")));
        storage.open().waitForFinished();
        MainWindow window(&sandbox.client, nullptr, &storage);
        window.show();
        QList<QUrl> urls;
        for (const QString &path : test::distinctVideos(dir.filePath(QStringLiteral("videos")), 3))
            urls.append(QUrl::fromLocalFile(path));
        QWidget *target = onComposer ? static_cast<QWidget *>(window.composer()) : &window;
        const QPoint at = onComposer ? QPoint(target->width() / 2, 40) : QPoint(5, 5);
        QVERIFY(dropUrls(target, at, urls));
        QCOMPARE(window.uploadQueue()->items().size(), 3);
        QCOMPARE(window.composer()->editor()->media()->rowCount(), 0); // the draft is untouched
        QVERIFY(QTest::qWaitFor([&] { return window.uploadQueue()->isIdle(); }, 20'000));
        QCOMPARE(sandbox.server.requestCount(QStringLiteral("/media")), 3);
        auto *view = window.findChild<QListView *>(QStringLiteral("uploadQueueView"));
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(view->model()->index(0, 0).data().toString().contains(QStringLiteral("uploaded")));
        QVERIFY(view->isVisible());

        if (onComposer) { // one video there still goes into the draft
            QVERIFY(dropUrls(target, at, {urls.first()}));
            QCOMPARE(window.composer()->editor()->media()->rowCount(), 1);
            QCOMPARE(window.uploadQueue()->items().size(), 3);
        }
    }

    void closingWhileUploadingAsksFirst()
    {
        QTemporaryDir dir;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        MainWindow window(&sandbox.client, nullptr, storage.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.uploadQueue()->add(test::distinctVideos(dir.filePath(QStringLiteral("videos")), 2));
        QVERIFY(!window.uploadQueue()->isIdle());

        // The question is modal: answer it from the event loop, as a user would.
        QString question;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, &window, [&question, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                question = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!window.close());
        QVERIFY2(question.contains(QStringLiteral("Quit anyway")), qPrintable(question));
        QVERIFY(window.isVisible()); // "No" keeps the window and its uploads

        question.clear();
        answer(QMessageBox::Yes);
        QVERIFY(window.close()); // asked again (or, if the uploads just ended, not needed)
        QVERIFY(!window.isVisible());
    }

    void aDraftOpenInTheComposerMovedOnTheCalendarKeepsItsEdits()
    {
        QTemporaryDir dir;
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        Post post;
        post.caption = QStringLiteral("Before");
        post.plannedAt = QDateTime(QDate::currentDate().addDays(10), QTime(18, 15)).toUTC();
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        const qint64 id = storage->saveContent(post).result().value.id;
        QVERIFY(id > 0);
        ApiClient client; // not called: no key
        MainWindow window(&client, nullptr, storage.get());
        window.show();
        DraftEditor *editor = window.composer()->editor();
        QSignalSpy loaded(editor, &DraftEditor::loaded);
        editor->open(id);
        QVERIFY(loaded.wait(5000));

        // The calendar moves it (as a drop on another day does), then the user types on.
        CalendarPanel *calendar = window.calendarPanel();
        calendar->showDate(post.plannedAt->toLocalTime().date());
        MonthView *month = calendar->monthView();
        QTRY_VERIFY(month->chipRect(id).isValid());
        const QDate target = post.plannedAt->toLocalTime().date().addDays(2);
        QMimeData mime;
        mime.setData(QString::fromLatin1(CalendarGridView::postMimeType), QByteArray::number(id));
        const QPoint at = month->cellRect(target).center();
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(month, &enter);
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(month, &drop);
        const QDateTime moved = post.plannedAt->addDays(2);
        QTRY_COMPARE(editor->post().plannedAt, std::optional(moved)); // the composer knows
        window.composer()->caption()->setPlainText(QStringLiteral("Written after the move"));
        editor->saveNow();

        const auto stored = [&] {
            return storage->load(id).result().value.value_or(Post{});
        };
        QTRY_COMPARE(stored().caption, QStringLiteral("Written after the move"));
        QCOMPARE(stored().plannedAt, std::optional(moved));
        // Undo (the calendar's) moves it back through the composer too, edits kept.
        calendar->undoStack()->undo();
        QTRY_COMPARE(stored().plannedAt, post.plannedAt);
        QCOMPARE(stored().caption, QStringLiteral("Written after the move"));
        QTRY_COMPARE(editor->post().plannedAt, post.plannedAt);
    }

    void aPostMadeByTheCliShowsInTheOpenWindowWithin2s()
    {
        // Another process (tokdeck-cli) posts into the same data folder while the window is
        // open: the window's list shows the new post, published, without a restart.
        QTemporaryDir dir;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        StorageWorker storage(dir.filePath(QStringLiteral("tokdeck.sqlite")));
        QVERIFY(storage.open().result().ok());
        storage.watchOtherProcesses(250);
        ApiClient client; // not called: no key
        MainWindow window(&client, nullptr, &storage);
        window.show();
        const PostListModel *list = window.findChild<DraftsPanel *>()->model();
        QTRY_COMPARE(list->rowCount(), 0);

        test::CliRunner cli(sandbox.server.baseUrl(), sandbox.server.apiKey(), dir.path());
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), photo));
        cli.start({QStringLiteral("post"), QStringLiteral("photo"), photo,
                   QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                   QStringLiteral("--caption"), QStringLiteral("From the CLI")});
        QVERIFY(cli.waitAll(60'000));
        QCOMPARE(cli.processes().front()->exitCode(), 0);
        QElapsedTimer sinceDone;
        sinceDone.start();
        const auto shown = [&] {
            return list->rowCount() == 1 && list->posts().first().state == PostState::Published;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(), 2000);
        QCOMPARE(list->posts().first().caption, QStringLiteral("From the CLI"));
        qInfo("shown %lld ms after the CLI finished", sinceDone.elapsed());
    }

    void ctrlReturnPublishesFromAnywhereInTheWindow()
    {
        QTemporaryDir dir;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        Outbox outbox(&sandbox.client, storage.get());
        MainWindow window(&sandbox.client, nullptr, storage.get(), &outbox);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DraftEditor *editor = window.composer()->editor();
        editor->addFiles({test::dataFile(QStringLiteral("vertical.mp4"))});
        QVERIFY(QTest::qWaitFor(
            [&] { return editor->media()->allInspected() && editor->post().media.size() == 1; },
            10'000));
        editor->targets()->setAccounts(sandbox.server.accounts());
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        auto *caption = window.findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"));
        caption->setFocus();
        QTest::keyClicks(caption, QStringLiteral("Sent by keyboard #fyp"));
        QTRY_VERIFY(window.composer()->publishAction()->isEnabled());

        QSignalSpy published(&outbox, &Outbox::stateChanged);
        QTest::keyClick(caption, Qt::Key_Return, Qt::ControlModifier);
        // The shortcut has one owner (the menu and the button share it), so it acts.
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.server.createdPosts().size() == 1, 20'000);
        QCOMPARE(sandbox.server.createdPosts()
                     .first()
                     .value(QStringLiteral("posts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("caption"))
                     .toString(),
                 QStringLiteral("Sent by keyboard #fyp"));
        QVERIFY(!caption->toPlainText().contains(QLatin1Char('\n'))); // not typed as a new line
    }

    void showsAClearBannerWhenTheKeyIsWrong()
    {
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.client.setApiKey(QStringLiteral("wrong"));
        MainWindow window(&sandbox.client, nullptr, nullptr);
        window.show();
        QSignalSpy failed(window.accountsPanel(), &AccountsPanel::loadFailed);
        window.accountsPanel()->refresh();
        QVERIFY(failed.wait(10'000));
        const auto *banner = window.findChild<QLabel *>(QStringLiteral("accountsBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("API key")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
