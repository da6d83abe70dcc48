// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/FormatSniffer.h"

#include "media/LocalFileCheck.h"

#include <QFile>

namespace tokdeck {

namespace {

bool startsWith(QByteArrayView data, QByteArrayView prefix, qsizetype at = 0)
{
    return data.size() >= at + prefix.size() && data.sliced(at, prefix.size()) == prefix;
}

// ISO base media (MP4) and QuickTime (MOV) share the box layout: size, then a 4-byte type.
MediaFormat sniffIsoMedia(QByteArrayView data)
{
    if (data.size() < 12)
        return MediaFormat::Unknown;
    const QByteArrayView boxType = data.sliced(4, 4);
    if (boxType == QByteArrayView("ftyp")) {
        const QByteArrayView brand = data.sliced(8, 4);
        if (brand == QByteArrayView("qt  "))
            return MediaFormat::Mov;
        if (brand.startsWith(QByteArrayView("3g")))
            return MediaFormat::Other; // 3GPP: a phone format the API does not take
        if (FormatSniffer::isHeif(data))
            return MediaFormat::Other; // HEIF/HEIC photos: not MP4, though boxed the same way
        return MediaFormat::Mp4;       // isom, iso2, mp41, mp42, avc1, M4V , dash, ...
    }
    // Old QuickTime files start straight with one of these atoms, without ftyp.
    for (const char *atom : {"moov", "mdat", "wide", "free", "pnot", "skip"}) {
        if (boxType == QByteArrayView(atom))
            return MediaFormat::Mov;
    }
    return MediaFormat::Unknown;
}

} // namespace

MediaFormat FormatSniffer::sniff(QByteArrayView data)
{
    if (startsWith(data, "\xFF\xD8\xFF"))
        return MediaFormat::Jpeg;
    if (startsWith(data, "\x89PNG\r\n\x1A\n"))
        return MediaFormat::Png;
    if (startsWith(data, "RIFF") && startsWith(data, "WEBP", 8))
        return MediaFormat::WebP;
    if (startsWith(data, "GIF87a") || startsWith(data, "GIF89a"))
        return MediaFormat::Gif;
    return sniffIsoMedia(data);
}

bool FormatSniffer::isHeif(QByteArrayView data)
{
    // The major brands of HEIF stills and sequences (ISO/IEC 23008-12) and AVIF, which share
    // the ftyp box with MP4 but are photos the API does not take (Tokdeck converts them).
    if (data.size() < 12 || data.sliced(4, 4) != QByteArrayView("ftyp"))
        return false;
    const QByteArrayView brand = data.sliced(8, 4);
    for (const char *heif :
         {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif"}) {
        if (brand == QByteArrayView(heif))
            return true;
    }
    return false;
}

MediaFormat FormatSniffer::sniffFile(const QString &path, QString *readError)
{
    QFile file;
    if (const auto refusal = LocalFileCheck::openRegularFile(file, path)) {
        if (readError)
            *readError = refusal->reason;
        return MediaFormat::Unknown;
    }
    return sniff(file.read(headerBytes));
}

} // namespace tokdeck
