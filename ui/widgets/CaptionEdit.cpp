// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/CaptionEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace tokdeck {

namespace {
// Word characters of a hashtag, as the highlighter and PostStore::knownHashtags() read them
// (\w with Unicode properties: letters, digits, marks, connector punctuation).
bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Punctuation_Connector;
}
} // namespace

CaptionEdit::CaptionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_tags(new QStringListModel(this))
    , m_completer(new QCompleter(m_tags, this))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setModelSorting(QCompleter::UnsortedModel); // keep "most used first"
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("hashtagPopup"));
    m_completer->popup()->setAccessibleName(tr("Hashtags used before"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CaptionEdit::insertHashtag);
}

void CaptionEdit::setKnownHashtags(const QStringList &tags)
{
    m_tags->setStringList(tags);
}

QStringList CaptionEdit::knownHashtags() const
{
    return m_tags->stringList();
}

QString CaptionEdit::hashtagBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString block = cursor.block().text();
    int start = cursor.positionInBlock();
    const int end = start;
    while (start > 0 && isTagCharacter(block.at(start - 1)))
        --start;
    // "#" right before the word, and not glued to a word or another # or @ ("a#b", "##").
    if (start == 0 || block.at(start - 1) != QLatin1Char('#'))
        return {};
    const int hash = start - 1;
    if (hash > 0) {
        const QChar before = block.at(hash - 1);
        if (isTagCharacter(before) || before == QLatin1Char('#') || before == QLatin1Char('@'))
            return {};
    }
    // Only at the end of the word: completing in the middle of one would split it.
    if (end < block.size() && isTagCharacter(block.at(end)))
        return {};
    return block.mid(hash, end - hash);
}

void CaptionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            // Left to the completer, which forwarded the key: it takes or closes the list.
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    // Only typing opens the list; moving the cursor or shortcuts must not pop it up.
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletions();
    else if (m_completer->popup()->isVisible() && hashtagBeforeCursor().isEmpty())
        m_completer->popup()->hide();
}

void CaptionEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focusEntered();
}

void CaptionEdit::updateCompletions()
{
    const QString prefix = hashtagBeforeCursor();
    QAbstractItemView *popup = m_completer->popup();
    // "#" alone lists every tag, most used first: that is where a tag is chosen, not a letter
    // later (the list is at most eight rows tall).
    if (prefix.isEmpty() || m_tags->rowCount() == 0) {
        popup->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    const bool onlyItself =
        m_completer->completionCount() == 1
        && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0;
    if (m_completer->completionCount() == 0 || onlyItself) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect where = cursorRect();
    where.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
                   + 8);
    m_completer->complete(where);
}

void CaptionEdit::insertHashtag(const QString &tag)
{
    const QString prefix = hashtagBeforeCursor();
    QTextCursor cursor = textCursor();
    // One edit block: a single Ctrl+Z takes the whole completion back.
    cursor.beginEditBlock();
    cursor.setPosition(cursor.position() - int(prefix.size()),
                       QTextCursor::KeepAnchor); // UTF-16 units
    cursor.insertText(tag + QLatin1Char(' '));
    cursor.endEditBlock();
    setTextCursor(cursor);
}

} // namespace tokdeck
