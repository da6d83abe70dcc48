// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace tokdeck {

// The schedule as an RFC 5545 calendar a team can subscribe to: one VEVENT per post with a
// time, UTC DTSTART, a UID that stays the same for a post across exports, escaped text, lines
// folded at 75 octets (never inside a UTF-8 sequence), CRLF line ends.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    static QByteArray write(const QList<Post> &posts, const QDateTime &nowUtc);

    static QByteArray escapeText(const QString &text);
    static QByteArray foldLine(const QByteArray &line); // adds the CRLF
    static QByteArray utcStamp(const QDateTime &when);  // 20260101T120000Z
    static QByteArray uidFor(const Post &post);
};

} // namespace tokdeck
