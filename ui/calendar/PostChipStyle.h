// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

class QPainter;
class QPalette;

namespace tokdeck {

// How a post looks on the calendar: one colour per state (readable on light and dark
// palettes: saturated fills with white text), and the chip's one-line label. The one
// definition of the colours: the chips, the agenda and the legend all ask here.
struct PostChipStyle
{
    static QColor fill(PostDisplayState state);
    // The states in the legend's order, each with its colour from fill().
    static QList<PostDisplayState> legendStates();
    // Where the calendar puts a post (UTC): its planned time, or for a post sent with "Post
    // now" its send time (history); nullopt when it has no place yet (an unsent "post now").
    static std::optional<QDateTime> calendarTime(const Post &post);
    // Sent with "Post now" and now with Crosspostify (or possibly so): shown muted, locked.
    static bool isHistory(const Post &post);
    // Cannot be dragged: not draft, ready or failed (uploading, submitting, scheduled,
    // published, needs attention). The chip draws a lock for these.
    static bool isLockedOnCalendar(const Post &post) { return !post.isEditable(); }
    // The lock glyph, 8 px wide at the right of `box`, as tall as `box`.
    static void paintLock(QPainter &painter, const QRect &box, const QColor &colour);
    // The red of the 24-hour cap mark, readable on the palette's base (light or dark).
    static QColor capMarkColor(const QPalette &palette);
    // The mark itself: a red frame inside `cell` and a corner flag; where it is drawn is
    // capMarkFlag(cell), which the views hit-test for its tooltip.
    static void paintCapMark(QPainter &painter, const QRect &cell, const QPalette &palette);
    static QRect capMarkFlag(const QRect &cell);
    // "09:00": hours and minutes in the locale's short format, never seconds. The one
    // helper for every time the calendar and the agenda show.
    static QString shortTime(const QTime &time);
    // The post as a user knows it: its title, else its caption's start, in quotes' reach.
    static QString name(const Post &post);
    // Why `post` cannot move to `newLocalTime`, naming the post and the rule, or empty when
    // it may (locked posts; times before the API's 10-minute lead). Beyond 30 days is fine:
    // the post is then held locally.
    // Why a new post with `fileName` cannot be planned at `localTime` (files dropped on a day
    // or slot), in the same words as a refused move; empty when it can.
    static QString newPostRefusal(const QString &fileName, const QDateTime &localTime,
                                  const QDateTime &nowUtc);
    static QString moveRefusal(const Post &post, const QDateTime &newLocalTime,
                               const QDateTime &nowUtc);
    static QString label(const Post &post);   // "18:00 ▶ Launch day…": time(), a space, what()
    static QString time(const Post &post);    // "18:00", local time of calendarTime(); or empty
    static QString what(const Post &post);    // "▶ Launch day…"
    static QString typeSymbol(PostType type); // ▶ video, ◼ photo, ▤ slideshow
    static QString lockReason(const Post &post); // empty when the post can move
    // Who it goes to, short enough for a chip: "@alice", "@alice +2"; `names` maps account ids
    // to display names (ids stand in for accounts not loaded, e.g. offline).
    static QString accountsLabel(const Post &post, const QHash<QString, QString> &names);
    static QStringList accountNames(const Post &post, const QHash<QString, QString> &names);
};

} // namespace tokdeck
