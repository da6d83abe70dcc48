// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/JsonIds.h"

namespace tokdeck {

namespace {
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// The index just past the string literal that starts at `open` (a '"'), or -1 if unterminated.
qsizetype endOfString(const QByteArray &json, qsizetype open)
{
    for (qsizetype i = open + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i; // the escaped character, whatever it is, cannot end the string
        else if (json.at(i) == '"')
            return i + 1;
    }
    return -1;
}
} // namespace

QByteArray quoteNumericMembers(const QByteArray &json, const QByteArrayList &keys)
{
    QByteArray out;
    out.reserve(json.size() + 64);
    qsizetype i = 0;
    while (i < json.size()) {
        if (json.at(i) != '"') {
            out += json.at(i++);
            continue;
        }
        const qsizetype end = endOfString(json, i);
        if (end < 0) {
            out += json.mid(i); // unterminated: leave it for the parser to refuse
            break;
        }
        const QByteArray literal = json.mid(i, end - i);
        out += literal;
        i = end;
        // A member name is a string followed by ':'.
        qsizetype j = i;
        while (j < json.size() && isJsonSpace(json.at(j)))
            ++j;
        if (j >= json.size() || json.at(j) != ':'
            || !keys.contains(literal.mid(1, literal.size() - 2)))
            continue;
        ++j;
        while (j < json.size() && isJsonSpace(json.at(j)))
            ++j;
        const bool numberStarts =
            j < json.size() && (json.at(j) == '-' || (json.at(j) >= '0' && json.at(j) <= '9'));
        qsizetype k = j;
        while (numberStarts && k < json.size() && isNumberChar(json.at(k)))
            ++k;
        if (k == j)
            continue;              // not a number (a string, object, ...): copied as it is
        out += json.mid(i, j - i); // the ':' and spacing
        out += '"';
        out += json.mid(j, k - j); // digits only, so nothing needs escaping
        out += '"';
        i = k;
    }
    return out;
}

} // namespace tokdeck
