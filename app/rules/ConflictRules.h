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

    // TikTok's cap, as the calendar shows it: per post id, a sentence for each account that has
    // more than limits::maxPostsPerAccountPer24Hours posts in a rolling 24 hours holding the
    // post, naming the account (`names`: id → display name, else the id) and the window.
    static QHash<qint64, QStringList> overCap(const QList<Post> &posts,
                                              const QHash<QString, QString> &names);
};

} // namespace tokdeck
