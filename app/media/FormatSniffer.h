// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"

#include <QByteArrayView>
#include <QString>

namespace tokdeck {

// Tells a file's real format from its first bytes, never from its name: a text file named
// ".mp4" is Unknown. Shared by the client's validation and the sandbox's /media.
class FormatSniffer
{
public:
    static constexpr qsizetype headerBytes = 32; // enough for every signature below

    // HEIF/HEIC/AVIF photos come back as Other (not MP4, though boxed alike): isHeif tells
    // them apart, so that they can be offered the conversion to JPEG.
    static MediaFormat sniff(QByteArrayView header);
    static bool isHeif(QByteArrayView header);

    // Reads only the header of the file. On an unreadable file, or anything but a regular
    // file (a FIFO, a folder, a device: see LocalFileCheck), returns Unknown and sets
    // *readError (when given) to the short reason ("permission denied", "a pipe (FIFO), not a
    // file"), for callers that wrap it in a sentence of their own.
    static MediaFormat sniffFile(const QString &path, QString *readError = nullptr);
};

} // namespace tokdeck
