// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Private to app/media: the FFmpeg handles every media class needs, each owned by a
// unique_ptr whose deleter is the matching FFmpeg free function, so an early return on any
// error path releases everything.

#include <QString>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace tokdeck::ffmpeg {

// Also frees the deadline openInput() hung on the context.
struct FormatContextCloser
{
    void operator()(AVFormatContext *context) const;
};
struct CodecContextFreer
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};
struct PacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct FrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct ScalerFreer
{
    void operator()(SwsContext *context) const { sws_freeContext(context); }
};

using FormatContext = std::unique_ptr<AVFormatContext, FormatContextCloser>;
using CodecContext = std::unique_ptr<AVCodecContext, CodecContextFreer>;
using Packet = std::unique_ptr<AVPacket, PacketFreer>;
using Frame = std::unique_ptr<AVFrame, FrameFreer>;
using Scaler = std::unique_ptr<SwsContext, ScalerFreer>;

// FFmpeg logs to stderr by default; our errors are reported as values instead. Sends FFmpeg's
// errors to qCDebug(lcMedia) and drops the rest. Safe to call from any thread, any number of
// times: it takes effect once.
void quietLogging();

// Opens `path` and reads its stream information, bounded: only a regular file (checked on
// the opened descriptor, see LocalFileCheck), only the file protocol, only the MP4/MOV
// demuxer (the only containers Tokdeck takes; images go through QImageReader), and every
// FFmpeg call on the context gives up once DecodeLimits::probeDeadlineMs have passed since the
// open. Returns null and sets *reason (FFmpeg's own words, for the debug log) when the file is
// not a container FFmpeg can parse; when it is not a regular file at all, also sets
// *refusal (when given) to the sentence to show.
FormatContext openInput(const QString &path, QString *reason, QString *refusal = nullptr);

// FFmpeg's message for an AVERROR code.
QString errorText(int code);

// How far the stream's display matrix (phones record upright video sideways and set this)
// turns the coded picture clockwise for display: 0, 90, 180 or 270.
int clockwiseRotation(const AVStream *stream);

double toDouble(AVRational value);

} // namespace tokdeck::ffmpeg
