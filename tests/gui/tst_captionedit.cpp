// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountTargetsEditor.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "storage/StorageWorker.h"
#include "widgets/CaptionEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
// The caption with the cursor put where the `|` is (the bar itself removed).
void setWithCursor(CaptionEdit &edit, const QString &textWithBar)
{
    const qsizetype bar = textWithBar.indexOf(QLatin1Char('|'));
    edit.setPlainText(QString(textWithBar).remove(bar, 1));
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(int(bar));
    edit.setTextCursor(cursor);
}

QStringList shownCompletions(CaptionEdit &edit)
{
    QStringList shown;
    const QAbstractItemModel *model = edit.completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data().toString();
    return shown;
}
} // namespace

class TestCaptionEdit : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaptionEdit> edit;

private Q_SLOTS:
    void init()
    {
        edit = std::make_unique<CaptionEdit>();
        edit->setKnownHashtags({QStringLiteral("#summer"), QStringLiteral("#fyp"),
                                QStringLiteral("#sunset"), QStringLiteral("#Été")});
        edit->show();
        QVERIFY(QTest::qWaitForWindowExposed(edit.get()));
        edit->setFocus();
    }

    void findsTheHashtagBeingTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("end of a tag") << QStringLiteral("Hello #sum|") << QStringLiteral("#sum");
        QTest::newRow("tag then space") << QStringLiteral("Hello #sum |") << QString();
        QTest::newRow("middle of a tag") << QStringLiteral("#sum|mer") << QString();
        QTest::newRow("glued to a word") << QStringLiteral("a#b|") << QString();
        QTest::newRow("double hash") << QStringLiteral("##b|") << QString();
        QTest::newRow("mention") << QStringLiteral("@bra|") << QString();
        QTest::newRow("accents") << QStringLiteral("Voilà #été|") << QStringLiteral("#été");
        QTest::newRow("second line") << QStringLiteral("line one\n#fy|") << QStringLiteral("#fy");
        QTest::newRow("after emoji") << QStringLiteral("🎬#fy|") << QStringLiteral("#fy");
    }

    void findsTheHashtagBeingTyped()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        setWithCursor(*edit, text);
        QCOMPARE(edit->hashtagBeforeCursor(), expected);
    }

    void typingOffersTagsMostUsedFirstAndEnterTakesOne()
    {
        QTest::keyClicks(edit.get(), QStringLiteral("Hello #su"));
        QAbstractItemView *popup = edit->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(shownCompletions(*edit),
                 QStringList({QStringLiteral("#summer"), QStringLiteral("#sunset")}));
        QTest::keyClick(popup, Qt::Key_Down); // the list takes the arrows
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("Hello #sunset "));
        QVERIFY(!popup->isVisible());
        // One undo takes the whole completion back.
        edit->undo();
        QCOMPARE(edit->toPlainText(), QStringLiteral("Hello #su"));
    }

    void matchingIgnoresCaseAndKeepsTheKnownSpelling()
    {
        QTest::keyClicks(edit.get(), QStringLiteral("#FY"));
        QTRY_VERIFY(edit->completer()->popup()->isVisible());
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Tab);
        QCOMPARE(edit->toPlainText(), QStringLiteral("#fyp "));
    }

    void escapeClosesTheListAndKeepsTheText()
    {
        QTest::keyClicks(edit.get(), QStringLiteral("#su"));
        QTRY_VERIFY(edit->completer()->popup()->isVisible());
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Escape);
        QVERIFY(!edit->completer()->popup()->isVisible());
        QCOMPARE(edit->toPlainText(), QStringLiteral("#su"));
        // Without the list, Enter is a new line as always.
        QTest::keyClick(edit.get(), Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("#su\n"));
    }

    void theListOpensOnTheHashItself()
    {
        // "#" is where a tag starts: the most used ones are offered before a letter is typed.
        QTest::keyClicks(edit.get(), QStringLiteral("Hello #"));
        QTRY_VERIFY(edit->completer()->popup()->isVisible());
        QCOMPARE(shownCompletions(*edit).size(), 4);
        QCOMPARE(shownCompletions(*edit).first(), QStringLiteral("#summer")); // most used first
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("Hello #summer "));
    }

    void noListForATagAlreadyComplete()
    {
        QTest::keyClicks(edit.get(), QStringLiteral("#fyp"));
        QVERIFY(!edit->completer()->popup()->isVisible()); // "#fyp" is all there is to offer
        QTest::keyClicks(edit.get(), QStringLiteral(" #xyz"));
        QVERIFY(!edit->completer()->popup()->isVisible()); // nothing known starts so
    }

    void theComposerOffersHashtagsOfEarlierPosts()
    {
        QTemporaryDir dir;
        StorageWorker storage(dir.filePath(QStringLiteral("tags.sqlite")));
        QVERIFY(storage.open().result().ok());
        for (const QString &caption :
             {QStringLiteral("Day one #launch #fyp"), QStringLiteral("Day two #fyp"),
              QStringLiteral("Day three #FYP #behindthescenes")}) {
            Post post;
            post.caption = caption;
            QVERIFY(storage.saveContent(post).result().ok());
        }
        DraftEditor editor(&storage, nullptr);
        ComposerWidget composer(&editor, Clock::system());
        // Read when a caption is about to be written, not when the composer is built.
        // The worker answers in order: once this read is answered, one made by the
        // constructor would have been too.
        QVERIFY(!storage.knownHashtags(200).result().value.isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(composer.caption()->knownHashtags().isEmpty());
        QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
        QApplication::sendEvent(composer.caption(), &focusIn);
        QTRY_VERIFY(!composer.caption()->knownHashtags().isEmpty());
        const QStringList known = composer.caption()->knownHashtags();
        QCOMPARE(known.first(), QStringLiteral("#fyp")); // used three times, in any case
        QVERIFY(known.contains(QStringLiteral("#launch")));
        QVERIFY(known.contains(QStringLiteral("#behindthescenes")));
        QCOMPARE(known.size(), 3);
        QTRY_COMPARE(composer.findChild<AccountTargetsEditor *>()->ownCaption()->knownHashtags(),
                     known);
    }
};

QTEST_MAIN(TestCaptionEdit)
#include "tst_captionedit.moc"
