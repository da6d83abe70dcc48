// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transcode/MediaFixPlan.h"

#include <QCoreApplication>
#include <QImage>
#include <atomic>

namespace tokdeck {

// Writes the JPEG an image plan asks for: decoded (HEIC/HEIF through libheif, the rest through
// Qt), turned upright by its EXIF orientation, converted to sRGB, scaled so its short side is
// at most 1080 px. Blocking; TranscodeJob runs it on its worker thread.
class ImageFixer
{
    Q_DECLARE_TR_FUNCTIONS(ImageFixer)

public:
    // Empty on success; otherwise a translated sentence naming the file.
    static QString run(const QString &inputPath, const QString &outputPath,
                       const MediaFixPlan &plan, const std::atomic_bool &cancel);

    // The primary picture of a HEIF file, its rotation and mirroring applied, in sRGB.
    // Null with *reason (libheif's words) on failure.
    static QImage readHeif(const QString &path, QString *reason);
};

} // namespace tokdeck
