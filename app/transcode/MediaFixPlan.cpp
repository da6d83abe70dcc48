// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/MediaFixPlan.h"

#include "rules/ContractLimits.h"
#include "rules/MediaRules.h"

#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace tokdeck {

namespace {

constexpr qint64 audioBitRate = 128'000; // AAC stereo: transparent enough for phone speakers
// Above this H.264 gains nothing visible on a phone, so even a quality-mode encode stops here.
constexpr qint64 capBitRate1080 = 12'000'000;
// Below this many bits per pixel per frame a 1080p picture turns to mush; 720p then looks better.
constexpr double minBitsPerPixel = 0.05;

int even(double value)
{
    return std::max(2, int(std::lround(value / 2.0)) * 2);
}

QString mebibytes(qint64 bytes)
{
    return QLocale().toString(qint64(std::floor(double(bytes) / (1024.0 * 1024.0))));
}

} // namespace

void MediaFixPlan::add(Step step, const QString &label)
{
    if (steps.contains(step))
        return;
    steps.append(step);
    labels.append(label);
}

MediaFixPlan MediaFixPlan::make(const FixFacts &facts, qint64 budgetBytes)
{
    MediaFixPlan plan;
    plan.budgetBytes = budgetBytes;
    const QString name = QFileInfo(facts.info.path).fileName();
    if (!facts.info.probed && !facts.heif) {
        plan.kind = Kind::Unfixable;
        plan.blockers.append(!facts.probeError.isEmpty()
                                 ? facts.probeError
                                 : tr("%1 is not a video or image Tokdeck can convert. Export it "
                                      "as MP4 or JPEG.")
                                       .arg(name));
        return plan;
    }
    if (facts.heif || facts.info.kind() == MediaKind::Image)
        plan.planImage(facts);
    else
        plan.planVideo(facts);
    return plan;
}

void MediaFixPlan::planImage(const FixFacts &facts)
{
    const MediaInfo &info = facts.info;
    outputSuffix = QStringLiteral("jpg");
    width = info.width;
    height = info.height;
    if (facts.heif || info.format != MediaFormat::Jpeg)
        add(Step::ConvertToJpeg, tr("Convert to JPEG"));
    if (facts.imageTurned)
        add(Step::Upright, tr("Turn upright"));
    const int shortSide = std::min(width, height);
    if (shortSide > maxImageShortSide) {
        const double scale = double(maxImageShortSide) / shortSide;
        width = width == shortSide ? maxImageShortSide : int(std::lround(width * scale));
        height = height == shortSide ? maxImageShortSide : int(std::lround(height * scale));
        add(Step::Shrink, tr("Shrink to %1×%2").arg(width).arg(height));
    }
    // A JPEG that only breaks the size limit is re-saved (it always ends up far below 20 MB at
    // ≤ 1080 px).
    if (steps.isEmpty() && info.fileSize > limits::maxImageBytes)
        add(Step::Compress, tr("Compress to under %1 MB").arg(mebibytes(limits::maxImageBytes)));
    kind = steps.isEmpty() ? Kind::Nothing : Kind::Image;
}

void MediaFixPlan::planVideo(const FixFacts &facts)
{
    const MediaInfo &info = facts.info;
    const QString name = info.fileName();
    outputSuffix = QStringLiteral("mp4");
    durationSeconds = info.durationSeconds;
    width = info.width;
    height = info.height;
    fpsNum = facts.fpsNum > 0 ? facts.fpsNum : 30;
    fpsDen = facts.fpsDen > 0 ? facts.fpsDen : 1;
    rotation = facts.rotation;

    if (info.durationSeconds > limits::maxVideoSeconds) {
        blockers.append(tr("%1 lasts %2 s; at most 600 s can be posted. Trim it in a video "
                           "editor: Tokdeck does not choose what to cut.")
                            .arg(name)
                            .arg(qRound(info.durationSeconds)));
    }
    if (std::min(width, height) < limits::minVideoSide) {
        blockers.append(tr("%1 is %2×%3 px; each side must be at least 360 px. Export it again "
                           "at a higher resolution: enlarging it here would only blur it.")
                            .arg(name)
                            .arg(width)
                            .arg(height));
    }
    if (!blockers.isEmpty()) {
        kind = Kind::Unfixable;
        return;
    }

    bool encode = false;
    if (info.codec != QLatin1StringView("h264") && info.codec != QLatin1StringView("hevc")
        && info.codec != QLatin1StringView("vp8") && info.codec != QLatin1StringView("vp9")) {
        add(Step::ConvertToH264, tr("Convert to H.264"));
        encode = true;
    }
    if (facts.hdr) {
        add(Step::ToneMap, tr("Convert HDR to SDR"));
        toneMap = true;
        encode = true;
    }
    if (facts.bitDepth > 8
        || (!facts.pixelFormat.isEmpty() && facts.pixelFormat != QLatin1StringView("yuv420p")
            && facts.pixelFormat != QLatin1StringView("yuvj420p"))) {
        add(Step::ConvertToH264, tr("Convert to H.264"));
        encode = true;
    }
    const double fps = double(fpsNum) / fpsDen;
    if (facts.variableFrameRate || fps < limits::minFrameRate || fps > limits::maxFrameRate) {
        // A variable rate becomes its average, rounded; an out-of-range one the nearest allowed.
        fpsNum = std::clamp(int(std::lround(fps)), 24, 60);
        fpsDen = 1;
        add(Step::ConstantFrameRate, tr("Make the frame rate a constant %1 fps").arg(fpsNum));
        encode = true;
    }
    if (std::max(width, height) > limits::maxVideoSide) {
        const double scale = double(limits::maxVideoSide) / std::max(width, height);
        width = even(width * scale);
        height = even(height * scale);
        add(Step::Shrink, tr("Shrink to %1×%2").arg(width).arg(height));
        encode = true;
    }

    // What the file may spend on video to stay in the budget, after the audio and ~2% muxing.
    const double duration = std::max(0.5, durationSeconds);
    const bool withAudio = !facts.audioCodec.isEmpty();
    const bool aacAlready = facts.audioCodec == QLatin1StringView("aac")
                            || facts.audioCodec == QLatin1StringView("mp3");
    const qint64 audioRate =
        !withAudio ? 0 : (aacAlready && facts.audioBitRate > 0 ? facts.audioBitRate : audioBitRate);
    const qint64 budgetRate = qint64(double(budgetBytes) * 8.0 * 0.98 / duration) - audioRate;
    if (info.fileSize > budgetBytes) {
        videoBitRate = std::max<qint64>(100'000, std::min(budgetRate, capBitRate1080));
        add(Step::Compress, tr("Compress to %1 MB").arg(mebibytes(budgetBytes)));
        encode = true;
        // Keep the resolution while the bitrate can carry it; otherwise 720p (never less).
        const int shortSide = std::min(width, height);
        const double bitsPerPixel = double(videoBitRate) / (double(width) * height * fps);
        if (bitsPerPixel < minBitsPerPixel && shortSide > limits::hdShortSide) {
            const double scale = double(limits::hdShortSide) / shortSide;
            width = even(width * scale);
            height = even(height * scale);
            add(Step::Shrink, tr("Shrink to %1×%2").arg(width).arg(height));
        }
    }
    maxVideoBitRate = std::max<qint64>(100'000, std::min(budgetRate, capBitRate1080));

    if (encode) {
        kind = Kind::Reencode;
        copyVideo = false;
        if (rotation != 0)
            add(Step::Upright, tr("Turn upright"));
    } else if (info.format == MediaFormat::Mov) {
        kind = Kind::Remux;
        add(Step::Remux, tr("Convert to MP4 (no re-encode)"));
    }
    if (withAudio) {
        // MP4 carries AAC and MP3 as they are; PCM, ALAC and the rest become AAC.
        audio = aacAlready ? Audio::Copy : Audio::Encode;
        if (audio == Audio::Encode && kind != Kind::Nothing)
            add(Step::AudioToAac, tr("Convert the sound to AAC"));
        else if (audio == Audio::Encode) {
            // Video is fine but the sound is not carried by MP4: copy the picture, encode the
            // sound.
            kind = Kind::Remux;
            add(Step::AudioToAac, tr("Convert the sound to AAC"));
        }
    }
    if (kind == Kind::Nothing)
        outputSuffix.clear();
}

} // namespace tokdeck
