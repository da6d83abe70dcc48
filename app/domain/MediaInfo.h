// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tokdeck {

// The format a file really has, read from its first bytes (never from its name).
enum class MediaFormat { Unknown, Mp4, Mov, Jpeg, Png, WebP, Gif, Other };

enum class MediaKind { Unknown, Video, Image };

MediaKind mediaKindOf(MediaFormat format);
QString mediaFormatName(MediaFormat format); // "MP4", "MOV", "JPEG", ... for messages
QString mediaMimeType(MediaFormat format);   // for the multipart part's Content-Type

// What we know of one media file: filled by sniffing (format, size) and, for video and
// images, by probing (dimensions, codec, frame rate, duration). Zero means "unknown".
struct MediaInfo
{
    QString path;
    qint64 fileSize = 0;
    MediaFormat format = MediaFormat::Unknown;
    int width = 0;
    int height = 0;
    double frameRate = 0;
    double durationSeconds = 0;
    QString codec; // lower-case FFmpeg name: "h264", "hevc", "vp8", "vp9", ...
    bool probed = false;

    MediaKind kind() const { return mediaKindOf(format); }
    QString fileName() const;
};

} // namespace tokdeck
