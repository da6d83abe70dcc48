// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/IcsWriter.h"

#include <QTextBoundaryFinder>

namespace tokdeck {

namespace {

constexpr int eventMinutes = 15; // a post is an instant; a short block keeps calendars readable

QString typeName(PostType type)
{
    switch (type) {
    case PostType::Video:
        return IcsWriter::tr("TikTok video");
    case PostType::Photo:
        return IcsWriter::tr("TikTok photo");
    case PostType::Slideshow:
        return IcsWriter::tr("TikTok slideshow");
    }
    return {};
}

// When a post goes (or went) out: its planned time, or for "post now" ones the last update.
std::optional<QDateTime> eventTime(const Post &post)
{
    if (post.plannedAt)
        return post.plannedAt->toUTC();
    const bool wentOut = post.state == PostState::Published || post.state == PostState::Live
                         || post.state == PostState::FailedOnTikTok;
    if (wentOut && post.updatedAt.isValid())
        return post.updatedAt.toUTC();
    return std::nullopt;
}

// At most `maxUnits` UTF-16 units of `text`, cut where a character (grapheme: an emoji with its
// modifiers, a letter with its accents) ends, so no surrogate pair is halved into "?".
QString cutAtGrapheme(const QString &text, qsizetype maxUnits)
{
    if (text.size() <= maxUnits)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(maxUnits);
    if (!finder.isAtBoundary())
        finder.toPreviousBoundary();
    return text.left(qMax<qsizetype>(0, finder.position()));
}

// RFC 5545 3.3.11: TEXT may not hold CONTROL (%x00-08, %x0A-1F, %x7F); HTAB is allowed and a
// line break is written escaped. A lone surrogate would become "?" in UTF-8.
bool dropFromText(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == u'\t' || c == u'\n')
        return false;
    if (c < 0x20 || c == 0x7F)
        return true;
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !QChar::isLowSurrogate(text.at(i + 1).unicode());
    if (QChar::isLowSurrogate(c))
        return i == 0 || !QChar::isHighSurrogate(text.at(i - 1).unicode());
    return false;
}

} // namespace

QByteArray IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (dropFromText(text, i))
            continue; // CR too: CRLF in captions becomes one \n
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case ';':
            escaped += QStringLiteral("\\;");
            break;
        case ',':
            escaped += QStringLiteral("\\,");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        default:
            escaped += c;
        }
    }
    return escaped.toUtf8();
}

QByteArray IcsWriter::foldLine(const QByteArray &line)
{
    // RFC 5545 3.1: at most 75 octets a line; a continuation starts with one space (which
    // counts toward its 75). Never split a UTF-8 sequence: back up to a lead byte.
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray IcsWriter::utcStamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1() + 'Z';
}

QByteArray IcsWriter::uidFor(const Post &post)
{
    // Stable per post (its database id and creation time), so re-importing a newer export
    // updates events instead of duplicating them.
    return "tokdeck-post-" + QByteArray::number(post.id) + '-'
           + QByteArray::number(post.createdAt.isValid() ? post.createdAt.toSecsSinceEpoch() : 0)
           + "@tokdeck";
}

QByteArray IcsWriter::write(const QList<Post> &posts, const QDateTime &nowUtc)
{
    QByteArray ics;
    const auto line = [&ics](const QByteArray &text) {
        ics += foldLine(text);
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Tokdeck//Tokdeck schedule//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + escapeText(tr("TikTok schedule (Tokdeck)")));
    for (const Post &post : posts) {
        const auto when = eventTime(post);
        if (!when)
            continue;
        QStringList accounts;
        for (const PostAccount &account : post.accounts)
            accounts.append(account.accountId);
        const QString firstLine = cutAtGrapheme(post.caption.section(QLatin1Char('\n'), 0, 0), 80);
        const QString summary = post.title.isEmpty()
                                    ? typeName(post.type) + QStringLiteral(": ") + firstLine
                                    : typeName(post.type) + QStringLiteral(": ") + post.title;
        const QString description = tr("%1\n\nAccounts: %2\nState: %3")
                                        .arg(post.caption, accounts.join(QStringLiteral(", ")),
                                             postDisplayStateName(post.displayState(nowUtc)));
        // Confirmed by Crosspostify (handed over) or by the user (live); one the user reported
        // failed on TikTok will not happen as planned.
        const bool confirmed = post.state == PostState::Scheduled
                               || post.state == PostState::Published
                               || post.state == PostState::Live;
        const bool cancelled = post.state == PostState::FailedOnTikTok;
        line("BEGIN:VEVENT");
        line("UID:" + uidFor(post));
        line("DTSTAMP:" + utcStamp(nowUtc));
        line("DTSTART:" + utcStamp(*when));
        line("DTEND:" + utcStamp(when->addSecs(eventMinutes * 60)));
        line("SUMMARY:" + escapeText(summary));
        line("DESCRIPTION:" + escapeText(description));
        line("CATEGORIES:TikTok," + escapeText(postStateKey(post.state)));
        line(cancelled ? "STATUS:CANCELLED" : confirmed ? "STATUS:CONFIRMED" : "STATUS:TENTATIVE");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return ics;
}

} // namespace tokdeck
