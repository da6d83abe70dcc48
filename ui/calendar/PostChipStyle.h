// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QColor>
#include <QHash>
#include <QString>

namespace tokdeck {

// How a post looks on the calendar: one colour per state (readable on light and dark
// palettes: saturated fills with white text), and the chip's one-line label.
struct PostChipStyle
{
    static QColor fill(PostDisplayState state);
    static QString label(const Post &post);   // "18:00 ▶ Launch day…": time(), a space, what()
    static QString time(const Post &post);    // "18:00", local time; empty without a date
    static QString what(const Post &post);    // "▶ Launch day…"
    static QString typeSymbol(PostType type); // ▶ video, ◼ photo, ▤ slideshow
    static QString lockReason(const Post &post); // empty when the post can move
    // Who it goes to, short enough for a chip: "@alice", "@alice +2"; `names` maps account ids
    // to display names (ids stand in for accounts not loaded, e.g. offline).
    static QString accountsLabel(const Post &post, const QHash<QString, QString> &names);
    static QStringList accountNames(const Post &post, const QHash<QString, QString> &names);
};

} // namespace tokdeck
