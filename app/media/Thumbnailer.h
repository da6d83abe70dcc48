// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace tokdeck {

// Small previews for the composer and the queue, made without ever holding a full-size
// picture: a video's poster frame is decoded once and scaled by libswscale straight into the
// QImage; a JPEG is decoded at reduced size by libjpeg itself. Results fit inside maxSize,
// keep the aspect ratio as people see it (display rotation / EXIF orientation applied) and
// are never enlarged. Blocking: call them off the GUI thread. Thread-safe.
class Thumbnailer
{
    Q_DECLARE_TR_FUNCTIONS(Thumbnailer)

public:
    // The frame about 1 s in (the very first frame is often black or a fade), or the first
    // frame of a video shorter than 2 s. Format_RGB32. Null with *error set on failure.
    static QImage posterFrame(const QString &videoPath, QSize maxSize, QString *error = nullptr);

    // Null with *error set on failure.
    static QImage imageThumbnail(const QString &imagePath, QSize maxSize, QString *error = nullptr);

    // posterFrame() or imageThumbnail() by info.kind(); null with *error for anything else.
    static QImage thumbnail(const MediaInfo &info, QSize maxSize, QString *error = nullptr);

    // `shown` scaled down to fit inside `maxSize` keeping its aspect ratio, never enlarged,
    // at least 1×1.
    static QSize fitted(QSize shown, QSize maxSize);
};

} // namespace tokdeck
