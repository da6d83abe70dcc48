// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Private to app/transcode: one input stream decoded, run through a filter graph and encoded
// into one new output stream (H.264 for video, AAC for sound).

#include "transcode/AvSupport.h"

#include <QString>
#include <memory>

namespace tokdeck {
struct MediaFixPlan;
}

namespace tokdeck::av {

class EncodeLane
{
public:
    // The picture as the plan says: tone-mapped when HDR, turned upright, scaled, constant
    // frame rate, yuv420p, H.264 High. Null with *reason (for the log) on failure.
    static std::unique_ptr<EncodeLane> video(AVFormatContext *input, int index,
                                             AVFormatContext *output, const MediaFixPlan &plan,
                                             QString *reason);
    // The sound as AAC stereo at 44.1 or 48 kHz.
    static std::unique_ptr<EncodeLane> audio(AVFormatContext *input, int index,
                                             AVFormatContext *output, QString *reason);

    // Decodes `packet` and writes whatever comes out encoded; null flushes every stage.
    // A negative AVERROR on failure.
    int feed(const AVPacket *packet);

    int inputIndex() const { return in_->index; }

private:
    EncodeLane() = default;
    bool openDecoder(AVFormatContext *input, int index, QString *reason);
    bool buildGraph(const char *sourceName, const QString &sourceArgs, const char *sinkName,
                    const QString &description, QString *reason);
    bool openEncoder(const AVCodec *codec, QString *reason);
    int pullFiltered();
    int drainEncoder();

    AVFormatContext *output_ = nullptr;
    AVStream *in_ = nullptr;
    AVStream *out_ = nullptr;
    Codec decoder_;
    Codec encoder_;
    Graph graph_;
    AVFilterContext *source_ = nullptr;
    AVFilterContext *sink_ = nullptr;
    Frame frame_;
    Frame filtered_;
    Packet packet_;
    int64_t end_ = 0; // where the last decoded frame ends, in the input's time base
};

} // namespace tokdeck::av
