// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace tokdeck {

// Spam-cap warnings for the calendar: one account posting again within a few minutes (TikTok
// throttles it; the API allows 3 posts a minute per account), or more than 15 posts on one day.
class ConflictRules
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRules)

public:
    static constexpr int minMinutesBetweenPosts = 5;
    static constexpr int maxPostsPerDay = 15;

    // Per post id, the warnings that apply to it (empty for posts without any). Days are local.
    static QHash<qint64, QStringList> find(const QList<Post> &posts);
};

} // namespace tokdeck
