// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace tokdeck {

// The caption editor: a plain-text edit that offers hashtags used before from the "#" of a tag
// on (most used first, filtered by what is typed, case-insensitive). Enter or Tab takes the
// highlighted tag and a space, Escape closes the list, typing on narrows it. Everything else
// behaves as QPlainTextEdit (the composer adds the counter, highlighting and the emoji button).
class CaptionEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionEdit)

public:
    explicit CaptionEdit(QWidget *parent = nullptr);

    void setKnownHashtags(const QStringList &tags); // "#tag" spellings, most used first
    QStringList knownHashtags() const;
    QCompleter *completer() const { return m_completer; }
    // The hashtag the cursor is at the end of, e.g. "#sum" (empty when not in one).
    QString hashtagBeforeCursor() const;

Q_SIGNALS:
    // The user is about to write here: the moment to have the suggestions ready.
    void focusEntered();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void updateCompletions();
    void insertHashtag(const QString &tag);

    QStringListModel *m_tags;
    QCompleter *m_completer;
};

} // namespace tokdeck
