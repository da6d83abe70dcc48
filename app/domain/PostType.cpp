// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/PostType.h"

namespace tokdeck {

QString postTypeKey(PostType type)
{
    switch (type) {
    case PostType::Video:
        return QStringLiteral("video");
    case PostType::Photo:
        return QStringLiteral("photo");
    case PostType::Slideshow:
        return QStringLiteral("slideshow");
    }
    return {};
}

std::optional<PostType> postTypeFromKey(QStringView key)
{
    for (PostType type : {PostType::Video, PostType::Photo, PostType::Slideshow}) {
        if (key.compare(postTypeKey(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString postTypeEndpoint(PostType type)
{
    switch (type) {
    case PostType::Video:
        return QStringLiteral("/post/video");
    case PostType::Photo:
        return QStringLiteral("/post/image");
    case PostType::Slideshow:
        return QStringLiteral("/post/images");
    }
    return {};
}

} // namespace tokdeck
