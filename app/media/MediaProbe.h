#pragma once

#include "domain/MediaInfo.h"

#include <QCoreApplication>

namespace tokdeck {

// Learns what a media file really is: its format from the bytes, its size, and for video the
// codec, dimensions (display rotation applied), frame rate and duration via FFmpeg; for images
// the dimensions via QImageReader (EXIF orientation applied) without decoding pixels.
// Blocking: call it off the GUI thread. Thread-safe.
class MediaProbe
{
    Q_DECLARE_TR_FUNCTIONS(MediaProbe)

public:
    // probed=false (and *error set) when the file cannot be opened or parsed.
    static MediaInfo probe(const QString &path, QString *error = nullptr);

private:
    static bool probeVideo(MediaInfo &info, QString *error);
    static bool probeImage(MediaInfo &info, QString *error);
};

} // namespace tokdeck
