// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's fixed footer and lock banner, offscreen, against the sandbox and a real
// database: Publish stays in view at 1280×800 with a full slideshow, an account's own text and
// problems listed, with no sideways scroll; the footer says the state, counts the problems and
// says what Publish did; a post that cannot be edited is read-only, says why, and refuses
// files with that reason; the preview shows the text of the account being edited.

#include "ComposerFixture.h"
#include "LocalSandbox.h"
#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "accounts/AccountTargetsEditor.h"
#include "accounts/AccountsPanel.h"
#include "compose/ComposerFooter.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "compose/LockBanner.h"
#include "compose/PhonePreview.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "widgets/CaptionEdit.h"
#include "widgets/TextMarkupHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace tokdeck;

class TestComposerFooter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<test::ComposerFixture> fixture;
    DraftEditor *editor = nullptr;
    ComposerWidget *composer = nullptr;

    template<typename T> T *child(const char *name) const
    {
        return composer->findChild<T *>(QString::fromLatin1(name));
    }
    QString stateText() const { return child<QLabel>("postStateLabel")->text(); }

    [[nodiscard]] bool inspected(int rows)
    {
        return QTest::qWaitFor(
            [&] {
                return editor->media()->rowCount() == rows && editor->media()->allInspected()
                       && editor->post().media.size() == rows;
            },
            10'000);
    }

    [[nodiscard]] bool composedVideoPost(const QString &caption)
    {
        editor->addFiles({test::dataFile(QStringLiteral("vertical.mp4"))});
        if (!inspected(1))
            return false;
        composer->caption()->setPlainText(caption);
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        return QTest::qWaitFor([&] { return composer->publishAction()->isEnabled(); }, 5000);
    }

    [[nodiscard]] bool publishedUntil(PostState state)
    {
        QTest::mouseClick(child<QPushButton>("publishButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return editor->post().state == state; }, 10'000);
    }

    // The controls that change a post, by object name.
    QList<QWidget *> inputs() const
    {
        QList<QWidget *> found;
        for (const char *name : {"addMediaButton", "emojiButton", "captionEdit", "titleEdit",
                                 "aigcCheck", "accountTargetsView", "mediaStripView",
                                 "scheduleRadio", "postNowRadio", "ownCaptionEdit"}) {
            if (auto *widget = child<QWidget>(name))
                found << widget;
            else
                qWarning("no %s in the composer", name);
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        fixture = std::make_unique<test::ComposerFixture>();
        QVERIFY(fixture->start(*dir));
        editor = fixture->editor.get();
        composer = fixture->composer.get();
    }

    void cleanup()
    {
        fixture.reset();
        dir.reset();
    }

    void publishStaysInViewAt1280x800()
    {
        cleanup(); // the whole window, not the fixture's composer alone
        QTemporaryDir here;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        auto storage = test::openTestStorage(here);
        QVERIFY(storage);
        MainWindow window(&sandbox.client, nullptr, storage.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        composer = window.composer();
        editor = composer->editor();
        window.accountsPanel()->refresh(); // what the connection does once connected
        QTRY_VERIFY_WITH_TIMEOUT(editor->targets()->rowCount() >= 3, 10'000);

        // A full slideshow, an account with a long name and its own text, problems listed.
        QStringList images;
        for (int i = 0; i < 10; ++i) {
            images << here.filePath(QStringLiteral("slide%1.jpg").arg(i));
            QVERIFY(QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), images.last()));
        }
        editor->addFiles(images);
        QVERIFY(inspected(10));
        int pixel = -1;
        for (int row = 0; row < editor->targets()->rowCount(); ++row) {
            if (editor->targets()->accountAt(row).id == QStringLiteral("acc_tiktok_3"))
                pixel = row;
        }
        QVERIFY(pixel >= 0);
        editor->targets()->setData(editor->targets()->index(0), Qt::Checked, Qt::CheckStateRole);
        editor->targets()->setData(editor->targets()->index(pixel), Qt::Checked,
                                   Qt::CheckStateRole);
        child<QListView>("accountTargetsView")->setCurrentIndex(editor->targets()->index(pixel));
        QTest::keyClicks(child<CaptionEdit>("ownCaptionEdit"), QStringLiteral("Our studio #art"));
        QTRY_VERIFY(child<QLabel>("composerIssues")->isVisible()); // the shared caption is empty
        QVERIFY(child<QPushButton>("problemsButton")->isVisible());
        QApplication::processEvents(); // let the layouts settle

        QCOMPARE(window.size(), QSize(1280, 800)); // nothing made the window grow
        auto *publish = child<QPushButton>("publishButton");
        QVERIFY(publish->isVisible());
        QVERIFY(publish->isDefault());
        const QRect inWindow(publish->mapTo(&window, QPoint(0, 0)), publish->size());
        QVERIFY2(window.rect().contains(inWindow),
                 qPrintable(QStringLiteral("Publish at %1,%2 %3×%4")
                                .arg(inWindow.x())
                                .arg(inWindow.y())
                                .arg(inWindow.width())
                                .arg(inWindow.height())));
        qInfo("Publish at %d,%d (%d×%d) in the 1280×800 window; form %d wide in %d", inWindow.x(),
              inWindow.y(), inWindow.width(), inWindow.height(),
              child<QScrollArea>("postEditorScroll")->widget()->width(),
              child<QScrollArea>("postEditorScroll")->viewport()->width());
        QCOMPARE(publish->visibleRegion().boundingRect(), publish->rect()); // nothing covers it
        QVERIFY(publish->width() >= publish->sizeHint().width());           // its text is whole

        auto *scroll = child<QScrollArea>("postEditorScroll");
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("form %1 wide in a viewport of %2")
                                .arg(scroll->widget()->width())
                                .arg(scroll->viewport()->width())));
        // The long account name wraps, and its "&" is shown, not taken for a mnemonic.
        auto *heading = child<QLabel>("ownTextHeading");
        QTextDocument shown;
        shown.setHtml(heading->text());
        QVERIFY2(
            shown.toPlainText().contains(QStringLiteral("Pixel & Pine Studio (@pixelandpine)")),
            qPrintable(shown.toPlainText()));
        QVERIFY(heading->wordWrap());
        QVERIFY(heading->width() <= scroll->viewport()->width());
    }

    void footerSaysTheStateAndWhatPublishDid()
    {
        QCOMPARE(stateText(), QStringLiteral("Draft · not saved yet"));
        QCOMPARE(child<QPushButton>("publishButton")->text(), QStringLiteral("Publish now"));
        QCOMPARE(child<QPushButton>("publishButton")->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_P));
        QVERIFY(composedVideoPost(QStringLiteral("Footer #fyp")));
        QTRY_COMPARE(stateText(), QStringLiteral("Draft · saved"));
        QVERIFY(!child<QPushButton>("problemsButton")->isVisible()); // nothing to count

        const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0));
        editor->setSchedule(tomorrow.toUTC(), HandOver::Now);
        QCOMPARE(
            child<QPushButton>("publishButton")->text(),
            QStringLiteral("Schedule for ")
                + ComposerFooter::shortMoment(tomorrow.toUTC(), QDateTime::currentDateTimeUtc()));
        QVERIFY(!child<QPushButton>("publishButton")->text().contains(QStringLiteral(":00:")));
        // The key stays where it was, whatever the label says.
        QCOMPARE(child<QPushButton>("publishButton")->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_P));
        editor->setSchedule(std::nullopt, HandOver::Now);

        QTest::mouseClick(child<QPushButton>("publishButton"), Qt::LeftButton);
        // At once, before the outbox has answered: the click did something.
        QVERIFY2(stateText().startsWith(QStringLiteral("Handed to the outbox")),
                 qPrintable(stateText()));
        QTRY_VERIFY_WITH_TIMEOUT(stateText().startsWith(QStringLiteral("Handed to Crosspostify")),
                                 10'000);
    }

    void problemsAreCountedAndOneClickAway()
    {
        // A blank post: one media problem (not two that contradict) and the missing account.
        const QString issues = child<QLabel>("composerIssues")->text();
        QCOMPARE(issues.count(QStringLiteral("media:")), 1);
        auto *problems = child<QPushButton>("problemsButton");
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(), QStringLiteral("2 problems block publishing"));
        QVERIFY(!composer->publishAction()->isEnabled());

        // Short enough that the list is below the fold; the click brings it into view.
        composer->resize(1100, 420);
        auto *scroll = child<QScrollArea>("postEditorScroll");
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(0);
        auto *list = child<QLabel>("composerIssues");
        QVERIFY(list->visibleRegion().isEmpty());
        QTest::mouseClick(problems, Qt::LeftButton);
        QTRY_VERIFY(!list->visibleRegion().isEmpty());
    }

    void aScheduledPostIsReadOnlyAndSaysWhy()
    {
        QVERIFY(composedVideoPost(QStringLiteral("Locked later")));
        auto *banner = composer->lockBanner();
        QVERIFY(!banner->isVisible());
        for (QWidget *input : inputs()) {
            if (input->objectName() != QStringLiteral("ownCaptionEdit")) // none highlighted yet
                QVERIFY2(input->isEnabled(), qPrintable(input->objectName()));
        }
        const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0));
        editor->setSchedule(tomorrow.toUTC(), HandOver::Now);
        QVERIFY2(publishedUntil(PostState::Scheduled), qPrintable(stateText()));

        QVERIFY(banner->isVisible());
        QVERIFY2(banner->reason().contains(QStringLiteral("Crosspostify dashboard")),
                 qPrintable(banner->reason()));
        // What Crosspostify said for the account, by the account's name (not its id).
        auto *accounts = banner->findChild<QLabel *>(QStringLiteral("lockBannerAccounts"));
        QTRY_VERIFY(accounts->isVisible());
        const QString name = editor->targets()->accountAt(0).displayName();
        QCOMPARE(accounts->text(), name + QStringLiteral(": scheduled"));
        for (QWidget *input : inputs())
            QVERIFY2(!input->isEnabled(), qPrintable(input->objectName()));

        // Add media (the menu's, the button being disabled) and a paste are refused, named.
        auto *refusal = banner->findChild<QLabel *>(QStringLiteral("lockRefusal"));
        QVERIFY(!refusal->isVisible());
        composer->addMediaWithDialog(); // opens no dialog: the test would hang on it
        QVERIFY(refusal->isVisible());
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("portrait.jpg")))});
        QApplication::clipboard()->setMimeData(files);
        composer->pasteFiles();
        QVERIFY2(refusal->text().contains(QStringLiteral("portrait.jpg")),
                 qPrintable(refusal->text()));
        QCOMPARE(editor->media()->rowCount(), 1);
        QVERIFY(!composer->publishAction()->isEnabled());
    }

    void anUploadSaysHowToEditAndCancels()
    {
        QVERIFY(composedVideoPost(QStringLiteral("Cancel to edit")));
        fixture->sandbox.server.delayNext(QStringLiteral("/media"), 20'000);
        QVERIFY2(publishedUntil(PostState::Uploading), qPrintable(stateText()));
        auto *banner = composer->lockBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->reason().contains(QStringLiteral("Cancel the upload")),
                 qPrintable(banner->reason()));
        auto *cancel = banner->findChild<QPushButton *>(QStringLiteral("cancelUploadButton"));
        QVERIFY(cancel->isVisible());
        QVERIFY(!composer->caption()->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(editor->post().state, PostState::Draft);
        QVERIFY(!banner->isVisible());
        for (QWidget *input : inputs()) {
            if (input->objectName() != QStringLiteral("ownCaptionEdit"))
                QVERIFY2(input->isEnabled(), qPrintable(input->objectName()));
        }
    }

    void thePreviewShowsTheAccountBeingEdited()
    {
        auto *heading = child<QLabel>("ownTextHeading");
        QVERIFY2(heading->text().contains(QStringLiteral("check an account above")),
                 qPrintable(heading->text())); // says how, instead of a grey box
        auto *own = child<CaptionEdit>("ownCaptionEdit");
        QVERIFY(own->document()->findChild<TextMarkupHighlighter *>());
        composer->caption()->setPlainText(QStringLiteral("Shared #fyp"));
        auto *targets = editor->targets();
        targets->setData(targets->index(0), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(own->isEnabled()); // checking the first account made it the one to edit
        targets->setData(targets->index(1), Qt::Checked, Qt::CheckStateRole);
        child<QListView>("accountTargetsView")->setCurrentIndex(targets->index(1));
        QTest::keyClicks(own, QStringLiteral("Trail only"));
        PhonePreview *preview = composer->preview();
        QTRY_COMPARE(preview->caption(), QStringLiteral("Trail only"));
        QCOMPARE(preview->accountName(), targets->accountAt(1).username);

        child<QListView>("accountTargetsView")->setCurrentIndex(targets->index(0));
        QTRY_COMPARE(preview->caption(), QStringLiteral("Shared #fyp"));
        QCOMPARE(preview->accountName(), targets->accountAt(0).username);
    }
};

QTEST_MAIN(TestComposerFooter)
#include "tst_composerfooter.moc"
