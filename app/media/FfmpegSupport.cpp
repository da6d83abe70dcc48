// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/FfmpegSupport.h"

#include "support/Logging.h"

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

} // namespace

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

FormatContext openInput(const QString &path, QString *reason)
{
    quietLogging();
    AVFormatContext *raw = nullptr;
    // FFmpeg takes a file name in the file system's encoding, not necessarily UTF-8.
    int code = avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (code < 0) {
        *reason = errorText(code); // avformat_open_input frees the context itself on failure
        return {};
    }
    FormatContext context(raw);
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
