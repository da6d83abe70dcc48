// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

namespace tokdeck {

// The three kinds of TikTok post the API takes; the media decide which one a draft is.
enum class PostType { Video, Photo, Slideshow };

QString postTypeKey(PostType type); // "video", "photo", "slideshow": storage and CLI spelling
std::optional<PostType> postTypeFromKey(QStringView key);
QString postTypeEndpoint(PostType type); // "/post/video", "/post/image", "/post/images"

} // namespace tokdeck
