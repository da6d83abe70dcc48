// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Version history restore, offscreen, on a real database: a caption edited twice with saves
// more than two minutes apart (the storage's clock is moved) keeps both versions; the dialog
// lists them, shows the word diff marked beyond colour, and Restore puts the older one back
// into the composer, from where the autosave stores it. A locked post cannot be restored.

#include "ComposerFixture.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "compose/VersionHistoryDialog.h"
#include "storage/StorageWorker.h"
#include "widgets/CaptionEdit.h"
#include "widgets/StatusColors.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace tokdeck;

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// The formats of the diff's fragments whose text is `text`.
QList<QTextCharFormat> formatsOf(const QTextDocument *document, const QString &text)
{
    QList<QTextCharFormat> formats;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text() == text)
                formats.append(it.fragment().charFormat());
        }
    }
    return formats;
}

} // namespace

class TestVersionHistory final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::ComposerFixture> m_fixture;

    ComposerWidget *composer() const { return m_fixture->composer.get(); }
    DraftEditor *editor() const { return m_fixture->editor.get(); }

    QList<PostVersion> storedVersions()
    {
        const qint64 id = editor()->post().id;
        auto future =
            m_fixture->storage->run([id](Stores &stores) { return stores.versions.versions(id); });
        future.waitForFinished();
        return future.result();
    }

    // Types `caption` into the composer and waits until the autosave has stored it.
    bool typeAndSave(const QString &caption)
    {
        composer()->caption()->setPlainText(caption);
        editor()->saveNow();
        return QTest::qWaitFor(
            [&] {
                return editor()->post().id != 0 && !storedVersions().isEmpty()
                       && storedVersions().first().caption == caption;
            },
            10000);
    }

    VersionHistoryDialog *openHistory(QAction *action)
    {
        action->trigger();
        VersionHistoryDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = composer()->findChild<VersionHistoryDialog *>(
                             QStringLiteral("versionHistoryDialog"))));
            QTRY_VERIFY(dialog->isVisible());
        }();
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(start);
        m_fixture = std::make_unique<test::ComposerFixture>();
        QVERIFY(m_fixture->start(*m_dir, *m_clock));
    }
    void cleanup()
    {
        m_fixture.reset(); // before the clock its storage reads
        m_clock.reset();
        m_dir.reset();
    }

    void restoresTheOlderVersion()
    {
        std::unique_ptr<QAction> action(VersionHistoryDialog::makeAction(composer()));
        QVERIFY(action);
        QCOMPARE(action->objectName(), QStringLiteral("versionHistoryAction"));
        QVERIFY(!action->isEnabled()); // nothing saved yet: no history to show

        auto *title = composer()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        QTest::keyClicks(title, QStringLiteral("Morning"));
        QVERIFY(typeAndSave(QStringLiteral("Croissants at nine 🥐 #bakery")));
        QTRY_VERIFY(action->isEnabled());
        m_clock->advanceSeconds(3 * 60); // a later editing session
        QVERIFY(typeAndSave(QStringLiteral("Croissants at ten 🥐 #bakery")));
        QCOMPARE(storedVersions().size(), 2);

        VersionHistoryDialog *dialog = openHistory(action.get());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("versionList"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreVersion"));
        auto *diff = dialog->findChild<QTextBrowser *>(QStringLiteral("versionDiff"));
        QVERIFY(list && restore && diff);
        QTRY_COMPARE(list->count(), 2);
        // Newest first, with the local time and the first words.
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Croissants at ten")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(list->item(1)->text().contains(
            QLocale().toString(start.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(!restore->isEnabled()); // the newest is the current text

        list->setCurrentRow(1);
        QVERIFY(restore->isEnabled());
        // "ten" goes (red, struck through), "nine" comes back (highlighted, underlined).
        const QList<QTextCharFormat> goes = formatsOf(diff->document(), QStringLiteral("ten"));
        const QList<QTextCharFormat> back = formatsOf(diff->document(), QStringLiteral("nine"));
        QCOMPARE(goes.size(), 1);
        QCOMPARE(back.size(), 1);
        QVERIFY(goes.first().fontStrikeOut());
        QCOMPARE(goes.first().foreground().color(), StatusColors::errorText(diff->palette()));
        QVERIFY(back.first().fontUnderline());
        QCOMPARE(back.first().background().color(),
                 StatusColors::warningBackground(diff->palette()));
        QVERIFY(diff->toPlainText().contains(QStringLiteral("🥐 #bakery")));

        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(composer()->caption()->toPlainText(),
                 QStringLiteral("Croissants at nine 🥐 #bakery"));
        QCOMPARE(title->text(), QStringLiteral("Morning"));
        QCOMPARE(editor()->post().caption, QStringLiteral("Croissants at nine 🥐 #bakery"));

        // The autosave stores the restore as the newest version; what it replaced stays.
        editor()->saveNow();
        QTRY_COMPARE(storedVersions().first().caption,
                     QStringLiteral("Croissants at nine 🥐 #bakery"));
        const QList<PostVersion> versions = storedVersions();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(1).caption, QStringLiteral("Croissants at ten 🥐 #bakery"));
        auto loaded = m_fixture->storage->load(editor()->post().id);
        loaded.waitForFinished();
        QVERIFY(loaded.result().value);
        QCOMPARE(loaded.result().value->caption, QStringLiteral("Croissants at nine 🥐 #bakery"));
    }

    void lockedPostCannotBeRestored()
    {
        std::unique_ptr<QAction> action(VersionHistoryDialog::makeAction(composer()));
        QVERIFY(typeAndSave(QStringLiteral("First words")));
        m_clock->advanceSeconds(10 * 60);
        QVERIFY(typeAndSave(QStringLiteral("Second words")));
        // Handed over ("post now"): no longer editable here.
        QSignalSpy state(editor(), &DraftEditor::stateChanged);
        auto moved = m_fixture->storage->transition(editor()->post().id, {PostState::Draft},
                                                    PostState::Ready);
        moved.waitForFinished();
        QVERIFY(moved.result().value.done());
        QTRY_VERIFY(!editor()->isEditable());

        VersionHistoryDialog *dialog = openHistory(action.get());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("versionList"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreVersion"));
        QTRY_COMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QVERIFY(!restore->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("versionNote"))
                    ->text()
                    .contains(QStringLiteral("locked")));
        dialog->reject();
        QCOMPARE(composer()->caption()->toPlainText(), QStringLiteral("Second words"));
    }
};

QTEST_MAIN(TestVersionHistory)
#include "tst_versionhistory.moc"
