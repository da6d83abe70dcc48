// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/EmojiPickerButton.h"
#include "widgets/TextMarkupHighlighter.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace tokdeck;

namespace {
// The highlighted ranges of the first block, as the substrings they cover.
QStringList highlighted(QPlainTextEdit &edit)
{
    QStringList parts;
    const QTextBlock block = edit.document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        parts.append(block.text().mid(range.start, range.length));
    return parts;
}
} // namespace

class TestCaptionMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashtagsAndMentionsAreMarked()
    {
        QPlainTextEdit edit;
        new TextMarkupHighlighter(edit.document());
        edit.setPlainText(
            QStringLiteral("New drop 🎬 #fyp #Café_2 with @brand, mail a@b.com, not a#b"));
        QCOMPARE(highlighted(edit), QStringList({QStringLiteral("#fyp"), QStringLiteral("#Café_2"),
                                                 QStringLiteral("@brand")}));
    }

    void rtlAndEmojiTextStaysIntact()
    {
        QPlainTextEdit edit;
        new TextMarkupHighlighter(edit.document());
        const QString text = QStringLiteral("שלום #עברית 👩‍💻");
        edit.setPlainText(text);
        QCOMPARE(highlighted(edit), QStringList({QStringLiteral("#עברית")}));
        QCOMPARE(edit.toPlainText(), text); // highlighting never changes the text
    }

    void emojiButtonOffersAndEmits()
    {
        EmojiPickerButton button;
        QVERIFY(button.menu()->actions().size() >= 40);
        QString picked;
        connect(&button, &EmojiPickerButton::emojiPicked, this,
                [&](const QString &emoji) { picked = emoji; });
        button.menu()->actions().at(13)->trigger();
        QCOMPARE(picked, EmojiPickerButton::emoji().at(13));
        QCOMPARE(picked, QStringLiteral("🔥"));
    }
};

QTEST_MAIN(TestCaptionMarkup)
#include "tst_captionmarkup.moc"
