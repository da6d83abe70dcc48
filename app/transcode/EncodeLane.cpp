// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/EncodeLane.h"

#include "transcode/MediaFixPlan.h"

#include <QStringList>
#include <algorithm>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
}

namespace tokdeck::av {

namespace {

// What the picture needs, as one FFmpeg filter chain.
QString videoFilters(const MediaFixPlan &plan)
{
    QStringList chain;
    if (plan.toneMap) {
        // PQ/HLG → linear light → BT.709 primaries → Hable curve → BT.709 transfer, the usual
        // zimg recipe; npl=100 maps SDR white to 100 nits as TikTok's players expect.
        chain << QStringLiteral("zscale=t=linear:npl=100") << QStringLiteral("format=gbrpf32le")
              << QStringLiteral("zscale=p=bt709") << QStringLiteral("tonemap=tonemap=hable:desat=0")
              << QStringLiteral("zscale=t=bt709:m=bt709:r=tv");
    }
    // The pixels are turned so that players that ignore the display matrix show it upright too.
    if (plan.rotation == 90)
        chain << QStringLiteral("transpose=clock");
    else if (plan.rotation == 270)
        chain << QStringLiteral("transpose=cclock");
    else if (plan.rotation == 180)
        chain << QStringLiteral("hflip") << QStringLiteral("vflip");
    if (plan.width > 0 && plan.height > 0)
        chain << QStringLiteral("scale=%1:%2:flags=bicubic").arg(plan.width).arg(plan.height);
    chain << QStringLiteral("fps=%1/%2").arg(plan.fpsNum).arg(plan.fpsDen)
          << QStringLiteral("format=yuv420p");
    return chain.join(u',');
}

} // namespace

bool EncodeLane::openDecoder(AVFormatContext *input, int index, QString *reason)
{
    in_ = input->streams[index];
    const AVCodec *codec = avcodec_find_decoder(in_->codecpar->codec_id);
    if (!codec) {
        *reason = QStringLiteral("no decoder for ")
                  + QString::fromLatin1(avcodec_get_name(in_->codecpar->codec_id));
        return false;
    }
    decoder_.reset(avcodec_alloc_context3(codec));
    int code = avcodec_parameters_to_context(decoder_.get(), in_->codecpar);
    decoder_->pkt_timebase = in_->time_base;
    decoder_->thread_count = 0; // as many as there are cores; the job thread runs at nice 19
    if (code >= 0)
        code = avcodec_open2(decoder_.get(), codec, nullptr);
    if (code < 0) {
        *reason = QStringLiteral("decoder: ") + errorText(code);
        return false;
    }
    frame_.reset(av_frame_alloc());
    filtered_.reset(av_frame_alloc());
    packet_.reset(av_packet_alloc());
    return true;
}

bool EncodeLane::buildGraph(const char *sourceName, const QString &sourceArgs, const char *sinkName,
                            const QString &description, QString *reason)
{
    graph_.reset(avfilter_graph_alloc());
    int code = avfilter_graph_create_filter(&source_, avfilter_get_by_name(sourceName), "in",
                                            sourceArgs.toUtf8().constData(), nullptr, graph_.get());
    if (code >= 0)
        code = avfilter_graph_create_filter(&sink_, avfilter_get_by_name(sinkName), "out", nullptr,
                                            nullptr, graph_.get());
    if (code < 0) {
        *reason = QStringLiteral("filter endpoints: ") + errorText(code);
        return false;
    }
    AVFilterInOut *outputs = avfilter_inout_alloc();
    AVFilterInOut *inputs = avfilter_inout_alloc();
    outputs->name = av_strdup("in");
    outputs->filter_ctx = source_;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = sink_;
    code = avfilter_graph_parse_ptr(graph_.get(), description.toUtf8().constData(), &inputs,
                                    &outputs, nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (code >= 0)
        code = avfilter_graph_config(graph_.get(), nullptr);
    if (code < 0) {
        *reason =
            QStringLiteral("filters \"") + description + QStringLiteral("\": ") + errorText(code);
        return false;
    }
    return true;
}

bool EncodeLane::openEncoder(const AVCodec *codec, QString *reason)
{
    if (output_->oformat->flags & AVFMT_GLOBALHEADER)
        encoder_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int code = avcodec_open2(encoder_.get(), codec, nullptr);
    out_ = code >= 0 ? avformat_new_stream(output_, nullptr) : nullptr;
    if (out_)
        code = avcodec_parameters_from_context(out_->codecpar, encoder_.get());
    if (code < 0 || !out_) {
        *reason = QStringLiteral("encoder: ") + errorText(code);
        return false;
    }
    out_->time_base = encoder_->time_base;
    return true;
}

std::unique_ptr<EncodeLane> EncodeLane::video(AVFormatContext *input, int index,
                                              AVFormatContext *output, const MediaFixPlan &plan,
                                              QString *reason)
{
    std::unique_ptr<EncodeLane> lane(new EncodeLane);
    lane->output_ = output;
    if (!lane->openDecoder(input, index, reason))
        return {};
    const AVCodecContext *decoder = lane->decoder_.get();
    const AVRational aspect =
        decoder->sample_aspect_ratio.num > 0 ? decoder->sample_aspect_ratio : AVRational{1, 1};
    const QString args =
        QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=%6/%7")
            .arg(decoder->width)
            .arg(decoder->height)
            .arg(int(decoder->pix_fmt))
            .arg(lane->in_->time_base.num)
            .arg(lane->in_->time_base.den)
            .arg(aspect.num)
            .arg(aspect.den);
    if (!lane->buildGraph("buffer", args, "buffersink", videoFilters(plan), reason))
        return {};

    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    if (!codec) {
        *reason = QStringLiteral("libx264 is not available");
        return {};
    }
    lane->encoder_.reset(avcodec_alloc_context3(codec));
    AVCodecContext *encoder = lane->encoder_.get();
    const AVRational fps{plan.fpsNum, plan.fpsDen};
    encoder->width = av_buffersink_get_w(lane->sink_);
    encoder->height = av_buffersink_get_h(lane->sink_);
    encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    encoder->sample_aspect_ratio = AVRational{1, 1};
    encoder->time_base = av_inv_q(fps);
    encoder->framerate = fps;
    encoder->gop_size = 2 * (plan.fpsNum / std::max(1, plan.fpsDen)); // a keyframe every 2 s
    encoder->thread_count = 0;
    // veryfast: most of medium's quality at a third of its time, on a machine doing other work.
    av_opt_set(encoder->priv_data, "preset", "veryfast", 0);
    av_opt_set(encoder->priv_data, "profile", "high", 0);
    if (plan.videoBitRate > 0) {
        encoder->bit_rate = plan.videoBitRate;
        encoder->rc_max_rate = plan.videoBitRate * 3 / 2;
        encoder->rc_buffer_size = int(std::min<qint64>(INT32_MAX, plan.videoBitRate * 2));
    } else {
        av_opt_set(encoder->priv_data, "crf", "21", 0);
        encoder->rc_max_rate = plan.maxVideoBitRate;
        encoder->rc_buffer_size = int(std::min<qint64>(INT32_MAX, plan.maxVideoBitRate * 2));
    }
    if (plan.toneMap) {
        encoder->color_primaries = AVCOL_PRI_BT709;
        encoder->color_trc = AVCOL_TRC_BT709;
        encoder->colorspace = AVCOL_SPC_BT709;
        encoder->color_range = AVCOL_RANGE_MPEG;
    } else {
        encoder->color_primaries = lane->in_->codecpar->color_primaries;
        encoder->color_trc = lane->in_->codecpar->color_trc;
        encoder->colorspace = lane->in_->codecpar->color_space;
        encoder->color_range = AVCOL_RANGE_MPEG;
    }
    if (!lane->openEncoder(codec, reason))
        return {};
    return lane;
}

std::unique_ptr<EncodeLane> EncodeLane::audio(AVFormatContext *input, int index,
                                              AVFormatContext *output, QString *reason)
{
    std::unique_ptr<EncodeLane> lane(new EncodeLane);
    lane->output_ = output;
    if (!lane->openDecoder(input, index, reason))
        return {};
    AVCodecContext *decoder = lane->decoder_.get();
    if (decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&decoder->ch_layout, std::max(1, decoder->ch_layout.nb_channels));
    char layout[64] = {};
    av_channel_layout_describe(&decoder->ch_layout, layout, sizeof layout);
    const int rate = decoder->sample_rate == 44100 ? 44100 : 48000;
    const QString args =
        QStringLiteral("time_base=%1/%2:sample_rate=%3:sample_fmt=%4:channel_layout=%5")
            .arg(lane->in_->time_base.num)
            .arg(lane->in_->time_base.den)
            .arg(decoder->sample_rate)
            .arg(QString::fromLatin1(av_get_sample_fmt_name(decoder->sample_fmt)),
                 QString::fromLatin1(layout));
    const QString filters =
        QStringLiteral(
            "aresample=%1,aformat=sample_fmts=fltp:channel_layouts=stereo:sample_rates=%1")
            .arg(rate);
    if (!lane->buildGraph("abuffer", args, "abuffersink", filters, reason))
        return {};
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    lane->encoder_.reset(avcodec_alloc_context3(codec));
    AVCodecContext *encoder = lane->encoder_.get();
    encoder->sample_rate = rate;
    encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    const AVChannelLayout stereo = AV_CHANNEL_LAYOUT_STEREO;
    av_channel_layout_copy(&encoder->ch_layout, &stereo);
    encoder->bit_rate = 128'000;
    encoder->time_base = AVRational{1, rate};
    if (!lane->openEncoder(codec, reason))
        return {};
    // AAC takes exactly frame_size samples per frame; the sink cuts them to that.
    av_buffersink_set_frame_size(lane->sink_, unsigned(encoder->frame_size));
    return lane;
}

int EncodeLane::feed(const AVPacket *packet)
{
    int code = avcodec_send_packet(decoder_.get(), packet);
    if (code == AVERROR_INVALIDDATA)
        return 0; // one damaged packet: skip it, as players do
    if (code < 0 && code != AVERROR_EOF)
        return code;
    for (;;) {
        code = avcodec_receive_frame(decoder_.get(), frame_.get());
        if (code == AVERROR(EAGAIN))
            return 0;
        if (code == AVERROR_EOF)
            break;
        if (code < 0)
            return code;
        frame_->pts = frame_->best_effort_timestamp;
        if (frame_->pts != AV_NOPTS_VALUE)
            end_ = std::max(end_, frame_->pts + std::max<int64_t>(0, frame_->pkt_duration));
        // zscale needs to know what it converts from; some encoders write it only in the
        // container.
        const AVCodecParameters *params = in_->codecpar;
        if (decoder_->codec_type == AVMEDIA_TYPE_VIDEO
            && frame_->color_trc == AVCOL_TRC_UNSPECIFIED)
            frame_->color_trc = params->color_trc;
        if (decoder_->codec_type == AVMEDIA_TYPE_VIDEO) {
            if (frame_->color_primaries == AVCOL_PRI_UNSPECIFIED)
                frame_->color_primaries = params->color_primaries;
            if (frame_->colorspace == AVCOL_SPC_UNSPECIFIED)
                frame_->colorspace = params->color_space;
            if (frame_->color_range == AVCOL_RANGE_UNSPECIFIED)
                frame_->color_range = AVCOL_RANGE_MPEG;
        }
        code = av_buffersrc_add_frame_flags(source_, frame_.get(), AV_BUFFERSRC_FLAG_KEEP_REF);
        av_frame_unref(frame_.get());
        if (code >= 0)
            code = pullFiltered();
        if (code < 0)
            return code;
    }
    // End of the stream: flush the filters, then the encoder. The end is where the last frame
    // ends, not where it starts: otherwise the fps filter drops the last frame or two.
    code = av_buffersrc_close(source_, end_ > 0 ? end_ : AV_NOPTS_VALUE, AV_BUFFERSRC_FLAG_PUSH);
    if (code >= 0)
        code = pullFiltered();
    if (code < 0)
        return code;
    code = avcodec_send_frame(encoder_.get(), nullptr);
    return code < 0 ? code : drainEncoder();
}

int EncodeLane::pullFiltered()
{
    for (;;) {
        int code = av_buffersink_get_frame(sink_, filtered_.get());
        if (code == AVERROR(EAGAIN) || code == AVERROR_EOF)
            return 0;
        if (code < 0)
            return code;
        filtered_->pts =
            av_rescale_q(filtered_->pts, av_buffersink_get_time_base(sink_), encoder_->time_base);
        filtered_->pict_type = AV_PICTURE_TYPE_NONE;
        code = avcodec_send_frame(encoder_.get(), filtered_.get());
        av_frame_unref(filtered_.get());
        if (code >= 0)
            code = drainEncoder();
        if (code < 0)
            return code;
    }
}

int EncodeLane::drainEncoder()
{
    for (;;) {
        int code = avcodec_receive_packet(encoder_.get(), packet_.get());
        if (code == AVERROR(EAGAIN) || code == AVERROR_EOF)
            return 0;
        if (code < 0)
            return code;
        av_packet_rescale_ts(packet_.get(), encoder_->time_base, out_->time_base);
        packet_->stream_index = out_->index;
        code = av_interleaved_write_frame(output_, packet_.get()); // takes the packet's data
        if (code < 0)
            return code;
    }
}

} // namespace tokdeck::av
