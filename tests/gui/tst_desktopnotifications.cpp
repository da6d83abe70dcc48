// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Desktop notifications over D-Bus, against a real notification server (tests/support) on a
// private session bus (with-session-bus.sh): what Tokdeck sends, and that "Open" opens the post.

#include "MainWindow.h"
#include "NotificationServer.h"
#include "TestStorage.h"
#include "api/ApiClient.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "notifications/DesktopNotifications.h"
#include "notifications/PostNotifier.h"
#include "storage/StorageWorker.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> storage;
    ApiClient client; // never called: the window needs one for its accounts panel

    qint64 savePost(const QString &caption)
    {
        Post post;
        post.caption = caption;
        const auto saved = storage->saveContent(post).result();
        return saved.ok() ? saved.value.id : 0;
    }

    // Walks a post through the outbox's states as a runner would (in this process or another).
    bool moveThrough(qint64 id, const QList<PostState> &states, const QString &error = {})
    {
        PostState from = PostState::Draft;
        for (const PostState to : states) {
            TransitionDetails details;
            if (to == PostState::Failed)
                details.lastError = error;
            const auto outcome = storage->transition(id, {from}, to, details).result();
            if (!outcome.ok() || !outcome.value.done())
                return false;
            from = to;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run this test through tests/support/with-session-bus.sh");
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
    }

    // Runs first: nothing owns org.freedesktop.Notifications yet on this private bus.
    void withoutAServerTheTrayPathIsTaken()
    {
        QWidget window; // never shown: in the background
        PostNotifier notifier(storage.get(), &window);
        QVERIFY(!notifier.desktopNotifications()->isAvailable());
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        QSignalSpy sent(notifier.desktopNotifications(), &DesktopNotifications::sent);
        QSignalSpy failed(notifier.desktopNotifications(), &DesktopNotifications::failed);
        notifier.postChanged(savePost(QStringLiteral("Tray only")), PostState::Published, {});
        QVERIFY(notified.wait(5000));
        // A Notify call to a missing service would come back as an error within this time.
        QVERIFY(!failed.wait(300));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(notifier.desktopNotifications()->openCount(), 0);
    }

    void aPublishedPostIsOneNotificationAndOpenOpensIt()
    {
        test::NotificationServer server;
        QVERIFY(server.start());
        const qint64 id = savePost(QStringLiteral("Behind the scenes of our spring shoot #bts"));
        MainWindow window(&client, nullptr, storage.get()); // not shown: in the background
        DraftEditor *editor = window.composer()->editor();
        QVERIFY(editor->post().id != id);

        QVERIFY(moveThrough(id, {PostState::Ready, PostState::Uploading, PostState::Submitting,
                                 PostState::Published}));
        QTRY_COMPARE_WITH_TIMEOUT(server.calls().size(), 1, 5000);
        const test::NotifyCall call = server.calls().first();
        QCOMPARE(call.appName, QStringLiteral("Tokdeck"));
        QCOMPARE(call.appIcon, QStringLiteral("org.tokdeck.Tokdeck"));
        QCOMPARE(call.summary, PostNotifier::tr("Handed to Crosspostify")); // not "live"
        QVERIFY2(call.body.contains(QStringLiteral("can't see TikTok")), qPrintable(call.body));
        QVERIFY2(call.body.contains(QStringLiteral("Behind the scenes")), qPrintable(call.body));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.tokdeck.Tokdeck"));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(call.actions,
                 QStringList({QStringLiteral("open"), DesktopNotifications::tr("Open")}));

        // Another app's notification id is not ours: nothing opens.
        QSignalSpy openRequested(window.notifier(), &PostNotifier::openPostRequested);
        server.invokeAction(call.id + 100, QStringLiteral("open"));
        server.invokeAction(call.id, QStringLiteral("open"));
        QVERIFY(openRequested.wait(5000));
        QCOMPARE(openRequested.count(), 1);
        QCOMPARE(openRequested.first().at(0).toLongLong(), id);
        QTRY_COMPARE_WITH_TIMEOUT(editor->post().id, id, 5000);
        QVERIFY(window.isVisible());        // shown and raised for the user to see the post
        QCOMPARE(server.calls().size(), 1); // the intermediate states said nothing
    }

    void aFailureIsUrgentAndSaysWhy()
    {
        test::NotificationServer server;
        QVERIFY(server.start());
        QWidget window;
        PostNotifier notifier(storage.get(), &window);
        const qint64 id = savePost(QStringLiteral("Cooking with Anna"));
        QVERIFY(moveThrough(id, {PostState::Ready, PostState::Uploading, PostState::Failed},
                            QStringLiteral("The video is longer than 10 minutes.")));
        QTRY_COMPARE_WITH_TIMEOUT(server.calls().size(), 1, 5000);
        const test::NotifyCall call = server.calls().first();
        QCOMPARE(call.summary, PostNotifier::tr("A post failed"));
        QVERIFY(call.body.contains(QStringLiteral("Cooking with Anna")));
        QVERIFY(call.body.contains(QStringLiteral("longer than 10 minutes")));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
        // Closed by the server: its id is forgotten, a late action on it opens nothing.
        QTRY_COMPARE(notifier.desktopNotifications()->openCount(), 1);
        server.CloseNotification(call.id);
        QTRY_COMPARE(notifier.desktopNotifications()->openCount(), 0);
    }
};

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
