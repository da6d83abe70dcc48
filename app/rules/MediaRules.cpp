// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/MediaRules.h"

#include "rules/ContractLimits.h"

#include <QLocale>
#include <cmath>

namespace tokdeck {

namespace {
QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

bool MediaRules::isNineBySixteen(int width, int height)
{
    if (width <= 0 || height <= 0)
        return false;
    return std::abs(double(width) / double(height) - 9.0 / 16.0) <= limits::aspectTolerance;
}

ValidationIssues MediaRules::check(const MediaInfo &media)
{
    const QString file = media.fileName();
    if (media.fileSize == 0) {
        return {
            {ValidationIssue::Severity::Reject, file,
             tr("The file is empty (0 bytes). Choose the finished export of the video or image.")}};
    }
    switch (media.kind()) {
    case MediaKind::Video:
        return checkVideo(media);
    case MediaKind::Image:
        return checkImage(media);
    case MediaKind::Unknown:
        break;
    }
    return {{ValidationIssue::Severity::Reject, file,
             tr("This is not a video or image TikTok accepts (its content is not MP4, MOV, JPEG "
                "or PNG, whatever its name says). Export it as MP4 or JPEG and add it again.")}};
}

ValidationIssues MediaRules::checkVideo(const MediaInfo &media)
{
    using Severity = ValidationIssue::Severity;
    const QString file = media.fileName();
    ValidationIssues issues;
    if (media.fileSize > limits::maxVideoBytes) {
        issues.append({Severity::Reject, file,
                       tr("The video is %1 MB; Crosspostify takes videos up to %2 MB. Export it "
                          "with a lower bitrate or trim it.")
                           .arg(megabytes(media.fileSize), megabytes(limits::maxVideoBytes))});
    }
    if (!media.probed)
        return issues;

    static const QStringList acceptedCodecs = {QStringLiteral("h264"), QStringLiteral("hevc"),
                                               QStringLiteral("vp8"), QStringLiteral("vp9")};
    if (!media.codec.isEmpty() && !acceptedCodecs.contains(media.codec)) {
        issues.append({Severity::Reject, file,
                       tr("The video codec is %1; TikTok takes H.264, H.265, VP8 or VP9. Export "
                          "it as H.264.")
                           .arg(media.codec)});
    } else if (!media.codec.isEmpty() && media.codec != QLatin1StringView("h264")) {
        issues.append(
            {Severity::Warn, file,
             tr("The video codec is %1; H.264 is the safest choice for TikTok.").arg(media.codec)});
    }
    if (media.frameRate > 0
        && (media.frameRate < limits::minFrameRate || media.frameRate > limits::maxFrameRate)) {
        issues.append({Severity::Reject, file,
                       tr("The frame rate is %1 fps; TikTok takes 23 to 60 fps.")
                           .arg(QLocale().toString(media.frameRate, 'f', 2))});
    }
    if (media.width > 0 && media.height > 0) {
        const int shortSide = std::min(media.width, media.height);
        const int longSide = std::max(media.width, media.height);
        if (shortSide < limits::minVideoSide || longSide > limits::maxVideoSide) {
            issues.append({Severity::Reject, file,
                           tr("The video is %1×%2 px; each side must be between 360 and 4096 px.")
                               .arg(media.width)
                               .arg(media.height)});
        } else if (shortSide < limits::hdShortSide) {
            issues.append({Severity::Warn, file,
                           tr("The video is %1×%2 px, below 720p; it will look soft on phones.")
                               .arg(media.width)
                               .arg(media.height)});
        }
        if (!isNineBySixteen(media.width, media.height)) {
            issues.append({Severity::Warn, file,
                           tr("The video is %1×%2 px, not 9:16 (vertical); TikTok will show bars "
                              "or crop it.")
                               .arg(media.width)
                               .arg(media.height)});
        }
    }
    if (media.durationSeconds > limits::maxVideoSeconds) {
        issues.append(
            {Severity::Reject, file,
             tr("The video lasts %1 s; at most 600 s (10 minutes) can be posted. Trim it.")
                 .arg(qRound(media.durationSeconds))});
    } else if (media.durationSeconds > limits::longVideoSeconds) {
        issues.append({Severity::Warn, file,
                       tr("The video lasts %1 s; some accounts can only post 180 s and TikTok "
                          "may trim it.")
                           .arg(qRound(media.durationSeconds))});
    } else if (media.durationSeconds > 0 && media.durationSeconds < limits::shortVideoSeconds) {
        issues.append({Severity::Warn, file,
                       tr("The video lasts under 3 s; TikTok may refuse very short videos.")});
    }
    return issues;
}

ValidationIssues MediaRules::checkImage(const MediaInfo &media)
{
    using Severity = ValidationIssue::Severity;
    const QString file = media.fileName();
    ValidationIssues issues;
    if (media.format != MediaFormat::Jpeg && media.format != MediaFormat::Png) {
        issues.append({Severity::Reject, file,
                       tr("The image is %1; Crosspostify takes JPEG or PNG. Save it as JPEG.")
                           .arg(mediaFormatName(media.format))});
        return issues;
    }
    if (media.fileSize > limits::maxImageBytes) {
        issues.append({Severity::Reject, file,
                       tr("The image is %1 MB; Crosspostify takes images up to %2 MB. Save it "
                          "with more compression.")
                           .arg(megabytes(media.fileSize), megabytes(limits::maxImageBytes))});
    }
    if (media.format == MediaFormat::Png) {
        issues.append({Severity::Warn, file,
                       tr("PNG images are converted by Crosspostify; TikTok's photo API takes "
                          "JPEG, so JPEG keeps more control over quality.")});
    }
    if (media.width > 0 && media.height > 0) {
        if (media.width < limits::recommendedImageWidth
            || media.height < limits::recommendedImageHeight) {
            issues.append({Severity::Warn, file,
                           tr("The image is %1×%2 px, below the recommended 720×1280.")
                               .arg(media.width)
                               .arg(media.height)});
        } else if (std::min(media.width, media.height) > limits::largeImageShortSide) {
            issues.append({Severity::Warn, file,
                           tr("The image is %1×%2 px, above 1080p; TikTok will scale it down.")
                               .arg(media.width)
                               .arg(media.height)});
        }
        if (!isNineBySixteen(media.width, media.height)) {
            issues.append({Severity::Warn, file,
                           tr("The image is %1×%2 px, not 9:16 (vertical).")
                               .arg(media.width)
                               .arg(media.height)});
        }
    }
    return issues;
}

} // namespace tokdeck
