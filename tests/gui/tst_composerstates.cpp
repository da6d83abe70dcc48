// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's states, offscreen, against the sandbox and a real database file: the caption
// counter's looks near and over TikTok's limit (typing never blocked, publishing blocked), the
// media count and the 10-image limit, files pasted from the clipboard, and the post's live
// state once it is handed to the outbox: uploading with a working Cancel, scheduled, and
// "needs attention" with both of its choices.

#include "ComposerFixture.h"
#include "LocalSandbox.h"
#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "publish/Outbox.h"
#include "storage/StorageWorker.h"
#include "widgets/CaptionEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
enum class Look { Normal, Warning, Error };

// What the counter's colour says, judged by hue rather than by exact shade: the normal text
// colour, something orange (a warning) or something red (an error).
Look lookOf(const QColor &colour, const QColor &normal)
{
    if (colour == normal)
        return Look::Normal;
    const int hue = colour.hsvHue();
    if (colour.hsvSaturation() > 150 && hue >= 15 && hue <= 50)
        return Look::Warning;
    if (colour.hsvSaturation() > 150 && (hue <= 10 || hue >= 345))
        return Look::Error;
    return Look::Normal; // something else: not a look the counter should have
}

char *toString(Look look) // for QCOMPARE's messages (found by argument-dependent lookup)
{
    return qstrdup(look == Look::Normal ? "normal" : look == Look::Warning ? "warning" : "error");
}
} // namespace

Q_DECLARE_METATYPE(Look)

class TestComposerStates : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir; // one per test (and data row): a fresh database
    std::unique_ptr<test::ComposerFixture> fixture;
    // The fixture's parts, for short.
    SandboxServer *server = nullptr;
    StorageWorker *storage = nullptr;
    Outbox *outbox = nullptr;
    DraftEditor *editor = nullptr;
    ComposerWidget *composer = nullptr;

    template<typename T> T *child(const char *name) const
    {
        return composer->findChild<T *>(QString::fromLatin1(name));
    }
    QLabel *stateLabel() const { return child<QLabel>("postStateLabel"); }

    // The helpers answer whether they got there, for the caller's QVERIFY: a failed check
    // inside a helper would only leave the helper.
    [[nodiscard]] bool inspected(int rows)
    {
        // Results are applied to the draft in one pass per burst: wait for that too.
        return QTest::qWaitFor(
            [&] {
                return editor->media()->rowCount() == rows && editor->media()->allInspected()
                       && editor->post().media.size() == rows;
            },
            10'000);
    }

    // A video with a caption to the first account: nothing blocks publishing it.
    [[nodiscard]] bool composedVideoPost(const QString &caption)
    {
        editor->addFiles({test::dataFile(QStringLiteral("vertical.mp4"))});
        if (!inspected(1))
            return false;
        composer->caption()->setPlainText(caption);
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        return QTest::qWaitFor([&] { return composer->publishAction()->isEnabled(); }, 5000);
    }

    // Clicks Publish and waits for the post to reach `state` (as the outbox reports it).
    [[nodiscard]] bool publishedUntil(PostState state, int timeoutMs = 10'000)
    {
        QTest::mouseClick(child<QPushButton>("publishButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return editor->post().state == state; }, timeoutMs);
    }

    std::optional<Post> load(qint64 id)
    {
        auto future = storage->load(id);
        future.waitForFinished();
        return future.result().value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // "2,200" with a group separator: the counter speaks the user's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        fixture = std::make_unique<test::ComposerFixture>();
        QVERIFY(fixture->start(*dir));
        server = &fixture->sandbox.server;
        storage = fixture->storage.get();
        outbox = fixture->outbox.get();
        editor = fixture->editor.get();
        composer = fixture->composer.get();
    }

    void cleanup()
    {
        fixture.reset();
        dir.reset();
    }

    // --- 1. The caption counter -----------------------------------------------------------

    void captionCounterCountsUtf16AndWarnsNearTheLimit_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<Look>("look");
        const QString clapper = QStringLiteral("🎬"); // two UTF-16 units
        QTest::newRow("short") << QStringLiteral("Launch day 🎬 #fyp")
                               << QStringLiteral("18 / 2,200") << Look::Normal;
        QTest::newRow("one below the warning")
            << QString(1999, QLatin1Char('a')) << QStringLiteral("1,999 / 2,200") << Look::Normal;
        // 1,000 characters, 2,000 units: the units are what TikTok counts.
        QTest::newRow("warning reached by emoji")
            << clapper.repeated(1000) << QStringLiteral("2,000 / 2,200") << Look::Warning;
        QTest::newRow("exactly the limit")
            << QString(2200, QLatin1Char('a')) << QStringLiteral("2,200 / 2,200") << Look::Warning;
        QTest::newRow("one over") << QString(2201, QLatin1Char('a'))
                                  << QStringLiteral("2,201 / 2,200") << Look::Error;
        QTest::newRow("over by an emoji's second unit")
            << QString(2199, QLatin1Char('a')) + clapper << QStringLiteral("2,201 / 2,200")
            << Look::Error;
    }

    void captionCounterCountsUtf16AndWarnsNearTheLimit()
    {
        QFETCH(QString, caption);
        QFETCH(QString, counter);
        QFETCH(Look, look);
        auto *label = child<QLabel>("captionCounter");
        const QColor normal = composer->palette().color(QPalette::WindowText);
        QCOMPARE(lookOf(label->palette().color(QPalette::WindowText), normal), Look::Normal);

        composer->caption()->setPlainText(caption);
        QCOMPARE(label->text(), counter);
        QCOMPARE(lookOf(label->palette().color(QPalette::WindowText), normal), look);
        QCOMPARE(label->foregroundRole(), QPalette::WindowText); // the role that was coloured
        QCOMPARE(editor->post().caption, caption);

        // Back to a short caption: back to the normal look.
        composer->caption()->setPlainText(QStringLiteral("short"));
        QCOMPARE(label->text(), QStringLiteral("5 / 2,200"));
        QCOMPARE(lookOf(label->palette().color(QPalette::WindowText), normal), Look::Normal);
    }

    void typingOverTheLimitIsKeptButBlocksPublishing()
    {
        QVERIFY(composedVideoPost(QString(2198, QLatin1Char('a'))));
        CaptionEdit *caption = composer->caption();
        auto *counter = child<QLabel>("captionCounter");
        const QColor normal = composer->palette().color(QPalette::WindowText);
        caption->setFocus();
        caption->moveCursor(QTextCursor::End);

        // Typed key by key past 2,200: every key lands.
        QTest::keyClicks(caption, QStringLiteral("bcdef"));
        QCOMPARE(caption->toPlainText().size(), 2203);
        const QString over = QString(2198, QLatin1Char('a')) + QStringLiteral("bcdef");
        QCOMPARE(caption->toPlainText(), over);
        QCOMPARE(editor->post().caption, over);
        QCOMPARE(counter->text(), QStringLiteral("2,203 / 2,200"));
        QCOMPARE(lookOf(counter->palette().color(QPalette::WindowText), normal), Look::Error);

        // Publishing is what is blocked, by a caption rejection that says by how much.
        QVERIFY(!composer->publishAction()->isEnabled());
        QVERIFY(!child<QPushButton>("publishButton")->isEnabled());
        QVERIFY(!editor->publish());
        const ValidationIssues rejections = rejectionsOf(editor->issues());
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().subject, QStringLiteral("caption"));
        QVERIFY2(rejections.first().message.contains(QStringLiteral("2,203"))
                     && rejections.first().message.contains(QStringLiteral("2,200")),
                 qPrintable(rejections.first().message));
        QVERIFY(child<QLabel>("composerIssues")->isVisible());
        QVERIFY(child<QLabel>("composerIssues")->text().contains(QStringLiteral("2,203")));

        // The long caption is saved as typed: nothing is cut behind the user's back.
        editor->saveNow();
        QTRY_VERIFY(editor->post().id > 0);
        QTRY_COMPARE(load(editor->post().id)->caption, over);

        // Shortened by keyboard to the limit: publishing is possible again.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(caption, Qt::Key_Backspace);
        QCOMPARE(counter->text(), QStringLiteral("2,200 / 2,200"));
        QCOMPARE(lookOf(counter->palette().color(QPalette::WindowText), normal), Look::Warning);
        QVERIFY(!hasRejection(editor->issues()));
        QVERIFY(composer->publishAction()->isEnabled());
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0);
    }

    // --- 2. The media count and the 10-image limit ------------------------------------------

    void mediaCountShowsTheHintThenImagesOfTen()
    {
        auto *count = child<QLabel>("mediaCountLabel");
        QVERIFY(count->isVisible());
        QVERIFY2(count->text().contains(QStringLiteral("up to 10 images")),
                 qPrintable(count->text()));

        // Eleven different images, one at a time as the user adds them.
        QStringList images;
        for (int i = 0; i < 11; ++i) {
            const QString path = dir->filePath(QStringLiteral("slide-%1.jpg").arg(i));
            QFile::remove(path);
            QVERIFY(QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), path));
            images.append(path);
        }
        editor->addFiles(images.mid(0, 3));
        QVERIFY(inspected(3));
        QCOMPARE(count->text(), QStringLiteral("3 / 10 images"));
        editor->addFiles(images.mid(3, 7));
        QVERIFY(inspected(10));
        QCOMPARE(count->text(), QStringLiteral("10 / 10 images"));
        composer->caption()->setPlainText(QStringLiteral("Swipe 👀"));
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(!hasRejection(editor->issues()));
        QTRY_VERIFY(composer->publishAction()->isEnabled());
        const QColor normal = composer->palette().color(QPalette::WindowText);
        QCOMPARE(count->palette().color(QPalette::WindowText), normal);

        // The 11th is kept in the strip (the user picks which goes) but blocks publishing.
        editor->addFiles({images.last()});
        QVERIFY(inspected(11));
        QCOMPARE(count->text(), QStringLiteral("11 / 10 images"));
        QCOMPARE(lookOf(count->palette().color(QPalette::WindowText), normal), Look::Error);
        const ValidationIssues rejections = rejectionsOf(editor->issues());
        QCOMPARE(rejections.size(), 1);
        QVERIFY2(rejections.first().message.contains(QStringLiteral("at most 10 images")),
                 qPrintable(rejections.first().message));
        QTRY_VERIFY(!composer->publishAction()->isEnabled());
        QVERIFY(
            child<QLabel>("composerIssues")->text().contains(QStringLiteral("at most 10 images")));

        editor->media()->removeItem(0);
        QTRY_VERIFY(composer->publishAction()->isEnabled());
        QCOMPARE(count->text(), QStringLiteral("10 / 10 images"));
        QCOMPARE(count->palette().color(QPalette::WindowText), normal);
    }

    // --- 3. Pasting files -------------------------------------------------------------------

    void pastedFileUrlsBecomeTheDraftsMedia()
    {
        QClipboard *clipboard = QApplication::clipboard();
        auto *mime = new QMimeData; // owned by the clipboard
        mime->setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("portrait.jpg"))),
                       QUrl(QStringLiteral("https://example.com/not-local.jpg")),
                       QUrl::fromLocalFile(test::dataFile(QStringLiteral("square.jpg")))});
        clipboard->setMimeData(mime);
        if (!clipboard->mimeData() || !clipboard->mimeData()->hasUrls())
            QSKIP("This platform has no clipboard the test process can write to.");

        composer->pasteFiles();
        // The local files only, in order; a web address is not a file to upload.
        QVERIFY(inspected(2));
        QCOMPARE(editor->post().type, PostType::Slideshow);
        QCOMPARE(editor->post().media.at(0).path, test::dataFile(QStringLiteral("portrait.jpg")));
        QCOMPARE(editor->post().media.at(1).path, test::dataFile(QStringLiteral("square.jpg")));
        QCOMPARE(child<QLabel>("mediaCountLabel")->text(), QStringLiteral("2 / 10 images"));

        // Text on the clipboard adds nothing.
        clipboard->setText(QStringLiteral("just words"));
        composer->pasteFiles();
        QCOMPARE(editor->media()->rowCount(), 2);
        // Not silently nothing: the user is told what to copy.
        auto *refusal = composer->findChild<QLabel *>(QStringLiteral("mediaRefusalLabel"));
        QVERIFY(refusal->isVisible());
        QVERIFY2(refusal->text().contains(QStringLiteral("clipboard")),
                 qPrintable(refusal->text()));
    }

    void editPasteFilesInTheWindowAddsThem()
    {
        auto *mime = new QMimeData; // owned by the clipboard
        mime->setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("vertical.mp4")))});
        QApplication::clipboard()->setMimeData(mime);
        if (!QApplication::clipboard()->mimeData()->hasUrls())
            QSKIP("This platform has no clipboard the test process can write to.");
        MainWindow window(&fixture->sandbox.client, nullptr, storage, outbox);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DraftEditor *windowEditor = window.composer()->editor();
        window.composer()->caption()->setFocus();

        // Edit → Paste files into the post, by its shortcut.
        QTest::keyClick(window.composer()->caption(), Qt::Key_V,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(windowEditor->media()->rowCount(), 1);
        QTRY_VERIFY(windowEditor->media()->allInspected());
        QTRY_COMPARE(windowEditor->post().media.size(), 1);
        QCOMPARE(windowEditor->post().media.first().path,
                 test::dataFile(QStringLiteral("vertical.mp4")));
        QCOMPARE(windowEditor->post().type, PostType::Video);
        QVERIFY(window.composer()->caption()->toPlainText().isEmpty()); // not pasted as text
    }

    // --- 4. The post's live state -----------------------------------------------------------

    void uploadShowsProgressAndCancelStopsIt()
    {
        QVERIFY(composedVideoPost(QStringLiteral("Cancelled on the way")));
        // The upload's answer comes late (the test does not wait for it): the upload is still
        // out when it is cancelled, however slow this machine is.
        server->delayNext(QStringLiteral("/media"), 20'000);
        QSignalSpy answered(server, &SandboxServer::requestHandled);
        auto *progress = child<QProgressBar>("uploadProgress");
        auto *cancel = child<QPushButton>("cancelUploadButton");
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());

        QVERIFY2(publishedUntil(PostState::Uploading), qPrintable(stateLabel()->text()));
        const QRegularExpression uploading(QStringLiteral("^Uploading (\\d+) %$"));
        QTRY_VERIFY2(uploading.match(stateLabel()->text()).hasMatch(),
                     qPrintable(stateLabel()->text()));
        const int percent = uploading.match(stateLabel()->text()).captured(1).toInt();
        QVERIFY(percent >= 0 && percent <= 100);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), percent);
        QVERIFY(cancel->isVisible());
        QVERIFY(!child<QPushButton>("confirmPublishedButton")->isVisible());
        QVERIFY(!composer->caption()->isEnabled()); // nothing changes while it is sent
        QVERIFY(answered.isEmpty());                // still waiting for the upload's answer

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(editor->post().state, PostState::Draft);
        QVERIFY(answered.isEmpty()); // cancelled while the upload was out, not by its answer
        QVERIFY2(stateLabel()->text().contains(QStringLiteral("Upload cancelled")),
                 qPrintable(stateLabel()->text()));
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(composer->caption()->isEnabled());
        QCOMPARE(load(editor->post().id)->state, PostState::Draft);
        // Nothing is left running that could still send the post.
        QVERIFY(!outbox->isBusy());
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 0);
    }

    void aCancelledUploadCanBePublishedAgain()
    {
        QVERIFY(composedVideoPost(QStringLiteral("Second try")));
        server->delayNext(QStringLiteral("/media"), 20'000); // as above: cancelled while out
        QVERIFY2(publishedUntil(PostState::Uploading), qPrintable(stateLabel()->text()));
        QTRY_VERIFY2(stateLabel()->text().endsWith(QStringLiteral(" %")),
                     qPrintable(stateLabel()->text())); // the file is on its way
        QTest::mouseClick(child<QPushButton>("cancelUploadButton"), Qt::LeftButton);
        QTRY_COMPARE(editor->post().state, PostState::Draft);
        const qint64 id = editor->post().id;
        QVERIFY(composer->publishAction()->isEnabled());

        // Publish again: either the save of the "ready" post is refused or the post goes on.
        QObject guard; // queued to this thread: the storage reports from its own
        bool refused = false;
        bool goesOn = false;
        connect(storage, &StorageWorker::storageFailed, &guard,
                [&](const QString &) { refused = true; });
        connect(editor, &DraftEditor::stateChanged, &guard,
                [&](PostState state, const QString &) { goesOn |= state != PostState::Draft; });
        QTest::mouseClick(child<QPushButton>("publishButton"), Qt::LeftButton);
        QTRY_VERIFY(refused || goesOn);
        QCOMPARE(id, editor->post().id);
        // The outbox wrote the post's state (uploading, then draft) and with it raised its
        // revision; the editor must save "ready" from that revision, not refuse as stale.
        QVERIFY(!refused);
        QTRY_COMPARE_WITH_TIMEOUT(editor->post().state, PostState::Published, 10'000);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 2); // uploaded again
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
        QCOMPARE(server->createdPosts().size(), 1);
    }

    void scheduledPostSaysWhen()
    {
        QVERIFY(composedVideoPost(QStringLiteral("Tomorrow morning")));
        const QDateTime local(QDate::currentDate().addDays(1), QTime(9, 0));
        editor->setSchedule(local.toUTC(), HandOver::Now);
        QVERIFY2(publishedUntil(PostState::Scheduled), qPrintable(stateLabel()->text()));
        // Handed over is not live: the time it is due on TikTok, in the user's words.
        QVERIFY2(stateLabel()->text().startsWith(
                     QStringLiteral("Handed to Crosspostify · due on TikTok ")),
                 qPrintable(stateLabel()->text()));
        QVERIFY(
            stateLabel()->text().contains(QLocale().toString(local.time(), QLocale::ShortFormat)));
        QVERIFY(!child<QProgressBar>("uploadProgress")->isVisible());
        QVERIFY(!child<QPushButton>("cancelUploadButton")->isVisible());
        QVERIFY(!child<QPushButton>("confirmPublishedButton")->isVisible());
        QVERIFY(!child<QPushButton>("sendAgainButton")->isVisible());
        // With Crosspostify now: the composer shows it but no longer edits or sends it.
        QVERIFY(!composer->caption()->isEnabled());
        QVERIFY(!composer->publishAction()->isEnabled());
    }

    void needsAttentionOffersBothChoices_data()
    {
        QTest::addColumn<bool>("wasPublished");
        QTest::newRow("it was published") << true;
        QTest::newRow("send again") << false;
    }

    void needsAttentionOffersBothChoices()
    {
        QFETCH(bool, wasPublished);
        QVERIFY(composedVideoPost(QStringLiteral("Lost on the way back")));
        // The create call is taken, then the connection closes without an answer.
        server->dropNext(QStringLiteral("/post/video"));
        QVERIFY2(publishedUntil(PostState::NeedsAttention), qPrintable(stateLabel()->text()));
        auto *published = child<QPushButton>("confirmPublishedButton");
        auto *sendAgain = child<QPushButton>("sendAgainButton");
        QVERIFY(published->isVisible());
        QVERIFY(sendAgain->isVisible());
        QVERIFY(!child<QPushButton>("cancelUploadButton")->isVisible());
        QVERIFY(!child<QProgressBar>("uploadProgress")->isVisible());
        QVERIFY2(stateLabel()->text().contains(QStringLiteral("may have")),
                 qPrintable(stateLabel()->text()));
        QVERIFY(!composer->publishAction()->isEnabled()); // never sent twice by itself
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
        const qint64 id = editor->post().id;

        QTest::mouseClick(wasPublished ? published : sendAgain, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->post().state, PostState::Published, 10'000);
        QCOMPARE(load(id)->state, PostState::Published);
        QVERIFY(!published->isVisible());
        QVERIFY(!sendAgain->isVisible());
        QVERIFY2(stateLabel()->text().startsWith(QStringLiteral("Handed to Crosspostify")),
                 qPrintable(stateLabel()->text()));
        if (wasPublished) {
            // Only recorded: nothing more goes to Crosspostify.
            QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
            QVERIFY(server->createdPosts().isEmpty());
        } else {
            QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 2);
            QCOMPARE(server->createdPosts().size(), 1);
            QCOMPARE(server->requestCount(QStringLiteral("/media")), 1); // the upload is reused
        }
    }
};

QTEST_MAIN(TestComposerStates)
#include "tst_composerstates.moc"
