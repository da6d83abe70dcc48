// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/FixProbe.h"

#include "media/FormatSniffer.h"
#include "media/MediaProbe.h"
#include "transcode/AvSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <algorithm>
#include <cmath>
#include <libheif/heif.h>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace tokdeck {

namespace {

// True when the decode timestamps in the container's index are not evenly spaced: a phone's
// variable-rate recording. (r_frame_rate and avg_frame_rate disagreeing says the same for
// files without an index.)
bool unevenlySpaced(const AVStream *stream)
{
    const int count = avformat_index_get_entries_count(stream);
    int64_t shortest = INT64_MAX, longest = 0, previous = AV_NOPTS_VALUE;
    for (int i = 0; i < count; ++i) {
        const AVIndexEntry *entry = avformat_index_get_entry(const_cast<AVStream *>(stream), i);
        if (!entry)
            continue;
        if (previous != AV_NOPTS_VALUE && entry->timestamp > previous) {
            shortest = std::min(shortest, entry->timestamp - previous);
            longest = std::max(longest, entry->timestamp - previous);
        }
        previous = entry->timestamp;
    }
    return longest > 0 && double(longest) > double(shortest) * 1.1;
}

} // namespace

bool FixProbe::isHeif(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return FormatSniffer::isHeif(file.read(FormatSniffer::headerBytes));
}

FixFacts FixProbe::probe(const QString &path)
{
    FixFacts facts;
    if (isHeif(path)) {
        facts.heif = true;
        facts.info.path = path;
        facts.info.fileSize = QFileInfo(path).size();
        facts.info.format = MediaFormat::Other;
        probeHeif(facts);
        return facts;
    }
    facts.info = MediaProbe::probe(path, &facts.probeError);
    if (!facts.info.probed)
        return facts;
    if (facts.info.kind() == MediaKind::Video) {
        probeVideoExtras(facts);
    } else if (facts.info.kind() == MediaKind::Image) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        facts.imageTurned = reader.transformation() != QImageIOHandler::TransformationNone;
    }
    return facts;
}

void FixProbe::probeVideoExtras(FixFacts &facts)
{
    QString reason;
    const av::Input input = av::openInput(facts.info.path, &reason);
    if (!input)
        return; // MediaProbe opened it a moment ago; the transcode will report a new failure
    const int index = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0)
        return;
    const AVStream *stream = input->streams[index];
    const AVCodecParameters *codec = stream->codecpar;
    facts.codedWidth = codec->width;
    facts.codedHeight = codec->height;
    const auto format = static_cast<AVPixelFormat>(codec->format);
    if (const AVPixFmtDescriptor *descriptor = av_pix_fmt_desc_get(format)) {
        facts.pixelFormat = QString::fromLatin1(descriptor->name);
        facts.bitDepth = descriptor->comp[0].depth;
    }
    if (const char *name = av_color_transfer_name(codec->color_trc))
        facts.transfer = QString::fromLatin1(name);
    if (const char *name = av_color_primaries_name(codec->color_primaries))
        facts.primaries = QString::fromLatin1(name);
    facts.hdr =
        codec->color_trc == AVCOL_TRC_SMPTE2084 || codec->color_trc == AVCOL_TRC_ARIB_STD_B67;
    facts.rotation = av::clockwiseRotation(stream);

    const double average =
        av_q2d(stream->avg_frame_rate.den ? stream->avg_frame_rate : AVRational{0, 1});
    const double real = av_q2d(stream->r_frame_rate.den ? stream->r_frame_rate : AVRational{0, 1});
    facts.variableFrameRate =
        unevenlySpaced(stream)
        || (average > 0 && real > 0 && std::abs(real - average) > average * 0.05);
    // A constant-rate copy keeps the average rate; a variable one is rounded to whole frames.
    AVRational target =
        stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
    if (facts.variableFrameRate || target.num <= 0 || target.den <= 0)
        target = AVRational{std::max(1, int(std::lround(average > 0 ? average : real))), 1};
    av_reduce(&facts.fpsNum, &facts.fpsDen, target.num, target.den, 1'000'000);

    const int audio = av_find_best_stream(input.get(), AVMEDIA_TYPE_AUDIO, -1, index, nullptr, 0);
    if (audio >= 0) {
        const AVCodecParameters *sound = input->streams[audio]->codecpar;
        facts.audioCodec = QString::fromLatin1(avcodec_get_name(sound->codec_id)).toLower();
        facts.audioBitRate = sound->bit_rate;
    }
}

void FixProbe::probeHeif(FixFacts &facts)
{
    const QString name = QFileInfo(facts.info.path).fileName();
    heif_context *context = heif_context_alloc();
    heif_image_handle *handle = nullptr;
    heif_error error = heif_context_read_from_file(
        context, QFile::encodeName(facts.info.path).constData(), nullptr);
    if (error.code == heif_error_Ok)
        error = heif_context_get_primary_image_handle(context, &handle);
    if (error.code == heif_error_Ok) {
        // libheif reports the size with the file's rotation (irot) already applied.
        facts.info.width = heif_image_handle_get_width(handle);
        facts.info.height = heif_image_handle_get_height(handle);
        facts.info.probed = true;
    } else {
        qCDebug(lcTranscode) << "HEIF probe failed:" << name << error.message;
        facts.probeError = tr("%1 could not be read as a HEIC photo: it may be damaged. Export it "
                              "again from the phone's gallery.")
                               .arg(name);
    }
    if (handle)
        heif_image_handle_release(handle);
    heif_context_free(context);
}

} // namespace tokdeck
