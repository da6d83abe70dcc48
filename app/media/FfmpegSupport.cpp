// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/FfmpegSupport.h"

#include "media/DecodeLimits.h"
#include "media/LocalFileCheck.h"
#include "support/Logging.h"

#include <QDeadlineTimer>
#include <QFile>
#include <cmath>
#include <cstdarg>
#include <mutex>

extern "C" {
#include <libavutil/display.h>
#include <libavutil/log.h>
}

namespace tokdeck::ffmpeg {

namespace {

// FFmpeg's messages go to our debug log instead of stderr: a damaged file is reported to the
// user as a value, and QT_LOGGING_RULES="tokdeck.media.debug=true" still shows FFmpeg's words.
// Called on whichever thread FFmpeg is working in, so it keeps no state of its own.
void forwardToLog(void *context, int level, const char *format, va_list arguments)
{
    if (level > av_log_get_level() || !lcMedia().isDebugEnabled())
        return;
    char line[1024];
    int printPrefix = 1;
    av_log_format_line2(context, level, format, arguments, line, sizeof line, &printPrefix);
    qCDebug(lcMedia).noquote() << "ffmpeg:" << QString::fromUtf8(line).trimmed();
}

// FFmpeg asks this between reads: a non-zero answer makes the running call fail with
// AVERROR_EXIT, so no file keeps a probe or a poster frame busy beyond the deadline.
struct InputDeadline
{
    QDeadlineTimer timer;
};

int interruptAtDeadline(void *opaque)
{
    return static_cast<const InputDeadline *>(opaque)->timer.hasExpired() ? 1 : 0;
}

} // namespace

void FormatContextCloser::operator()(AVFormatContext *context) const
{
    auto *deadline = static_cast<InputDeadline *>(context->opaque);
    avformat_close_input(&context);
    delete deadline;
}

void quietLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_ERROR);
        av_log_set_callback(forwardToLog);
    });
}

QString errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

FormatContext openInput(const QString &path, QString *reason, QString *refusal)
{
    quietLogging();
    // FFmpeg's file protocol would open() the path itself, blocking forever on a FIFO. So the
    // file is opened here, checked on its descriptor, and FFmpeg reads that very file through
    // /proc/self/fd/N: a FIFO swapped in under the same name afterwards is never seen.
    QFile pinned;
    if (const auto refused = LocalFileCheck::openRegularFile(pinned, path)) {
        *reason = refused->reason;
        if (refusal)
            *refusal = refused->message;
        return {};
    }
    auto deadline = std::make_unique<InputDeadline>(
        InputDeadline{QDeadlineTimer(DecodeLimits::probeDeadlineMs)});
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw) {
        *reason = QStringLiteral("out of memory");
        return {};
    }
    raw->interrupt_callback = {interruptAtDeadline, deadline.get()};
    raw->opaque = deadline.get();
    AVDictionary *options = nullptr;
    // The demuxer's name is "mov,mp4,m4a,3gp,3g2,mj2": any one listed name lets it in.
    av_dict_set(&options, "format_whitelist", "mov,mp4", 0);
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    const QByteArray url = "file:/proc/self/fd/" + QByteArray::number(pinned.handle());
    int code = avformat_open_input(&raw, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (code < 0) {
        *reason = errorText(code); // avformat_open_input frees the context itself on failure
        return {};
    }
    FormatContext context(raw);
    deadline.release(); // now freed with the context
    code = avformat_find_stream_info(context.get(), nullptr);
    if (code < 0) {
        *reason = errorText(code);
        return {};
    }
    return context;
}

int clockwiseRotation(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    // av_display_rotation_get() answers counter-clockwise, in (-180, 180].
    const double counterClockwise =
        av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(counterClockwise))
        return 0;
    const long degrees = std::lround(-counterClockwise);
    // Snap to a quarter turn: only those change which side is the width. (A mirrored matrix
    // is treated as its rotation; phones do not write those.)
    const long quarter = ((degrees % 360 + 360 + 45) / 90) % 4;
    return int(quarter * 90);
}

double toDouble(AVRational value)
{
    return value.num > 0 && value.den > 0 ? av_q2d(value) : 0.0;
}

} // namespace tokdeck::ffmpeg
