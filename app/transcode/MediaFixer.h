// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transcode/MediaFixPlan.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace tokdeck {

// One file's way through a fix: what the plan says, then what came of it.
struct FileFix
{
    QString inputPath;
    MediaFixPlan plan;
    QStringList blockers; // translated: what breaks a rule and no fix solves
    QString outputPath;   // the complete fixed copy, once made
    QString error;        // translated: why the fix failed
    bool cancelled = false;

    bool blocked() const { return !blockers.isEmpty(); }
    bool needed() const { return !blocked() && plan.needed(); }
    bool fixed() const { return !outputPath.isEmpty(); }
    // The path a post should use: the fixed copy when there is one, else the file itself.
    QString usablePath() const { return fixed() ? outputPath : inputPath; }
};

// What the composer, the upload queue, the CSV import and "post --fix" share: where a fixed
// copy goes, how a file is planned, and a blocking run for the CLI and worker threads.
class MediaFixer
{
    Q_DECLARE_TR_FUNCTIONS(MediaFixer)

public:
    // `fixed/<16 hex digits of the original's absolute path>/` under `base` (default: the
    // data folder's fixed/): two clip.mov from different folders never share a fixed copy,
    // and the same file fixed again (after a crash) lands on the same name, so the job
    // removes what a killed run left.
    static QString outputFolderFor(const QString &inputPath, const QString &base = {});

    // Probes the file (headers only; blocking, call it off the GUI thread) and decides.
    static FileFix plan(const QString &inputPath);

    using Progress = std::function<void(const QString &inputPath, int percent, int secondsLeft)>;
    // Runs the plan with a TranscodeJob and waits for it in a local event loop (any thread
    // with Qt's event dispatcher: the main thread of the CLI, a QThread, a pool thread).
    static void run(FileFix &fix, const Progress &progress = {}, const QString &base = {});

    // plan() then run() for one file, for callers that only need the path to use: the fixed
    // copy, or the file itself when nothing needed fixing; empty with *error (translated)
    // when no fix helps or the fix failed. Blocking, like run(); progress gets 0..100.
    static QString fixForUse(const QString &path, const std::function<void(int)> &progress,
                             QString *error);
};

} // namespace tokdeck
