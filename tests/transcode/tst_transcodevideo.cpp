// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TranscodeJob on real videos made with `ffmpeg`: HDR → SDR, VFR → CFR, compression to a
// budget, MOV → MP4 without re-encoding, cancel, stale .part files, and where output may go.

#include "../media/GeneratedMedia.h"
#include "media/FormatSniffer.h"
#include "media/Thumbnailer.h"
#include "rules/MediaRules.h"
#include "transcode/FixProbe.h"
#include "transcode/MediaFixPlan.h"
#include "transcode/TranscodeJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavformat/avformat.h>
}

using namespace tokdeck;

namespace {

// Each video packet's bytes, in order (equal hashes mean untouched pictures), and the steps
// between decode timestamps (one step: a constant frame rate).
struct VideoPackets
{
    QByteArray hash;
    QSet<qint64> steps;
    int count = 0;
};

VideoPackets videoPackets(const QString &path)
{
    VideoPackets result;
    AVFormatContext *context = nullptr;
    if (avformat_open_input(&context, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return result;
    avformat_find_stream_info(context, nullptr);
    const int video = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    AVPacket *packet = av_packet_alloc();
    int64_t previousDts = AV_NOPTS_VALUE;
    while (video >= 0 && av_read_frame(context, packet) >= 0) {
        if (packet->stream_index == video) {
            hash.addData(
                QByteArrayView(reinterpret_cast<const char *>(packet->data), packet->size));
            if (previousDts != AV_NOPTS_VALUE && packet->dts != AV_NOPTS_VALUE)
                result.steps.insert(packet->dts - previousDts);
            previousDts = packet->dts;
            ++result.count;
        }
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    avformat_close_input(&context);
    result.hash = hash.result();
    return result;
}

} // namespace

class TestTranscodeVideo : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString in(const QString &name) const { return dir_.filePath(QStringLiteral("in/") + name); }
    QString out() const { return dir_.filePath(QStringLiteral("fixed")); }

    // Runs the plan to its end and returns the result.
    TranscodeResult fix(const QString &path, const MediaFixPlan &plan,
                        QList<int> *percents = nullptr)
    {
        TranscodeJob job(path, plan, out());
        QSignalSpy finished(&job, &TranscodeJob::finished);
        QSignalSpy progress(&job, &TranscodeJob::progress);
        job.start();
        if (!finished.wait(120'000))
            return {};
        if (percents) {
            for (const QList<QVariant> &call : progress)
                percents->append(call.at(0).toInt());
        }
        return job.result();
    }

    void generate(const QStringList &arguments)
    {
        const QString error = test::runFfmpeg(arguments);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("the ffmpeg tool is needed to make test videos");
        QVERIFY(dir_.isValid());
        QVERIFY(QDir().mkpath(dir_.filePath(QStringLiteral("in"))));
    }

    void hdrBecomesEightBitSdrH264()
    {
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=360x640:r=30:d=1"), QStringLiteral("-c:v"),
                  QStringLiteral("libx265"), QStringLiteral("-x265-params"),
                  QStringLiteral("log-level=error"), QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p10le"), QStringLiteral("-color_trc"),
                  QStringLiteral("smpte2084"), QStringLiteral("-color_primaries"),
                  QStringLiteral("bt2020"), QStringLiteral("-colorspace"),
                  QStringLiteral("bt2020nc"), in(QStringLiteral("hdr.mp4"))});
        const FixFacts before = FixProbe::probe(in(QStringLiteral("hdr.mp4")));
        QVERIFY(before.hdr);
        QCOMPARE(before.bitDepth, 10);
        const MediaFixPlan plan = MediaFixPlan::make(before);
        QVERIFY(plan.toneMap);

        QList<int> percents;
        const TranscodeResult result = fix(in(QStringLiteral("hdr.mp4")), plan, &percents);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.done.contains(QStringLiteral("Convert HDR to SDR")));
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));

        const FixFacts after = FixProbe::probe(result.outputPath);
        QCOMPARE(after.info.codec, QStringLiteral("h264"));
        QCOMPARE(after.pixelFormat, QStringLiteral("yuv420p"));
        QCOMPARE(after.bitDepth, 8);
        QCOMPARE(after.transfer, QStringLiteral("bt709"));
        QCOMPARE(after.primaries, QStringLiteral("bt709"));
        QVERIFY(!after.hdr);
        QVERIFY(qAbs(after.info.durationSeconds - before.info.durationSeconds) <= 0.1);
        // The picture survived the tone curve: not a flat black or white frame.
        const QImage frame = Thumbnailer::posterFrame(result.outputPath, QSize(180, 320));
        QVERIFY(!frame.isNull());
        QVERIFY(test::pixelVariance(frame) > 1000);
    }

    void variableFrameRateBecomesConstant()
    {
        // 30 fps for a second, then every third frame: 10 fps.
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=360x640:r=30:d=2"), QStringLiteral("-vf"),
                  QStringLiteral("select='lt(n\\,30)+not(mod(n\\,3))'"), QStringLiteral("-vsync"),
                  QStringLiteral("vfr"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                  in(QStringLiteral("vfr.mp4"))});
        const FixFacts before = FixProbe::probe(in(QStringLiteral("vfr.mp4")));
        QVERIFY(before.variableFrameRate);
        QVERIFY(videoPackets(in(QStringLiteral("vfr.mp4"))).steps.size() > 1);
        const MediaFixPlan plan = MediaFixPlan::make(before);
        QVERIFY(plan.has(MediaFixPlan::Step::ConstantFrameRate));

        const TranscodeResult result = fix(in(QStringLiteral("vfr.mp4")), plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        const FixFacts after = FixProbe::probe(result.outputPath);
        QVERIFY(!after.variableFrameRate);
        const VideoPackets packets = videoPackets(result.outputPath);
        QCOMPARE(packets.steps.size(), 1); // every frame lasts the same
        QVERIFY(!hasRejection(MediaRules::check(after.info)));
        QVERIFY(qAbs(after.info.durationSeconds - before.info.durationSeconds) <= 0.1);
    }

    void overTheBudgetIsCompressedUnderIt()
    {
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=540x960:r=30:d=3"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=d=3"),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                  QStringLiteral("ultrafast"), QStringLiteral("-qp"), QStringLiteral("0"),
                  QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest"),
                  in(QStringLiteral("big.mp4"))});
        constexpr qint64 budget = 1024 * 1024;
        const FixFacts before = FixProbe::probe(in(QStringLiteral("big.mp4")));
        QVERIFY2(before.info.fileSize > 2 * budget,
                 qPrintable(QString::number(before.info.fileSize)));
        const MediaFixPlan plan = MediaFixPlan::make(before, budget);
        QVERIFY(plan.has(MediaFixPlan::Step::Compress));

        const TranscodeResult result = fix(in(QStringLiteral("big.mp4")), plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.outputBytes <= budget, qPrintable(QString::number(result.outputBytes)));
        const FixFacts after = FixProbe::probe(result.outputPath);
        QVERIFY(!hasRejection(MediaRules::check(after.info)));
        QCOMPARE(after.info.width, before.info.width); // the bitrate carries this size
        QCOMPARE(after.audioCodec, QStringLiteral("aac"));
        QVERIFY2(qAbs(after.info.durationSeconds - before.info.durationSeconds) <= 0.1,
                 qPrintable(QString::number(after.info.durationSeconds)));
        qInfo("compressed %lld → %lld bytes", before.info.fileSize, result.outputBytes);
    }

    void movWithGoodCodecsIsRemuxedUntouched()
    {
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=360x640:r=30:d=1"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=d=1"),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-c:a"),
                  QStringLiteral("aac"), QStringLiteral("-shortest"),
                  in(QStringLiteral("clip.mov"))});
        const FixFacts before = FixProbe::probe(in(QStringLiteral("clip.mov")));
        QCOMPARE(before.info.format, MediaFormat::Mov);
        const MediaFixPlan plan = MediaFixPlan::make(before);
        QCOMPARE(plan.kind, MediaFixPlan::Kind::Remux);

        const TranscodeResult result = fix(in(QStringLiteral("clip.mov")), plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(FormatSniffer::sniffFile(result.outputPath), MediaFormat::Mp4);
        const VideoPackets original = videoPackets(in(QStringLiteral("clip.mov")));
        const VideoPackets copy = videoPackets(result.outputPath);
        QVERIFY(original.count > 0);
        QCOMPARE(copy.count, original.count);
        QCOMPARE(copy.hash, original.hash);
        QCOMPARE(FixProbe::probe(result.outputPath).audioCodec, QStringLiteral("aac"));
    }

    void reencodedVideoIsTurnedUpright()
    {
        // Stored 640×360 with "turn 90° to show": a phone held upright. FFmpeg 5.1 writes the
        // display matrix only when copying, hence two steps.
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=640x360:r=30:d=1"), QStringLiteral("-c:v"),
                  QStringLiteral("mpeg4"), in(QStringLiteral("landscape.mp4"))});
        generate({QStringLiteral("-i"), in(QStringLiteral("landscape.mp4")), QStringLiteral("-c"),
                  QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"),
                  QStringLiteral("rotate=270"), in(QStringLiteral("sideways.mp4"))});
        const FixFacts before = FixProbe::probe(in(QStringLiteral("sideways.mp4")));
        QCOMPARE(before.rotation, 90);
        QCOMPARE(before.info.width, 360); // as shown
        const MediaFixPlan plan = MediaFixPlan::make(before);
        QVERIFY(plan.has(MediaFixPlan::Step::Upright));

        const TranscodeResult result = fix(in(QStringLiteral("sideways.mp4")), plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        const FixFacts after = FixProbe::probe(result.outputPath);
        QCOMPARE(after.rotation, 0);
        QCOMPARE(after.codedWidth, 360); // the pixels themselves stand upright
        QCOMPARE(after.codedHeight, 640);
        // Turned the way the matrix said: the same picture as the original shown rotated.
        const QImage shown =
            Thumbnailer::posterFrame(in(QStringLiteral("sideways.mp4")), {90, 160});
        const QImage fixed = Thumbnailer::posterFrame(result.outputPath, {90, 160});
        QCOMPARE(fixed.size(), shown.size());
        int far = 0;
        for (int y = 4; y < shown.height(); y += 8) {
            for (int x = 4; x < shown.width(); x += 8)
                far += test::closeTo(fixed.pixelColor(x, y), shown.pixelColor(x, y), 60) ? 0 : 1;
        }
        QVERIFY2(far <= 20, qPrintable(QString::number(far)));
    }

    void cancelStopsQuicklyAndLeavesNothing()
    {
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=720x1280:r=30:d=4"), QStringLiteral("-c:v"),
                  QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("4"),
                  in(QStringLiteral("long.mp4"))});
        const MediaFixPlan plan =
            MediaFixPlan::make(FixProbe::probe(in(QStringLiteral("long.mp4"))));
        QCOMPARE(plan.kind, MediaFixPlan::Kind::Reencode);
        TranscodeJob job(in(QStringLiteral("long.mp4")), plan, out());
        QSignalSpy progress(&job, &TranscodeJob::progress);
        QSignalSpy finished(&job, &TranscodeJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 5, 60'000);
        QVERIFY(QFile::exists(job.partPath()));
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QVERIFY(finished.wait(10'000));
        const qint64 stopMs = clock.elapsed();
        qInfo("cancel → finished in %lld ms", stopMs);
        QVERIFY2(stopMs < 2000, qPrintable(QString::number(stopMs)));
        QVERIFY(job.result().cancelled);
        QVERIFY(!job.result().ok);
        QVERIFY(job.result().error.isEmpty());
        QVERIFY(!QFile::exists(job.partPath()));
        QVERIFY(!QFile::exists(job.outputPath()));
    }

    void stalePartFileIsRemovedAndNeverUsed()
    {
        const QString mov = in(QStringLiteral("clip.mov"));
        QVERIFY(QFile::exists(mov));
        const MediaFixPlan plan = MediaFixPlan::make(FixProbe::probe(mov));
        const QString finalPath = TranscodeJob::outputPathFor(mov, plan, out());
        QFile::remove(finalPath);
        QVERIFY(QDir().mkpath(out()));
        QFile stale(finalPath + QStringLiteral(".part"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(4096, 'x')); // what a killed job might leave
        stale.close();

        TranscodeJob job(mov, plan, out());
        QCOMPARE(job.partPath(), stale.fileName());
        job.start();
        QSignalSpy finished(&job, &TranscodeJob::finished);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(job.result().ok, qPrintable(job.result().error));
        QVERIFY(!QFile::exists(stale.fileName()));
        QCOMPARE(videoPackets(finalPath).hash, videoPackets(mov).hash);
    }

    void refusesToWriteNextToTheOriginal()
    {
        const QString mov = in(QStringLiteral("clip.mov"));
        const MediaFixPlan plan = MediaFixPlan::make(FixProbe::probe(mov));
        TranscodeJob job(mov, plan, dir_.filePath(QStringLiteral("in")));
        QSignalSpy finished(&job, &TranscodeJob::finished);
        job.start();
        QVERIFY(finished.wait(10'000));
        QVERIFY(!job.result().ok);
        QVERIFY(job.result().error.contains(QStringLiteral("clip.mov")));
        QVERIFY(!QFile::exists(in(QStringLiteral("clip.mp4"))));
    }
};

QTEST_GUILESS_MAIN(TestTranscodeVideo)
#include "tst_transcodevideo.moc"
