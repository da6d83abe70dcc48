// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Encode speed of TranscodeJob, in × real time (seconds of video per second of wall time):
// a 1080×1920 30 fps clip to H.264, and a 1080×1920 HDR HEVC 10-bit clip tone-mapped to SDR.
// The job runs at nice 19, so a busy machine lowers these figures: run it on an idle one.

#include "../media/GeneratedMedia.h"
#include "transcode/FixProbe.h"
#include "transcode/MediaFixPlan.h"
#include "transcode/TranscodeJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace tokdeck;

namespace {
// CPU seconds this process has used, all threads (the encoder's too): a figure that does not
// depend on how busy the machine is.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

class BenchTranscode : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;

    void measure(const char *label, const QStringList &ffmpegArguments, const QString &name)
    {
        const QString path = dir_.filePath(name);
        const QString error = test::runFfmpeg(ffmpegArguments + QStringList{path});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const FixFacts facts = FixProbe::probe(path);
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, MediaFixPlan::Kind::Reencode);
        TranscodeJob job(path, plan, dir_.filePath(QStringLiteral("fixed")));
        QSignalSpy finished(&job, &TranscodeJob::finished);
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = cpuSeconds();
        job.start();
        QVERIFY(finished.wait(600'000));
        const double wall = double(clock.elapsed()) / 1000.0;
        const double cpu = cpuSeconds() - cpuBefore;
        QVERIFY2(job.result().ok, qPrintable(job.result().error));
        qInfo("%s: %.2f s of %dx%d video in %.2f s = %.2f× real time (%.2f CPU s = %.2f× real "
              "time per core); %lld → %lld bytes (%s)",
              label, facts.info.durationSeconds, facts.info.width, facts.info.height, wall,
              facts.info.durationSeconds / wall, cpu, facts.info.durationSeconds / cpu,
              facts.info.fileSize, job.result().outputBytes,
              qPrintable(plan.labels.join(QStringLiteral(", "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("the ffmpeg tool is needed to make test videos");
        QVERIFY(dir_.isValid());
    }

    void h264At1080x1920()
    {
        measure("1080x1920 30 fps -> H.264",
                {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc2=s=1080x1920:r=30:d=4"), QStringLiteral("-c:v"),
                 QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("3")},
                QStringLiteral("mpeg4.mp4"));
    }

    void hdrToSdrAt1080x1920()
    {
        measure("1080x1920 HDR HEVC 10-bit -> SDR H.264",
                {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc2=s=1080x1920:r=30:d=4"), QStringLiteral("-c:v"),
                 QStringLiteral("libx265"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                 QStringLiteral("-x265-params"), QStringLiteral("log-level=error"),
                 QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p10le"),
                 QStringLiteral("-color_trc"), QStringLiteral("smpte2084"),
                 QStringLiteral("-color_primaries"), QStringLiteral("bt2020"),
                 QStringLiteral("-colorspace"), QStringLiteral("bt2020nc")},
                QStringLiteral("hdr.mp4"));
    }
};

QTEST_GUILESS_MAIN(BenchTranscode)
#include "bench_transcode.moc"
