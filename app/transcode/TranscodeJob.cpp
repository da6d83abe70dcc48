// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/TranscodeJob.h"

#include "support/Paths.h"
#include "transcode/AvSupport.h"
#include "transcode/ImageFixer.h"
#include "transcode/VideoTranscoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace tokdeck {

namespace {
// A rate-controlled encode can land a few percent above its target; this many tries at a
// lower bitrate bring it under the budget.
constexpr int maxEncodeAttempts = 3;
} // namespace

TranscodeJob::TranscodeJob(QString inputPath, MediaFixPlan plan, QString outputFolder,
                           QObject *parent)
    : QObject(parent)
    , inputPath_(std::move(inputPath))
    , plan_(std::move(plan))
    , outputFolder_(outputFolder.isEmpty() ? defaultOutputFolder() : std::move(outputFolder))
    , outputPath_(outputPathFor(inputPath_, plan_, outputFolder_))
{
    result_.inputPath = inputPath_;
}

TranscodeJob::~TranscodeJob()
{
    cancel();
    if (thread_)
        thread_->wait();
}

QString TranscodeJob::defaultOutputFolder()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("fixed"));
}

QString TranscodeJob::outputPathFor(const QString &inputPath, const MediaFixPlan &plan,
                                    const QString &outputFolder)
{
    const QString suffix = plan.outputSuffix.isEmpty() ? QStringLiteral("mp4") : plan.outputSuffix;
    return QDir(outputFolder)
        .absoluteFilePath(QFileInfo(inputPath).completeBaseName() + u'.' + suffix);
}

bool TranscodeJob::isRunning() const
{
    return thread_ && thread_->isRunning();
}

QString TranscodeJob::refusal() const
{
    const QFileInfo input(inputPath_);
    const QString name = input.fileName();
    if (!plan_.needed())
        return tr("%1 needs no fix.").arg(name);
    if (QDir(input.absolutePath()) == QDir(outputFolder_))
        return tr("The fixed copy of %1 would be written next to the original. Choose another "
                  "folder for fixed copies.")
            .arg(name);
    return {};
}

void TranscodeJob::start()
{
    if (thread_)
        return;
    // Whatever a killed job left behind is not to be trusted, whatever its size.
    QFile::remove(partPath());
    clock_.start();
    thread_.reset(QThread::create([this] { work(); }));
    connect(thread_.get(), &QThread::finished, this, [this] { Q_EMIT finished(result_); });
    thread_->start(QThread::LowestPriority);
}

void TranscodeJob::cancel()
{
    cancel_.store(true);
}

void TranscodeJob::reportProgress(double fraction)
{
    const int percent = std::clamp(int(fraction * 100.0), 0, 100);
    if (percent <= lastPercent_)
        return; // packets come in decode order: a B-frame's time can step back
    lastPercent_ = percent;
    const qint64 elapsed = clock_.elapsed();
    // Time left from the pace so far; unknown until there is enough of it to go on.
    const int secondsLeft = fraction > 0.02 && elapsed > 500
                                ? int(double(elapsed) * (1.0 - fraction) / fraction / 1000.0)
                                : -1;
    QMetaObject::invokeMethod(
        this, [this, percent, secondsLeft] { Q_EMIT progress(percent, secondsLeft); },
        Qt::QueuedConnection);
}

void TranscodeJob::work()
{
    // QThread::LowestPriority means nothing to Linux's default scheduler; a nice value does
    // (per thread on Linux, and inherited by the encoder's own threads).
    setpriority(PRIO_PROCESS, id_t(gettid()), 19);
    const QString name = QFileInfo(inputPath_).fileName();
    result_.error = refusal();
    if (!result_.error.isEmpty())
        return;
    if (!QDir().mkpath(outputFolder_)) {
        result_.error = tr("The folder for fixed copies, %1, could not be created. Check its "
                           "permissions.")
                            .arg(outputFolder_);
        return;
    }
    const QString part = partPath();
    QString reason;
    bool ok = false;
    if (plan_.kind == MediaFixPlan::Kind::Image) {
        result_.error = ImageFixer::run(inputPath_, part, plan_, cancel_);
        ok = result_.error.isEmpty() && !cancel_.load();
    } else {
        ok = workVideo(&reason);
        if (!ok && !cancel_.load() && result_.error.isEmpty()) {
            qCWarning(lcTranscode) << "transcode failed:" << name << reason;
            result_.error = tr("%1 could not be converted (%2). Export it again as MP4 (H.264) "
                               "and add it again.")
                                .arg(name, reason);
        }
    }
    if (cancel_.load()) {
        QFile::remove(part);
        result_.cancelled = true;
        result_.error.clear();
        return;
    }
    if (!ok) {
        QFile::remove(part);
        return;
    }
    // rename(2) replaces an older fixed copy atomically: readers see the old file or the new.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outputPath_).constData())
        != 0) {
        QFile::remove(part);
        result_.error =
            tr("The fixed copy of %1 could not be saved in %2. Check free space and permissions.")
                .arg(name, outputFolder_);
        return;
    }
    result_.ok = true;
    result_.outputPath = outputPath_;
    result_.outputBytes = QFileInfo(outputPath_).size();
    result_.done = plan_.labels;
}

bool TranscodeJob::workVideo(QString *reason)
{
    MediaFixPlan plan = plan_;
    for (int attempt = 1; attempt <= maxEncodeAttempts; ++attempt) {
        lastPercent_ = -1;
        clock_.restart();
        const auto outcome = VideoTranscoder::run(
            inputPath_, partPath(), plan, cancel_, [this](double f) { reportProgress(f); }, reason);
        if (outcome != VideoTranscoder::Outcome::Done)
            return false;
        const qint64 size = QFileInfo(partPath()).size();
        if (size <= plan.budgetBytes || plan.copyVideo)
            return true;
        // Over the budget: aim lower by the overshoot plus a margin and encode again.
        const double duration = std::max(0.5, plan.durationSeconds);
        const qint64 current =
            plan.videoBitRate > 0 ? plan.videoBitRate : qint64(double(size) * 8.0 / duration);
        plan.videoBitRate = std::max<qint64>(
            50'000, qint64(double(current) * double(plan.budgetBytes) / double(size) * 0.92));
        qCDebug(lcTranscode) << "over budget:" << size << "bytes; again at" << plan.videoBitRate
                             << "bit/s";
    }
    *reason = QStringLiteral("could not get under the size budget");
    result_.error = tr("%1 could not be compressed under %2 MB. Trim it, then fix it again.")
                        .arg(QFileInfo(inputPath_).fileName())
                        .arg(plan.budgetBytes / (1024 * 1024));
    return false;
}

} // namespace tokdeck
