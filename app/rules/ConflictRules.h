// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace tokdeck {

// Spam warnings for the calendar: one account posting again within a few minutes (TikTok
// throttles it; the API allows 3 posts a minute per account). How many posts are too many is
// one rule, TikTok's rolling 24-hour cap (overCap), not a second per-day count beside it.
class ConflictRules
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRules)

public:
    static constexpr int minMinutesBetweenPosts = 5;

    // Per post id, the warnings that apply to it (empty for posts without any).
    static QHash<qint64, QStringList> find(const QList<Post> &posts);

    // Whether a post in `state` holds its time on its accounts (it will go out, or went out,
    // then): only those count against TikTok's 24-hour cap; drafts, failed posts and those
    // needing attention do not.
    static bool countsTowardsCap(PostState state);

    // One rolling 24 hours [startMs, startMs + 24 h) in which an account has more than
    // limits::maxPostsPerAccountPer24Hours posts (`count`).
    struct CapWindow
    {
        QString accountId;
        qint64 startMs = 0;
        qsizetype count = 0;
        friend bool operator==(const CapWindow &, const CapWindow &) = default;
    };

    // TikTok's cap, as the calendar shows it: per post id, for each of its accounts over the
    // cap in a rolling 24 hours holding the post, the first such window. Only the windows:
    // their sentences (capText) are written when someone reads them, not for every post of a
    // busy month.
    static QHash<qint64, QList<CapWindow>> overCap(const QList<Post> &posts);
    // The sentence for `window`, naming its account (`names`: id → display name, else the id)
    // and its 24 hours in local time.
    static QString capText(const CapWindow &window, const QHash<QString, QString> &names);
    // The sentences of `windows`, one a line (empty for none).
    static QString capText(const QList<CapWindow> &windows, const QHash<QString, QString> &names);
};

} // namespace tokdeck
