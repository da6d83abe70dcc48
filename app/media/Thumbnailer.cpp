// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/Thumbnailer.h"

#include "media/DecodeLimits.h"
#include "media/FfmpegSupport.h"
#include "media/LocalFileCheck.h"
#include "support/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTransform>

namespace tokdeck {

namespace {

constexpr double posterSeconds = 1.0;
// Shorter than this and "1 s in" is most of the clip: take the first frame instead.
constexpr double seekOnlyAfterSeconds = 2.0;
// A stream whose timestamps never reach the target (broken or all-equal) must still end:
// after this many decoded frames the latest one is taken.
constexpr int maxDecodedFrames = 300;

// Decodes from wherever the demuxer stands up to the first frame at or after `target` (in the
// stream's time base; AV_NOPTS_VALUE: the first frame). Returns the frame, or the last one
// decoded when the stream ends first, or null when nothing could be decoded.
ffmpeg::Frame decodeFrameAt(AVFormatContext *input, AVCodecContext *decoder, int streamIndex,
                            int64_t target)
{
    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame frame(av_frame_alloc());
    ffmpeg::Frame best(av_frame_alloc());
    if (!packet || !frame || !best)
        return {};
    bool haveFrame = false;
    int decoded = 0;
    // Takes every frame the decoder has ready; true once one reaches the target.
    const auto drain = [&] {
        while (avcodec_receive_frame(decoder, frame.get()) == 0) {
            av_frame_unref(best.get());
            av_frame_move_ref(best.get(), frame.get());
            haveFrame = true;
            const int64_t at = best->best_effort_timestamp;
            if (target == AV_NOPTS_VALUE || at == AV_NOPTS_VALUE || at >= target
                || ++decoded >= maxDecodedFrames)
                return true;
        }
        return false;
    };
    for (;;) {
        const int read = av_read_frame(input, packet.get());
        if (read < 0) {
            // End of file (or a damaged tail): flush the frames the decoder still holds.
            avcodec_send_packet(decoder, nullptr);
            drain();
            break;
        }
        const bool ours = packet->stream_index == streamIndex;
        // A damaged packet is skipped rather than fatal: the next keyframe may be fine.
        const int sent = ours ? avcodec_send_packet(decoder, packet.get()) : -1;
        av_packet_unref(packet.get());
        if (sent >= 0 && drain())
            break;
    }
    return haveFrame ? std::move(best) : ffmpeg::Frame();
}

} // namespace

QSize Thumbnailer::fitted(QSize shown, QSize maxSize)
{
    if (shown.isEmpty() || maxSize.isEmpty())
        return {};
    QSize size = shown;
    if (shown.width() > maxSize.width() || shown.height() > maxSize.height())
        size = shown.scaled(maxSize, Qt::KeepAspectRatio);
    return size.expandedTo(QSize(1, 1));
}

QImage Thumbnailer::posterFrame(const QString &videoPath, QSize maxSize, QString *error)
{
    const QString name = QFileInfo(videoPath).fileName();
    const auto fail = [&](const QString &reason) {
        qCDebug(lcMedia) << "poster frame failed:" << name << reason;
        if (error)
            *error = tr("No preview could be made of %1: it may be damaged or in a format this "
                        "computer cannot decode. Export it again as H.264 MP4.")
                         .arg(name);
        return QImage();
    };
    if (maxSize.isEmpty())
        return fail(QStringLiteral("empty thumbnail size"));

    QString reason;
    QString refusal;
    const ffmpeg::FormatContext input = ffmpeg::openInput(videoPath, &reason, &refusal);
    if (!input && !refusal.isEmpty()) {
        if (error)
            *error = refusal; // a FIFO or a folder is not "damaged": say what it is
        return QImage();
    }
    if (!input)
        return fail(reason);
    const AVCodec *codec = nullptr;
    const int index = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (index < 0 || !codec)
        return fail(ffmpeg::errorText(index));
    AVStream *stream = input->streams[index];
    // The header's size decides before any frame is decoded (the decoder would allocate it).
    if (const auto tooLarge = DecodeLimits::checkSize(
            videoPath, {stream->codecpar->width, stream->codecpar->height})) {
        if (error)
            *error = *tooLarge;
        return QImage();
    }
    // Only the picture matters: the demuxer can skip audio and data packets cheaply.
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        if (int(i) != index)
            input->streams[i]->discard = AVDISCARD_ALL;
    }

    ffmpeg::CodecContext decoder(avcodec_alloc_context3(codec));
    if (!decoder)
        return fail(QStringLiteral("out of memory"));
    int code = avcodec_parameters_to_context(decoder.get(), stream->codecpar);
    if (code < 0)
        return fail(ffmpeg::errorText(code));
    // One decoding thread: MediaInspector already runs two files at once, and frame threads
    // would only add latency (and memory) for the handful of frames we need.
    decoder->thread_count = 1;
    // And should a later parameter set claim a bigger picture, the decoder refuses it itself.
    decoder->max_pixels = DecodeLimits::maxPixels;
    code = avcodec_open2(decoder.get(), codec, nullptr);
    if (code < 0)
        return fail(ffmpeg::errorText(code));

    int64_t target = AV_NOPTS_VALUE;
    const double duration = input->duration > 0 ? double(input->duration) / AV_TIME_BASE : 0.0;
    if (duration >= seekOnlyAfterSeconds) {
        const int64_t start = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
        target = start
                 + av_rescale_q(int64_t(posterSeconds * AV_TIME_BASE), AV_TIME_BASE_Q,
                                stream->time_base);
        // Lands on the keyframe before the target; decodeFrameAt() walks forward from there.
        if (av_seek_frame(input.get(), index, target, AVSEEK_FLAG_BACKWARD) < 0) {
            target = AV_NOPTS_VALUE; // unseekable: the first frame will do
            avformat_seek_file(input.get(), -1, INT64_MIN, 0, 0, 0);
        }
    }
    const ffmpeg::Frame frame = decodeFrameAt(input.get(), decoder.get(), index, target);
    if (!frame)
        return fail(QStringLiteral("no frame decoded"));

    // The size people see: non-square pixels stretched, then the display rotation.
    const int rotation = ffmpeg::clockwiseRotation(stream);
    QSize shown(frame->width, frame->height);
    const AVRational pixelAspect = av_guess_sample_aspect_ratio(input.get(), stream, frame.get());
    if (pixelAspect.num > 0 && pixelAspect.den > 0 && pixelAspect.num != pixelAspect.den)
        shown.setWidth(qMax(1, qRound(shown.width() * av_q2d(pixelAspect))));
    if (rotation % 180 != 0)
        shown.transpose();
    QSize scaled = fitted(shown, maxSize);
    if (rotation % 180 != 0)
        scaled.transpose(); // scale in the coded orientation, turn the small image afterwards

    // AV_PIX_FMT_RGB32 is QImage::Format_RGB32's memory layout on either endianness, so
    // libswscale converts and scales in one pass straight into the image's own pixels.
    const ffmpeg::Scaler scaler(
        sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), scaled.width(),
                       scaled.height(), AV_PIX_FMT_RGB32, SWS_AREA, nullptr, nullptr, nullptr));
    if (!scaler)
        return fail(QStringLiteral("no scaler for pixel format %1").arg(frame->format));
    QImage image(scaled, QImage::Format_RGB32);
    if (image.isNull())
        return fail(QStringLiteral("out of memory"));
    uint8_t *const planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(scaler.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(rotation));
    qCDebug(lcMedia) << "poster frame" << name << image.size() << "rotation" << rotation;
    return image;
}

QImage Thumbnailer::imageThumbnail(const QString &imagePath, QSize maxSize, QString *error)
{
    const QString name = QFileInfo(imagePath).fileName();
    QFile file;
    if (const auto refusal = LocalFileCheck::openRegularFile(file, imagePath)) {
        if (error)
            *error = refusal->message;
        return QImage();
    }
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize stored = reader.size(); // from the header
    if (const auto tooLarge = DecodeLimits::checkSize(imagePath, stored)) {
        if (error)
            *error = *tooLarge; // a PNG bomb: refused before a single row is decoded
        return QImage();
    }
    if (stored.isValid() && !maxSize.isEmpty()) {
        // The scaled size applies to the picture as stored, before the EXIF turn.
        const bool turned =
            reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        const QSize shown = turned ? stored.transposed() : stored;
        const QSize size = fitted(shown, maxSize);
        if (size != shown)
            reader.setScaledSize(turned ? size.transposed() : size);
    }
    QImage image = stored.isValid() && !maxSize.isEmpty() ? reader.read() : QImage();
    if (image.isNull()) {
        qCDebug(lcMedia) << "image thumbnail failed:" << name << reader.errorString();
        if (error)
            *error = tr("No preview could be made of %1: it may be damaged or incomplete. "
                        "Export it again as JPEG.")
                         .arg(name);
    }
    return image;
}

QImage Thumbnailer::thumbnail(const MediaInfo &info, QSize maxSize, QString *error)
{
    switch (info.kind()) {
    case MediaKind::Video:
        return posterFrame(info.path, maxSize, error);
    case MediaKind::Image:
        return imageThumbnail(info.path, maxSize, error);
    case MediaKind::Unknown:
        break;
    }
    if (error)
        *error = tr("%1 is neither a video nor an image, so there is nothing to preview.")
                     .arg(info.fileName());
    return {};
}

} // namespace tokdeck
