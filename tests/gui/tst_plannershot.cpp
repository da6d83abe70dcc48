// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The planner as a manager sees it, for the README: the week view with an account's posting
// slots (empty ones dashed), posts in their states after the hand-over (live, handed over, due
// and not confirmed, queued), the media library dock, and a handed-over post open in the
// composer with what Crosspostify said per account. Asserts what the picture claims, then saves
// it as tests/artifacts/planner.png.

#include "LocalSandbox.h"
#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "accounts/AccountsPanel.h"
#include "calendar/CalendarPanel.h"
#include "calendar/WeekView.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "library/MediaLibraryModel.h"
#include "library/MediaLibraryPanel.h"
#include "storage/StorageWorker.h"
#include "storage/Stores.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tokdeck;

class TestPlannerShot : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> storage;
    test::LocalSandbox sandbox;

    // A post of `path` on the two TikTok accounts, planned at `at` (local), walked through the
    // allowed transitions to `state`; its id, 0 on failure.
    qint64 postIn(PostState state, const QDateTime &at, const QString &caption, const QString &path)
    {
        Post post;
        post.type = path.endsWith(QStringLiteral(".jpg")) ? PostType::Photo : PostType::Video;
        post.state = PostState::Draft;
        post.caption = caption;
        post.plannedAt = at.toUTC();
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}},
                         {QStringLiteral("acc_tiktok_2"), {}, {}}};
        PostMedia media;
        media.path = path;
        media.kind = post.type == PostType::Photo ? MediaKind::Image : MediaKind::Video;
        media.size = QFileInfo(path).size();
        post.media = {media};
        auto saved = storage->saveContent(post);
        saved.waitForFinished();
        const qint64 id = saved.result().value.id;
        if (!id || state == PostState::Draft)
            return id;
        auto walked = storage->run([id, state, at](Stores &stores) {
            using S = PostState;
            auto step = [&](QList<S> from, S to, const TransitionDetails &details = {}) {
                return stores.lifecycle.transition(id, from, to, details).done();
            };
            if (!step({S::Draft}, S::Ready) || state == S::Ready)
                return state == S::Ready;
            if (!stores.lifecycle.claim(id, QStringLiteral("shot"), at.addSecs(3600))
                || !step({S::Uploading}, S::Submitting))
                return false;
            TransitionDetails answer;
            answer.serverPostId = QStringLiteral("post_%1").arg(id);
            answer.accountResults = {
                {QStringLiteral("acc_tiktok_1"), QStringLiteral("scheduled"), at.toUTC()},
                {QStringLiteral("acc_tiktok_2"), QStringLiteral("scheduled"), at.toUTC()}};
            if (!step({S::Submitting}, S::Scheduled, answer) || state == S::Scheduled)
                return state == S::Scheduled;
            TransitionDetails live;
            live.tiktokUrl = QStringLiteral("https://www.tiktok.com/@sunnysidebakery/video/1");
            return step({S::Scheduled}, state, live);
        });
        walked.waitForFinished();
        return walked.result() ? id : 0;
    }

private Q_SLOTS:
    void init()
    {
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
        QVERIFY(sandbox.start());
    }

    void thePlannerAtAGlance()
    {
        const QDate today = QDate::currentDate();
        const QString video = test::dataFile(QStringLiteral("vertical.mp4"));
        const QString photo = test::dataFile(QStringLiteral("portrait.jpg"));
        auto slots = storage->run([](Stores &stores) {
            return stores.slots.setSlots({QStringLiteral("acc_tiktok_1"),
                                          QStringLiteral("Mon-Sun 09:00,18:00"),
                                          QString::fromUtf8(QTimeZone::systemTimeZoneId())});
        });
        slots.waitForFinished();
        QVERIFY(slots.result());
        const qint64 live = postIn(PostState::Live, QDateTime(today.addDays(-1), QTime(9, 0)),
                                   QStringLiteral("Sourdough at sunrise 🍞 #bakery"), video);
        const qint64 due = postIn(PostState::Scheduled, QDateTime(today, QTime(0, 5)),
                                  QStringLiteral("Fresh croissants #fyp"), photo);
        const qint64 handed =
            postIn(PostState::Scheduled, QDateTime(today.addDays(1), QTime(9, 0)),
                   QStringLiteral("Behind the scenes of launch day 🎬 #smallbusiness"), video);
        const qint64 queued = postIn(PostState::Ready, QDateTime(today.addDays(2), QTime(18, 0)),
                                     QStringLiteral("Trail mix recipe #running"), photo);
        QVERIFY(live && due && handed && queued);

        MainWindow window(&sandbox.client, nullptr, storage.get());
        QSignalSpy accountsLoaded(window.accountsPanel(), &AccountsPanel::accountsLoaded);
        window.resize(1400, 820);
        window.show();
        window.accountsPanel()->refresh();
        QVERIFY(accountsLoaded.wait(10'000));
        window.findChild<QAction *>(QStringLiteral("mediaLibraryAction"))->trigger();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("mediaLibraryDock"));
        QTRY_VERIFY(dock && dock->isVisible());
        auto *library = dock->findChild<MediaLibraryPanel *>(QStringLiteral("mediaLibraryPanel"));
        QTRY_COMPARE(library->model()->rowCount(), 2); // one entry per file, used twice each

        CalendarPanel *calendar = window.calendarPanel();
        calendar->setMode(CalendarPanel::Mode::Week);
        calendar->showDate(today);

        // The handed-over post in the composer: locked, with each account's answer by name.
        window.composer()->editor()->open(handed);
        QTRY_COMPARE(window.composer()->editor()->post().id, handed);
        auto *accounts = window.findChild<QLabel *>(QStringLiteral("lockBannerAccounts"));
        QTRY_VERIFY(accounts && accounts->isVisible());
        QVERIFY2(accounts->text().contains(QStringLiteral("Sunny Side Bakery: scheduled")),
                 qPrintable(accounts->text()));

        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QDir().mkpath(artifacts);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(window.grab().save(artifacts + QStringLiteral("/planner.png")));
    }
};

QTEST_MAIN(TestPlannerShot)
#include "tst_plannershot.moc"
