// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/AvSupport.h"

#include <QFile>
#include <cmath>

extern "C" {
#include <libavutil/display.h>
}

Q_LOGGING_CATEGORY(lcTranscode, "tokdeck.transcode", QtInfoMsg)

namespace tokdeck::av {

namespace {
// FFmpeg polls this during blocking I/O: a cancelled job stops inside a long read too.
int interruptWhenCancelled(void *opaque)
{
    return static_cast<const std::atomic_bool *>(opaque)->load(std::memory_order_relaxed) ? 1 : 0;
}
} // namespace

Input openInput(const QString &path, QString *reason, const std::atomic_bool *cancel)
{
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw) {
        *reason = QStringLiteral("out of memory");
        return {};
    }
    if (cancel) {
        raw->interrupt_callback.callback = interruptWhenCancelled;
        raw->interrupt_callback.opaque =
            const_cast<void *>(static_cast<const void *>(cancel)); // only ever read
    }
    // FFmpeg takes a file name in the file system's encoding, not necessarily UTF-8.
    int code = avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (code < 0) {
        *reason = errorText(code); // avformat_open_input frees the context on failure
        return {};
    }
    Input input(raw);
    code = avformat_find_stream_info(input.get(), nullptr);
    if (code < 0) {
        *reason = errorText(code);
        return {};
    }
    return input;
}

double seconds(int64_t value, AVRational timeBase)
{
    if (value == AV_NOPTS_VALUE || timeBase.den == 0)
        return 0;
    return double(value) * av_q2d(timeBase);
}

} // namespace tokdeck::av
