// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/PostNotifier.h"
#include "storage/StorageWorker.h"

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace tokdeck;

class TestNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> storage;
    qint64 postId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        storage = std::make_unique<StorageWorker>(dir.filePath(QStringLiteral("posts.sqlite")));
        auto opened = storage->open();
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        Post post;
        post.caption = QStringLiteral("Behind the scenes of our spring shoot #bts");
        post.plannedAt = QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC);
        auto saved = storage->saveContent(post);
        saved.waitForFinished();
        postId = saved.result().value.id;
    }

    void aPublishedPostIsAnnouncedByItsCaptionWhileInTheBackground()
    {
        QWidget window; // never shown: not the active window, as when the user is elsewhere
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        notifier.postChanged(postId, PostState::Published, {});
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.count(), 1);
        // Handed over is not live: Tokdeck cannot see TikTok and says so.
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Handed to Crosspostify"));
        const QString body = notified.first().at(1).toString();
        QVERIFY(body.contains(QStringLiteral("Behind the scenes")));
        QVERIFY2(body.contains(QStringLiteral("was handed over; Tokdeck can't see TikTok — check "
                                              "it there.")),
                 qPrintable(body));
        QVERIFY2(!body.contains(QStringLiteral("live")), qPrintable(body));
    }

    void aScheduledPostIsDueOnTikTokNotLive()
    {
        QWidget window;
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        notifier.postChanged(postId, PostState::Scheduled, {});
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Handed to Crosspostify"));
        const QString body = notified.first().at(1).toString();
        const QString at =
            QLocale().toString(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC).toLocalTime(),
                               QLocale::ShortFormat);
        QVERIFY2(body.contains(QStringLiteral("is due on TikTok at ") + at), qPrintable(body));
        QVERIFY2(!body.contains(QStringLiteral("live")), qPrintable(body));
    }

    void liveOnlyWhenTheUserMarkedIt()
    {
        QWidget window;
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        notifier.postChanged(postId, PostState::Live, {});
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Live on TikTok"));
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("as you marked it")));
        notifier.postChanged(postId, PostState::FailedOnTikTok,
                             QStringLiteral("Removed for music rights"));
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Failed on TikTok"));
        QVERIFY(notified.last().at(1).toString().contains(QStringLiteral("music rights")));
    }

    void aFailureSaysWhyAndWhatToDo()
    {
        QWidget window;
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        notifier.postChanged(postId, PostState::Failed,
                             QStringLiteral("The video is longer than 10 minutes."));
        QVERIFY(notified.wait(5000));
        const QString body = notified.first().at(1).toString();
        QVERIFY(body.contains(QStringLiteral("Behind the scenes")));
        QVERIFY(body.contains(QStringLiteral("longer than 10 minutes")));
        QVERIFY(body.contains(QStringLiteral("send it again")));
    }

    void routineStatesAreNotAnnounced()
    {
        QWidget window;
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        for (PostState state :
             {PostState::Draft, PostState::Ready, PostState::Uploading, PostState::Submitting})
            notifier.postChanged(postId, state, {});
        QVERIFY(!notified.wait(300));
    }

    void nothingIsAnnouncedWhileTheUserLooksAtTheWindow()
    {
        QWidget window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        notifier.postChanged(postId, PostState::Published, {});
        QVERIFY(!notified.wait(300));
    }

    void aPostThatCannotBeReadIsStillAnnounced()
    {
        QWidget window;
        PostNotifier notifier(storage.get(), &window);
        QSignalSpy notified(&notifier, &PostNotifier::notified);
        notifier.postChanged(987654, PostState::NeedsAttention,
                             QStringLiteral("The connection dropped."));
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.first().at(0).toString(), PostNotifier::tr("A post needs attention"));
        QVERIFY(
            notified.first().at(1).toString().contains(QStringLiteral("The connection dropped.")));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
