// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/TerminalText.h"

namespace tokdeck {

namespace {
QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).rightJustified(width, QLatin1Char('0'));
}
} // namespace

QString escapeForTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = QChar::ReplacementCharacter; // unpaired: printable U+FFFD, nothing hidden
        }
        switch (c) {
        case U'\x1b':
            out += QLatin1StringView("\\e");
            continue;
        case U'\t':
            out += QLatin1StringView("\\t");
            continue;
        case U'\n':
            out += QLatin1StringView("\\n");
            continue;
        case U'\r':
            out += QLatin1StringView("\\r");
            continue;
        case U'\\':
            out += QLatin1StringView("\\\\"); // so an escape seen is always one we wrote
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            out += QLatin1StringView("\\x") + hex(c, 2);
            continue;
        }
        const QChar::Category category = QChar::category(c);
        // Joiners stay: they only shape emoji and scripts, and moving nothing on the line.
        const bool joiner = c == 0x200c || c == 0x200d;
        if ((category == QChar::Other_Format && !joiner) || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            out += QLatin1StringView("\\u{") + hex(c, 4) + QLatin1Char('}');
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace tokdeck
