#pragma once

#include "domain/Post.h"

#include <QColor>
#include <QString>

namespace tokdeck {

// How a post looks on the calendar: one colour per state (readable on light and dark
// palettes: saturated fills with white text), and the chip's one-line label.
struct PostChipStyle
{
    static QColor fill(PostDisplayState state);
    static QString label(const Post &post);       // "18:00 ▶ Launch day…"
    static QString typeSymbol(PostType type);     // ▶ video, ◼ photo, ▤ slideshow
    static QString lockReason(const Post &post);  // empty when the post can move
};

} // namespace tokdeck
