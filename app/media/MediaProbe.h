// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"

#include <QCoreApplication>

class QIODevice;

namespace tokdeck {

// Learns what a media file really is: its format from the bytes, its size, and for video the
// codec, dimensions (display rotation applied), frame rate and duration via FFmpeg; for images
// the dimensions via QImageReader (EXIF orientation applied) without decoding pixels.
// Reads headers only, never the whole file. Blocking: call it off the GUI thread. Thread-safe.
class MediaProbe
{
    Q_DECLARE_TR_FUNCTIONS(MediaProbe)

public:
    // probed=false and *error set (a translated sentence naming the file and the fix) when a
    // video or image cannot be opened or parsed. A file whose bytes are neither (format
    // Unknown or Other) is not an error here: probed stays false and MediaRules rejects it
    // with its own message. Anything but a regular file (a FIFO, a folder, a device, a
    // socket) is refused at once with a sentence naming what it is (LocalFileCheck); a
    // picture larger than DecodeLimits is refused from its header, before any decoding.
    static MediaInfo probe(const QString &path, QString *error = nullptr);

private:
    static bool probeVideo(MediaInfo &info, QString *error);
    static bool probeImage(MediaInfo &info, QIODevice &device, QString *error);
};

} // namespace tokdeck
