// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tokdeck::TextDiff {

// What a run of the second text is, compared with the first.
enum class Kind { Equal, Inserted, Deleted };

struct Run
{
    Kind kind = Kind::Equal;
    QString text;

    friend bool operator==(const Run &, const Run &) = default;
};

// The text cut into words and the whitespace between them, in order: joining the pieces
// gives the text back. Cuts fall only between a space and a non-space, so a surrogate pair
// (an emoji) or a word is never split.
QStringList tokens(const QString &text);

// A word-level diff from `before` to `after`: the longest common subsequence of their
// tokens(), as runs in reading order (within a change, what was deleted comes before what was
// inserted; neighbouring runs of one kind are merged). The Equal and Deleted runs joined give
// `before`, the Equal and Inserted runs `after`. Two identical texts give one Equal run (none
// when both are empty). Texts too long for the table (far beyond a caption) come out as one
// deletion and one insertion.
QList<Run> diff(const QString &before, const QString &after);

} // namespace tokdeck::TextDiff
