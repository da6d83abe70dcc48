// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace tokdeck {

// Colours #hashtags and @mentions in a caption the way TikTok shows them, with the palette's
// link colour so it reads on light and dark themes. "a#b" and e-mail addresses stay plain.
class TextMarkupHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextMarkupHighlighter)

public:
    explicit TextMarkupHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_pattern;
};

} // namespace tokdeck
