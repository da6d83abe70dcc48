// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/MediaProbe.h"

#include "media/DecodeLimits.h"
#include "media/FfmpegSupport.h"
#include "media/FormatSniffer.h"
#include "media/LocalFileCheck.h"
#include "support/Logging.h"

#include <QFile>
#include <QImageReader>
#include <algorithm>
#include <utility>

namespace tokdeck {

namespace {

// Where the last sample of the stream ends, per the container's index. An MP4 copied or
// downloaded only in part still has a complete header (moov) when it was written with
// +faststart, so FFmpeg opens it happily; only the index pointing past the end shows it.
qint64 endOfIndexedData(const AVStream *stream)
{
    qint64 end = 0;
    const int count = avformat_index_get_entries_count(stream);
    for (int i = 0; i < count; ++i) {
        if (const AVIndexEntry *entry = avformat_index_get_entry(const_cast<AVStream *>(stream), i))
            end = std::max<qint64>(end, entry->pos + entry->size);
    }
    return end;
}

} // namespace

MediaInfo MediaProbe::probe(const QString &path, QString *error)
{
    MediaInfo info;
    info.path = path;
    // One descriptor, checked to be a regular file, serves the size, the sniffing and an
    // image's header: a FIFO or a device never reaches a reader that would block on it.
    QFile file;
    if (const auto refusal = LocalFileCheck::openRegularFile(file, path)) {
        if (error)
            *error = refusal->message;
        return info;
    }
    info.fileSize = file.size();
    const QByteArray header = file.read(FormatSniffer::headerBytes);
    if (header.isEmpty() && info.fileSize > 0) {
        if (error)
            *error = tr("%1 could not be read (%2). Check the disk or copy the file again.")
                         .arg(info.fileName(), file.errorString());
        return info;
    }
    info.format = FormatSniffer::sniff(header);
    switch (info.kind()) {
    case MediaKind::Video:
        info.probed = probeVideo(info, error);
        break;
    case MediaKind::Image:
        info.probed = file.seek(0) && probeImage(info, file, error);
        break;
    case MediaKind::Unknown:
        break; // MediaRules names the file and the rule
    }
    qCDebug(lcMedia) << "probed" << info.fileName() << mediaFormatName(info.format) << info.width
                     << "x" << info.height << info.codec << info.frameRate << "fps"
                     << info.durationSeconds << "s" << (info.probed ? "ok" : "failed");
    return info;
}

bool MediaProbe::probeVideo(MediaInfo &info, QString *error)
{
    const QString name = info.fileName();
    const auto fail = [&](const QString &message, const QString &reason) {
        qCDebug(lcMedia) << "probe failed:" << name << reason;
        if (error)
            *error = message;
        return false;
    };
    const QString damaged =
        tr("%1 could not be read as a video: it may be damaged or incomplete. Export or copy it "
           "again.")
            .arg(name);

    QString reason;
    QString refusal;
    const ffmpeg::FormatContext context = ffmpeg::openInput(info.path, &reason, &refusal);
    if (!context)
        return fail(refusal.isEmpty() ? damaged : refusal, reason);
    const int index = av_find_best_stream(context.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0)
        return fail(tr("%1 has no video track. Choose a video file.").arg(name),
                    ffmpeg::errorText(index));

    const AVStream *stream = context->streams[index];
    const AVCodecParameters *codec = stream->codecpar;
    if (codec->width <= 0 || codec->height <= 0)
        return fail(damaged, QStringLiteral("no picture size"));
    if (const auto tooLarge = DecodeLimits::checkSize(info.path, {codec->width, codec->height}))
        return fail(*tooLarge, QStringLiteral("picture too large to decode"));
    if (endOfIndexedData(stream) > info.fileSize) {
        return fail(tr("%1 ends early: it was probably cut off while being copied or "
                       "downloaded. Copy the complete file again.")
                        .arg(name),
                    QStringLiteral("index points past the end of the file"));
    }

    info.codec = QString::fromLatin1(avcodec_get_name(codec->codec_id)).toLower();
    info.width = codec->width;
    info.height = codec->height;
    // A phone filming upright stores a landscape picture plus "turn it 90°": people (and
    // TikTok) see the turned picture, so that is the size the rules must judge.
    if (ffmpeg::clockwiseRotation(stream) % 180 != 0)
        std::swap(info.width, info.height);
    info.frameRate = ffmpeg::toDouble(stream->avg_frame_rate);
    if (info.frameRate <= 0)
        info.frameRate = ffmpeg::toDouble(stream->r_frame_rate);
    if (context->duration > 0) // AV_NOPTS_VALUE is negative
        info.durationSeconds = double(context->duration) / AV_TIME_BASE;
    else if (stream->duration > 0)
        info.durationSeconds = double(stream->duration) * ffmpeg::toDouble(stream->time_base);
    return true;
}

bool MediaProbe::probeImage(MediaInfo &info, QIODevice &device, QString *error)
{
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    const QSize size = reader.size(); // from the header: no pixels are decoded
    if (!size.isValid()) {
        qCDebug(lcMedia) << "probe failed:" << info.fileName() << reader.errorString();
        if (error)
            *error = tr("%1 could not be read as an image: it may be damaged or incomplete. "
                        "Export it again as JPEG.")
                         .arg(info.fileName());
        return false;
    }
    // Thumbnailer decodes what passes here: a 20000×20000 PNG bomb stops now, in microseconds.
    if (const auto tooLarge = DecodeLimits::checkSize(info.path, size)) {
        qCDebug(lcMedia) << "probe refused:" << info.fileName() << size;
        if (error)
            *error = *tooLarge;
        return false;
    }
    // size() is the stored size; an EXIF orientation of 90° or 270° (a phone held upright)
    // means it is shown the other way round. Rotate270 includes the Rotate90 bit.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    info.width = turned ? size.height() : size.width();
    info.height = turned ? size.width() : size.height();
    return true;
}

} // namespace tokdeck
