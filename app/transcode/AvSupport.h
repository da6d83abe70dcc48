// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "media/FfmpegSupport.h"

// Private to app/transcode: owning handles for the FFmpeg objects a transcode needs (each freed
// by its matching FFmpeg function, so every early return releases everything) and a few
// helpers. app/media keeps its own for probing; these add output, filter and encoder handles.

#include <QLoggingCategory>
#include <QString>
#include <atomic>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
}

Q_DECLARE_LOGGING_CATEGORY(lcTranscode)

namespace tokdeck::av {

struct InputCloser
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
struct OutputCloser
{
    void operator()(AVFormatContext *context) const
    {
        if (context->pb && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};
struct CodecFreer
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};
struct GraphFreer
{
    void operator()(AVFilterGraph *graph) const { avfilter_graph_free(&graph); }
};
struct PacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct FrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

using Input = std::unique_ptr<AVFormatContext, InputCloser>;
using Output = std::unique_ptr<AVFormatContext, OutputCloser>;
using Codec = std::unique_ptr<AVCodecContext, CodecFreer>;
using Graph = std::unique_ptr<AVFilterGraph, GraphFreer>;
using Packet = std::unique_ptr<AVPacket, PacketFreer>;
using Frame = std::unique_ptr<AVFrame, FrameFreer>;

// Opens `path` for reading with its stream information. `cancel`, when given, aborts blocking
// reads as soon as it turns true. Null with *reason (FFmpeg's words, for the log) on failure.
Input openInput(const QString &path, QString *reason, const std::atomic_bool *cancel = nullptr);

// One definition each, in the media module: FFmpeg's error text and the display matrix's
// clockwise quarter turns (0, 90, 180 or 270).
using ffmpeg::clockwiseRotation;
using ffmpeg::errorText;

double seconds(int64_t value, AVRational timeBase);

} // namespace tokdeck::av
