// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transcode/MediaFixPlan.h"

#include <QString>
#include <atomic>
#include <functional>

namespace tokdeck {

// Writes the MP4 a video plan asks for: packets copied untouched where the plan allows
// (remux), decoded → filtered → encoded where it does not. Blocking; TranscodeJob runs it on
// its worker thread. Checks `cancel` before every packet (a few ms apart at most).
class VideoTranscoder
{
public:
    enum class Outcome { Done, Cancelled, Failed };

    // `progress` gets 0..1 as the input is read. *reason is FFmpeg's words, for the log.
    static Outcome run(const QString &inputPath, const QString &outputPath,
                       const MediaFixPlan &plan, const std::atomic_bool &cancel,
                       const std::function<void(double)> &progress, QString *reason);
};

} // namespace tokdeck
