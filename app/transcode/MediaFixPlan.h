// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transcode/FixProbe.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tokdeck {

// What to do to a file so that it passes the contract's rules, decided from its FixFacts:
// nothing, a remux (MOV → MP4, packets untouched), a re-encode (H.264 High, yuv420p, constant
// frame rate, AAC; HDR tone-mapped to SDR; rotation applied), compression to fit a size
// budget, or an image fix (to JPEG, upright, sRGB, short side ≤ 1080 px). A value: cheap to
// copy, made on any thread.
struct MediaFixPlan
{
    Q_DECLARE_TR_FUNCTIONS(MediaFixPlan)

public:
    // Headroom under the contract's 100 MB so that the container's overhead and the encoder's
    // rate control never tip a file over.
    static constexpr qint64 defaultBudgetBytes = 95LL * 1024 * 1024;
    static constexpr int maxImageShortSide = 1080;

    enum class Kind { Nothing, Remux, Reencode, Image, Unfixable };
    enum class Step {
        Remux,
        ConvertToH264,
        ToneMap,
        ConstantFrameRate,
        Upright,
        Compress,
        Shrink,
        AudioToAac,
        ConvertToJpeg,
        ToSrgb,
    };
    enum class Audio { None, Copy, Encode };

    static MediaFixPlan make(const FixFacts &facts, qint64 budgetBytes = defaultBudgetBytes);

    Kind kind = Kind::Nothing;
    QList<Step> steps;
    QStringList labels;   // one translated label per step, for the UI ("Convert HDR to SDR")
    QStringList blockers; // translated: what breaks a rule and cannot be fixed here

    // Video parameters (Remux / Reencode)
    bool copyVideo = true;
    Audio audio = Audio::None;
    bool toneMap = false;
    int rotation = 0;          // clockwise; applied to the pixels when re-encoding
    int width = 0, height = 0; // as displayed, after the fix
    int fpsNum = 30, fpsDen = 1;
    qint64 videoBitRate = 0;    // 0: constant quality, capped by maxVideoBitRate
    qint64 maxVideoBitRate = 0; // keeps even a quality-mode encode inside the budget
    double durationSeconds = 0;
    qint64 budgetBytes = defaultBudgetBytes;

    QString outputSuffix; // "mp4" or "jpg"

    bool needed() const
    {
        return kind == Kind::Remux || kind == Kind::Reencode || kind == Kind::Image;
    }
    bool has(Step step) const { return steps.contains(step); }

private:
    void add(Step step, const QString &label);
    void planVideo(const FixFacts &facts);
    void planImage(const FixFacts &facts);
};

} // namespace tokdeck
