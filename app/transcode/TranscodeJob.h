// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transcode/MediaFixPlan.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

class QThread;

namespace tokdeck {

struct TranscodeResult
{
    bool ok = false;
    bool cancelled = false;
    QString inputPath;
    QString outputPath; // set when ok: the fixed copy, complete
    QStringList done;   // the plan's labels, what was done
    QString error;      // translated, names the file; empty when ok or cancelled
    qint64 outputBytes = 0;
};

// Makes the fixed copy a MediaFixPlan describes, on a worker thread of its own at the lowest
// priority (nice 19), so the app stays responsive and other work comes first. The output goes
// to `<outputFolder>/<name>.<mp4|jpg>`, never next to or over the original: it is written as
// `<that>.part` and renamed over the final name only once complete, so a half-written file is
// never used; a `.part` left by a crash is removed when a job for the same output starts.
class TranscodeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscodeJob)

public:
    TranscodeJob(QString inputPath, MediaFixPlan plan, QString outputFolder = {},
                 QObject *parent = nullptr);
    ~TranscodeJob() override; // cancels and waits for the worker

    // `fixed/` in Tokdeck's data folder.
    static QString defaultOutputFolder();
    static QString outputPathFor(const QString &inputPath, const MediaFixPlan &plan,
                                 const QString &outputFolder);

    QString outputPath() const { return outputPath_; }
    QString partPath() const { return outputPath_ + QStringLiteral(".part"); }
    bool isRunning() const;
    const TranscodeResult &result() const { return result_; }

    void start();
    // The encode loop sees it before its next packet (milliseconds); the partial output is
    // removed and finished() reports cancelled.
    void cancel();

Q_SIGNALS:
    void progress(int percent, int secondsLeft); // secondsLeft: -1 while unknown
    void finished(const tokdeck::TranscodeResult &result);

private:
    void work(); // on the worker thread
    bool workVideo(QString *reason);
    void reportProgress(double fraction);
    QString refusal() const;

    QString inputPath_;
    MediaFixPlan plan_;
    QString outputFolder_;
    QString outputPath_;
    std::atomic_bool cancel_{false};
    std::unique_ptr<QThread> thread_;
    QElapsedTimer clock_;
    int lastPercent_ = -1;
    TranscodeResult result_;
};

} // namespace tokdeck

Q_DECLARE_METATYPE(tokdeck::TranscodeResult)
