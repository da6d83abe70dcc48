// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostType.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tokdeck {

// One entry of posts[]: the caption and title already resolved for this account
// (its own override, or the shared text).
struct AccountTarget
{
    QString accountId;
    QString caption;
    QString title;

    friend bool operator==(const AccountTarget &, const AccountTarget &) = default;
};

// Everything one create call needs, after the media are uploaded.
struct CreatePostRequest
{
    PostType type = PostType::Video;
    QStringList mediaIds;                 // one for video/photo, 1-10 in order for a slideshow
    std::optional<QDateTime> scheduledAt; // nullopt = publish now
    QList<AccountTarget> targets;
    bool isAigc = false; // sent only for video
};

} // namespace tokdeck
