// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/TextMarkupHighlighter.h"

#include "rules/TextRules.h"

#include <QGuiApplication>
#include <QPalette>

namespace tokdeck {

TextMarkupHighlighter::TextMarkupHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_pattern(TextRules::markupPattern()) // the one definition of a tag
{}

void TextMarkupHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    format.setForeground(QGuiApplication::palette().color(QPalette::Link));
    format.setFontWeight(QFont::DemiBold);
    for (auto it = m_pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
    }
}

} // namespace tokdeck
