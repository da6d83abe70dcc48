// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/MediaInfo.h"

#include <QFileInfo>

namespace tokdeck {

MediaKind mediaKindOf(MediaFormat format)
{
    switch (format) {
    case MediaFormat::Mp4:
    case MediaFormat::Mov:
        return MediaKind::Video;
    case MediaFormat::Jpeg:
    case MediaFormat::Png:
    case MediaFormat::WebP:
    case MediaFormat::Gif:
        return MediaKind::Image;
    case MediaFormat::Unknown:
    case MediaFormat::Other:
        break;
    }
    return MediaKind::Unknown;
}

QString mediaFormatName(MediaFormat format)
{
    switch (format) {
    case MediaFormat::Mp4:
        return QStringLiteral("MP4");
    case MediaFormat::Mov:
        return QStringLiteral("MOV");
    case MediaFormat::Jpeg:
        return QStringLiteral("JPEG");
    case MediaFormat::Png:
        return QStringLiteral("PNG");
    case MediaFormat::WebP:
        return QStringLiteral("WebP");
    case MediaFormat::Gif:
        return QStringLiteral("GIF");
    case MediaFormat::Other:
    case MediaFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString mediaMimeType(MediaFormat format)
{
    switch (format) {
    case MediaFormat::Mp4:
        return QStringLiteral("video/mp4");
    case MediaFormat::Mov:
        return QStringLiteral("video/quicktime");
    case MediaFormat::Jpeg:
        return QStringLiteral("image/jpeg");
    case MediaFormat::Png:
        return QStringLiteral("image/png");
    case MediaFormat::WebP:
        return QStringLiteral("image/webp");
    case MediaFormat::Gif:
        return QStringLiteral("image/gif");
    case MediaFormat::Other:
    case MediaFormat::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

QString MediaInfo::fileName() const
{
    return QFileInfo(path).fileName();
}

} // namespace tokdeck
