// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer end to end, offscreen, against the sandbox: files dropped with real drop
// events, the post type following the media, per-account texts reaching the request body,
// publishing now and scheduled, and bad files blocking with a message naming them.

#include "ComposerFixture.h"
#include "LocalSandbox.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "api/AccountsJob.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "publish/Outbox.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestComposer : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<test::ComposerFixture> fixture;
    // The fixture's parts, for short.
    SandboxServer *server = nullptr;
    StorageWorker *storage = nullptr;
    Outbox *outbox = nullptr;
    DraftEditor *editor = nullptr;
    ComposerWidget *composer = nullptr;

    void drop(const QStringList &files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &file : files)
            urls.append(
                QUrl::fromLocalFile(QDir::isAbsolutePath(file) ? file : test::dataFile(file)));
        mime.setUrls(urls);
        const QPoint at(composer->width() / 2, 40);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(composer, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(composer, &dropEvent);
    }

    void waitInspected(int rows)
    {
        QVERIFY(QTest::qWaitFor(
            [&] { return editor->media()->rowCount() == rows && editor->media()->allInspected(); },
            10'000));
        // Results are applied to the draft in one pass per burst: wait for it.
        QVERIFY(QTest::qWaitFor([&] { return editor->post().media.size() == rows; }, 5000));
    }

    std::optional<PostState> publishAndWait()
    {
        std::optional<PostState> ended;
        // What the composer shows (it hears of the outbox's steps through the storage).
        auto connection = connect(
            editor, &DraftEditor::stateChanged, this, [&](PostState state, const QString &) {
                if (state == PostState::Published || state == PostState::Scheduled
                    || state == PostState::Failed || state == PostState::NeedsAttention)
                    ended = state;
            });
        if (editor->publish())
            (void)QTest::qWaitFor([&] { return ended.has_value(); },
                                  20'000); // checked by the caller
        disconnect(connection);
        return ended;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<test::ComposerFixture>();
        QVERIFY(fixture->start(dir));
        server = &fixture->sandbox.server;
        storage = fixture->storage.get();
        outbox = fixture->outbox.get();
        editor = fixture->editor.get();
        composer = fixture->composer.get();
    }
    void cleanup() { fixture.reset(); }

    void videoToTwoAccountsWithOwnCaptionIsPublished()
    {
        drop({QStringLiteral("vertical.mp4")});
        waitInspected(1);
        QCOMPARE(editor->post().type, PostType::Video);

        // A photo next to a video is refused, with the file named.
        QSignalSpy refused(editor, &DraftEditor::mediaRefused);
        drop({QStringLiteral("portrait.jpg")});
        QVERIFY(refused.wait(10'000));
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("portrait.jpg")));
        QTRY_COMPARE(editor->media()->rowCount(), 1);

        auto *caption = composer->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"));
        caption->setPlainText(QStringLiteral("Launch day 🎬 #fyp"));
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("captionCounter"))
                    ->text()
                    .startsWith(QStringLiteral("18 /")));
        AccountTargetsModel *targets = editor->targets();
        targets->setData(targets->index(0), Qt::Checked, Qt::CheckStateRole);
        targets->setData(targets->index(1), Qt::Checked, Qt::CheckStateRole);
        targets->setOverride(1, QStringLiteral("Team edition ✨"), QStringLiteral("Team title"));

        QCOMPARE(publishAndWait(), PostState::Published);
        const QJsonArray posts =
            server->createdPosts().first().value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).toObject().value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Launch day 🎬 #fyp"));
        QCOMPARE(posts.at(1).toObject().value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Team edition ✨"));
        QCOMPARE(posts.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Team title"));
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("postStateLabel"))
                    ->text()
                    .contains(QStringLiteral("Handed to Crosspostify")));
    }

    void reorderedSlideshowScheduledForTomorrow()
    {
        drop({QStringLiteral("portrait.jpg"), QStringLiteral("square.jpg"),
              QStringLiteral("small.png"), QStringLiteral("portrait.jpg")});
        waitInspected(4);
        QCOMPARE(editor->post().type, PostType::Slideshow);
        auto *titleCount = composer->findChild<QLabel *>(QStringLiteral("titleCounter"));
        QCOMPARE(titleCount->text(), QStringLiteral("0 / 90")); // slideshow titles have a limit
        QVERIFY(editor->media()->moveItem(1, 3));               // square.jpg last
        editor->setCaption(QStringLiteral("Swipe 👀"));
        editor->targets()->setData(editor->targets()->index(2), Qt::Checked, Qt::CheckStateRole);
        const QDateTime tomorrow = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toUTC();
        editor->setSchedule(tomorrow, HandOver::Now);

        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QDir().mkpath(artifacts);
        QTest::qWait(100);
        QVERIFY(composer->grab().save(artifacts + QStringLiteral("/composer-slideshow.png")));

        QCOMPARE(publishAndWait(), PostState::Scheduled);
        const QJsonObject body = server->createdPosts().first();
        QCOMPARE(body.value(QStringLiteral("endpoint")).toString(), QStringLiteral("/post/images"));
        QCOMPARE(body.value(QStringLiteral("mediaIds")).toArray().size(), 4);
        QCOMPARE(body.value(QStringLiteral("scheduledDate")).toString(),
                 tomorrow.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'));
        QVERIFY(!body.value(QStringLiteral("posts"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("is_aigc")));
    }

    void badFileBlocksPublishingAndNamesIt()
    {
        drop({QStringLiteral("not-a-video.mp4")});
        waitInspected(1);
        editor->setCaption(QStringLiteral("x"));
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(!editor->publish());
        const auto issues = rejectionsOf(editor->issues());
        QVERIFY(!issues.isEmpty());
        QVERIFY(issues.first().subject.contains(QStringLiteral("not-a-video.mp4")));
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("composerIssues"))
                    ->text()
                    .contains(QStringLiteral("not-a-video.mp4")));
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0);
    }

    void aVideoAndImagesDroppedTogetherKeepTheVideo()
    {
        QSignalSpy refused(editor, &DraftEditor::mediaRefused);
        drop({QStringLiteral("vertical.mp4"), QStringLiteral("portrait.jpg"),
              QStringLiteral("square.jpg")});
        // Every newcomer that does not fit goes, not only the one inspected last.
        QTRY_COMPARE_WITH_TIMEOUT(editor->media()->rowCount(), 1, 10'000);
        QVERIFY(editor->media()->items().first().info.path.endsWith(QLatin1String("vertical.mp4")));
        QCOMPARE(refused.size(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("portrait.jpg"))
                     && message.contains(QStringLiteral("square.jpg")),
                 qPrintable(message));
        waitInspected(1);
        QCOMPARE(editor->post().type, PostType::Video);
        // Said under the thumbnails, where the files went missing, and kept there.
        auto *refusal = composer->findChild<QLabel *>(QStringLiteral("mediaRefusalLabel"));
        QVERIFY(refusal->isVisible());
        QVERIFY(refusal->text().contains(QStringLiteral("square.jpg")));

        // A second video dropped later is refused; the first stays.
        refused.clear();
        drop({QStringLiteral("landscape.mov")});
        QVERIFY(refused.wait(10'000));
        QTRY_COMPARE(editor->media()->rowCount(), 1);
        QVERIFY(editor->media()->items().first().info.path.endsWith(QLatin1String("vertical.mp4")));
        QVERIFY(refusal->text().contains(QStringLiteral("landscape.mov")));
        editor->newDraft(); // another draft: the old refusal goes
        QVERIFY(!refusal->isVisible());
    }

    void removingABadFileUnblocksPublishing()
    {
        drop({QStringLiteral("not-a-video.mp4")});
        waitInspected(1);
        QVERIFY(hasRejection(editor->issues()));
        editor->media()->removeItem(0);
        drop({QStringLiteral("vertical.mp4")});
        waitInspected(1);
        editor->setCaption(QStringLiteral("The good one"));
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        const auto rejections = rejectionsOf(editor->issues());
        QVERIFY2(
            rejections.isEmpty(),
            qPrintable(rejections.isEmpty() ? QString() : rejections.first().toDisplayString()));
        QVERIFY(composer->findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
        QCOMPARE(publishAndWait(), PostState::Published);
    }

    void aiLabelIsForVideosAndSaysSoForImages()
    {
        auto *aigc = composer->findChild<QCheckBox *>(QStringLiteral("aigcCheck"));
        auto *hint = composer->findChild<QLabel *>(QStringLiteral("aigcHint"));
        drop({QStringLiteral("portrait.jpg")});
        waitInspected(1);
        QTRY_VERIFY(!aigc->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("video"), Qt::CaseInsensitive));
        editor->media()->removeItem(0);
        drop({QStringLiteral("vertical.mp4")});
        waitInspected(1);
        QTRY_VERIFY(aigc->isEnabled());
        QVERIFY(!hint->isVisible());
        aigc->click();
        QVERIFY(editor->post().isAigc);
    }

    void aFileChangedAfterItWasAddedIsCaughtBeforeUpload()
    {
        // A copy to change behind the composer's back: same size, other bytes.
        const QString copy = dir.filePath(QStringLiteral("changing.jpg"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        drop({copy});
        waitInspected(1);
        QTRY_VERIFY(!editor->post().media.first().sha256.isEmpty());
        editor->setCaption(QStringLiteral("Edited after adding"));
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 middle = file.size() / 2;
            QVERIFY(file.seek(middle));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(middle));
            QVERIFY(file.putChar(char(byte ^ 0x5a)));
        }
        QCOMPARE(QFileInfo(copy).size(),
                 QFileInfo(test::dataFile(QStringLiteral("portrait.jpg"))).size());

        QCOMPARE(publishAndWait(), PostState::Failed);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0); // caught before the upload
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("postStateLabel"))
                    ->text()
                    .contains(QStringLiteral("changed on disk")));

        // Opened again later, the draft says so before anyone presses Publish.
        const qint64 id = editor->post().id;
        editor->newDraft();
        QSignalSpy loaded(editor, &DraftEditor::loaded);
        editor->open(id);
        QVERIFY(loaded.wait(5000));
        QTRY_VERIFY(editor->media()->allInspected());
        const auto rejections = rejectionsOf(editor->issues());
        QVERIFY(!rejections.isEmpty());
        QVERIFY2(rejections.first().toDisplayString().contains(QStringLiteral("changed on disk")),
                 qPrintable(rejections.first().toDisplayString()));
    }

    void eachFileShowsItsOwnProblem()
    {
        // A warning (landscape, not 9:16) marks its thumbnail amber; a rejection marks red.
        drop({QStringLiteral("portrait.jpg"), QStringLiteral("not-a-video.mp4")});
        QTRY_COMPARE_WITH_TIMEOUT(editor->media()->rowCount(), 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->media()->allInspected(), 10'000);
        MediaListModel *media = editor->media();
        const auto problemOf = [&](int row) {
            return MediaListModel::Problem(
                media->index(row).data(MediaListModel::ProblemRole).toInt());
        };
        QTRY_COMPARE(problemOf(1), MediaListModel::Problem::Rejection);
        QCOMPARE(problemOf(0), MediaListModel::Problem::None);
        const QString tip = media->index(1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("not-a-video.mp4"))
                     && tip.count(QLatin1Char('\n')) >= 1,
                 qPrintable(tip));
        QVERIFY(media->index(1).data(Qt::AccessibleTextRole).toString().length()
                > media->index(0).data(Qt::AccessibleTextRole).toString().length());

        // Painted where the file is: a red frame around the second thumbnail only.
        auto *view = composer->findChild<QListView *>(QStringLiteral("mediaStripView"));
        const QImage shot = view->viewport()->grab().toImage();
        const auto redAt = [&](const QRect &item) {
            const QColor c = shot.pixelColor(item.left() + 2, item.center().y());
            return c.red() > 180 && c.green() < 90 && c.blue() < 90;
        };
        QVERIFY(redAt(view->visualRect(media->index(1))));
        QVERIFY(!redAt(view->visualRect(media->index(0))));

        // Removing it clears the mark with it; a landscape video is only advice (amber).
        media->removeItem(1);
        media->removeItem(0);
        drop({QStringLiteral("landscape.mov")});
        waitInspected(1);
        QTRY_COMPARE(problemOf(0), MediaListModel::Problem::Warning);
    }

    void draftSurvivesAndReopens()
    {
        drop({QStringLiteral("vertical.mp4")});
        waitInspected(1);
        QSignalSpy saved(editor, &DraftEditor::saved);
        editor->setCaption(QStringLiteral("Typed, then the window closed"));
        editor->saveNow();
        QVERIFY(saved.wait(5000));
        const qint64 id = editor->post().id;
        editor->newDraft();
        QSignalSpy loaded(editor, &DraftEditor::loaded);
        editor->open(id);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(editor->post().caption, QStringLiteral("Typed, then the window closed"));
        QCOMPARE(
            composer->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))->toPlainText(),
            QStringLiteral("Typed, then the window closed"));
        waitInspected(1);
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
