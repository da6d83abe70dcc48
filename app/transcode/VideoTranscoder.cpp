// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/VideoTranscoder.h"

#include "transcode/AvSupport.h"
#include "transcode/EncodeLane.h"

#include <QFile>
#include <algorithm>
#include <cstring>
#include <vector>

namespace tokdeck {

namespace {

int interruptWhenCancelled(void *opaque)
{
    return static_cast<const std::atomic_bool *>(opaque)->load(std::memory_order_relaxed) ? 1 : 0;
}

// A stream copied packet for packet: same bytes, timestamps moved to the new time base, and
// the display matrix kept so that players still turn it upright.
AVStream *copyStream(AVFormatContext *output, const AVStream *in, QString *reason)
{
    AVStream *out = avformat_new_stream(output, nullptr);
    const int code = out ? avcodec_parameters_copy(out->codecpar, in->codecpar) : AVERROR(ENOMEM);
    if (code < 0) {
        *reason = QStringLiteral("copy stream: ") + av::errorText(code);
        return nullptr;
    }
    out->codecpar->codec_tag = 0; // MOV's tag may not be MP4's; let the muxer choose
    out->time_base = in->time_base;
    size_t size = 0;
    if (const uint8_t *matrix = av_stream_get_side_data(in, AV_PKT_DATA_DISPLAYMATRIX, &size)) {
        if (uint8_t *copy = av_stream_new_side_data(out, AV_PKT_DATA_DISPLAYMATRIX, size))
            std::memcpy(copy, matrix, size);
    }
    return out;
}

} // namespace

VideoTranscoder::Outcome VideoTranscoder::run(const QString &inputPath, const QString &outputPath,
                                              const MediaFixPlan &plan,
                                              const std::atomic_bool &cancel,
                                              const std::function<void(double)> &progress,
                                              QString *reason)
{
    const auto failed = [&](int code, const char *where) {
        if (cancel.load())
            return Outcome::Cancelled;
        *reason = QString::fromLatin1(where) + QStringLiteral(": ") + av::errorText(code);
        return Outcome::Failed;
    };
    const av::Input input = av::openInput(inputPath, reason, &cancel);
    if (!input)
        return cancel.load() ? Outcome::Cancelled : Outcome::Failed;
    const int video = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (video < 0)
        return failed(video, "video stream");
    const int audio =
        plan.audio == MediaFixPlan::Audio::None
            ? -1
            : av_find_best_stream(input.get(), AVMEDIA_TYPE_AUDIO, -1, video, nullptr, 0);

    AVFormatContext *raw = nullptr;
    const QByteArray encodedPath = QFile::encodeName(outputPath);
    int code = avformat_alloc_output_context2(&raw, nullptr, "mp4", encodedPath.constData());
    if (code < 0 || !raw)
        return failed(code, "output");
    const av::Output output(raw);
    output->interrupt_callback.callback = interruptWhenCancelled;
    output->interrupt_callback.opaque = const_cast<void *>(static_cast<const void *>(&cancel));

    // Output stream per input stream: either copied or encoded.
    std::vector<AVStream *> copies(input->nb_streams, nullptr);
    std::vector<std::unique_ptr<av::EncodeLane>> lanes;
    if (plan.copyVideo) {
        copies[size_t(video)] = copyStream(output.get(), input->streams[video], reason);
        if (!copies[size_t(video)])
            return Outcome::Failed;
    } else {
        auto lane = av::EncodeLane::video(input.get(), video, output.get(), plan, reason);
        if (!lane)
            return Outcome::Failed;
        lanes.push_back(std::move(lane));
    }
    if (audio >= 0 && plan.audio == MediaFixPlan::Audio::Copy) {
        copies[size_t(audio)] = copyStream(output.get(), input->streams[audio], reason);
        if (!copies[size_t(audio)])
            return Outcome::Failed;
    } else if (audio >= 0) {
        auto lane = av::EncodeLane::audio(input.get(), audio, output.get(), reason);
        if (!lane)
            return Outcome::Failed;
        lanes.push_back(std::move(lane));
    }
    std::vector<av::EncodeLane *> laneOf(input->nb_streams, nullptr);
    for (const auto &lane : lanes)
        laneOf[size_t(lane->inputIndex())] = lane.get();

    code = avio_open2(&output->pb, encodedPath.constData(), AVIO_FLAG_WRITE,
                      &output->interrupt_callback, nullptr);
    if (code < 0)
        return failed(code, "open output");
    AVDictionary *options = nullptr;
    // The index first: TikTok (and the composer's preview) can start playing before the end.
    av_dict_set(&options, "movflags", "+faststart", 0);
    code = avformat_write_header(output.get(), &options);
    av_dict_free(&options);
    if (code < 0)
        return failed(code, "write header");

    const AVStream *videoIn = input->streams[video];
    const double start = videoIn->start_time != AV_NOPTS_VALUE
                             ? av::seconds(videoIn->start_time, videoIn->time_base)
                             : 0.0;
    const double duration = plan.durationSeconds > 0 ? plan.durationSeconds : 1.0;
    const av::Packet packet(av_packet_alloc());
    for (;;) {
        if (cancel.load(std::memory_order_relaxed))
            return Outcome::Cancelled;
        code = av_read_frame(input.get(), packet.get());
        if (code == AVERROR_EOF)
            break;
        if (code < 0)
            return failed(code, "read");
        const auto index = size_t(packet->stream_index);
        if (packet->stream_index == video && packet->pts != AV_NOPTS_VALUE)
            progress(std::clamp((av::seconds(packet->pts, videoIn->time_base) - start) / duration,
                                0.0, 1.0));
        if (index < copies.size() && copies[index]) {
            av_packet_rescale_ts(packet.get(), input->streams[index]->time_base,
                                 copies[index]->time_base);
            packet->stream_index = copies[index]->index;
            packet->pos = -1;
            code = av_interleaved_write_frame(output.get(), packet.get());
        } else if (index < laneOf.size() && laneOf[index]) {
            code = laneOf[index]->feed(packet.get());
        }
        av_packet_unref(packet.get());
        if (code < 0)
            return failed(code, "transcode");
    }
    for (const auto &lane : lanes) {
        code = lane->feed(nullptr);
        if (code < 0)
            return failed(code, "flush");
    }
    code = av_write_trailer(output.get());
    if (code < 0)
        return failed(code, "write trailer");
    progress(1.0);
    return Outcome::Done;
}

} // namespace tokdeck
