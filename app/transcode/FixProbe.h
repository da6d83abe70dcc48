// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"

#include <QCoreApplication>

namespace tokdeck {

// What MediaProbe tells, plus what deciding a fix needs and the rules do not: HDR transfer,
// bit depth, pixel format, variable frame rate, display rotation, the audio codec, and whether
// an image is HEIC/HEIF or stored sideways (EXIF orientation). Headers only; blocking, call
// it off the GUI thread. Thread-safe.
struct FixFacts
{
    MediaInfo info; // as MediaProbe sees it (a HEIC photo: filled here, format Other)
    bool heif = false;
    QString probeError; // translated, when the file could not be read at all

    // Video
    QString pixelFormat; // FFmpeg's name: "yuv420p", "yuv420p10le", ...
    int bitDepth = 0;
    QString transfer;  // FFmpeg's name: "bt709", "smpte2084" (PQ), "arib-std-b67" (HLG), ...
    QString primaries; // "bt709", "bt2020", ...
    bool hdr = false;  // PQ or HLG
    bool variableFrameRate = false;
    int fpsNum = 0, fpsDen = 1; // the frame rate a constant-rate copy should have
    int rotation = 0;           // clockwise degrees the display matrix asks for
    int codedWidth = 0, codedHeight = 0;
    QString audioCodec; // empty: no audio track
    qint64 audioBitRate = 0;

    // Image
    bool imageTurned = false; // EXIF orientation other than "as stored"
};

class FixProbe
{
    Q_DECLARE_TR_FUNCTIONS(FixProbe)

public:
    static FixFacts probe(const QString &path);

    // HEIF/HEIC/AVIF by its ftyp brand (FormatSniffer::isHeif): MediaProbe cannot read these.
    static bool isHeif(const QString &path);

private:
    static void probeVideoExtras(FixFacts &facts);
    static void probeHeif(FixFacts &facts);
};

} // namespace tokdeck
