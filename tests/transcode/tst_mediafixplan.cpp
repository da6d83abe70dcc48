// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// MediaFixPlan's decisions from given facts: which fix, which label, what cannot be fixed.

#include "rules/ContractLimits.h"
#include "transcode/MediaFixPlan.h"

#include <QTest>

using namespace tokdeck;
using Kind = MediaFixPlan::Kind;
using Step = MediaFixPlan::Step;

namespace {

FixFacts video(MediaFormat format = MediaFormat::Mp4)
{
    FixFacts facts;
    facts.info.path = QStringLiteral("/videos/clip.mov");
    facts.info.format = format;
    facts.info.probed = true;
    facts.info.fileSize = 10 * 1024 * 1024;
    facts.info.width = 1080;
    facts.info.height = 1920;
    facts.info.frameRate = 30;
    facts.info.durationSeconds = 20;
    facts.info.codec = QStringLiteral("h264");
    facts.pixelFormat = QStringLiteral("yuv420p");
    facts.bitDepth = 8;
    facts.fpsNum = 30;
    facts.audioCodec = QStringLiteral("aac");
    facts.audioBitRate = 128'000;
    return facts;
}

FixFacts image(MediaFormat format, int width, int height)
{
    FixFacts facts;
    facts.info.path = QStringLiteral("/photos/photo.png");
    facts.info.format = format;
    facts.info.probed = true;
    facts.info.fileSize = 1024 * 1024;
    facts.info.width = width;
    facts.info.height = height;
    return facts;
}

} // namespace

class TestMediaFixPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodMp4NeedsNothing()
    {
        const MediaFixPlan plan = MediaFixPlan::make(video());
        QCOMPARE(plan.kind, Kind::Nothing);
        QVERIFY(plan.labels.isEmpty());
        QVERIFY(!plan.needed());
    }

    void movWithGoodCodecsIsRemuxed()
    {
        const MediaFixPlan plan = MediaFixPlan::make(video(MediaFormat::Mov));
        QCOMPARE(plan.kind, Kind::Remux);
        QVERIFY(plan.copyVideo);
        QCOMPARE(plan.audio, MediaFixPlan::Audio::Copy);
        QCOMPARE(plan.labels, QStringList{QStringLiteral("Convert to MP4 (no re-encode)")});
        QCOMPARE(plan.outputSuffix, QStringLiteral("mp4"));
    }

    void pcmSoundInMovIsEncodedButPictureCopied()
    {
        FixFacts facts = video(MediaFormat::Mov);
        facts.audioCodec = QStringLiteral("pcm_s16le");
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Remux);
        QVERIFY(plan.copyVideo);
        QCOMPARE(plan.audio, MediaFixPlan::Audio::Encode);
    }

    void hdrIsToneMapped()
    {
        FixFacts facts = video();
        facts.info.codec = QStringLiteral("hevc");
        facts.pixelFormat = QStringLiteral("yuv420p10le");
        facts.bitDepth = 10;
        facts.hdr = true;
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Reencode);
        QVERIFY(plan.toneMap);
        QVERIFY(!plan.copyVideo);
        QVERIFY(plan.labels.contains(QStringLiteral("Convert HDR to SDR")));
    }

    void variableFrameRateBecomesConstant()
    {
        FixFacts facts = video();
        facts.variableFrameRate = true;
        facts.fpsNum = 29;
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Reencode);
        QVERIFY(plan.has(Step::ConstantFrameRate));
        QCOMPARE(plan.fpsNum, 29);
        QCOMPARE(plan.fpsDen, 1);
    }

    void oversizeIsCompressedToTheBudgetAndKeeps1080p()
    {
        FixFacts facts = video();
        facts.info.fileSize = 300LL * 1024 * 1024;
        facts.info.durationSeconds = 120;
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Reencode);
        QVERIFY(plan.labels.contains(QStringLiteral("Compress to 95 MB")));
        // 95 MiB over 120 s leaves ~6.4 Mbit/s for the picture: plenty for 1080p.
        QVERIFY(plan.videoBitRate > 5'000'000);
        QVERIFY(plan.videoBitRate * 120 / 8 < MediaFixPlan::defaultBudgetBytes);
        QCOMPARE(plan.width, 1080);
    }

    void aLongOversizeVideoDropsTo720pNotBelow()
    {
        FixFacts facts = video();
        facts.info.fileSize = 900LL * 1024 * 1024;
        facts.info.durationSeconds = 590;
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Reencode);
        QCOMPARE(plan.width, 720);
        QCOMPARE(plan.height, 1280);
        QVERIFY(plan.labels.contains(QStringLiteral("Shrink to 720×1280")));
    }

    void tooLongOrTooSmallCannotBeFixed()
    {
        FixFacts facts = video();
        facts.info.durationSeconds = limits::maxVideoSeconds + 5;
        MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Unfixable);
        QVERIFY(plan.blockers.value(0).contains(QStringLiteral("clip.mov")));

        facts = video();
        facts.info.width = 200;
        facts.info.height = 300;
        plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Unfixable);
    }

    void rotatedVideoIsTurnedWhenReencoded()
    {
        FixFacts facts = video();
        facts.rotation = 90;
        facts.info.codec = QStringLiteral("mpeg4");
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.rotation, 90);
        QVERIFY(plan.labels.contains(QStringLiteral("Turn upright")));
        QVERIFY(plan.labels.contains(QStringLiteral("Convert to H.264")));
    }

    void bigPngBecomesA1080Jpeg()
    {
        const MediaFixPlan plan = MediaFixPlan::make(image(MediaFormat::Png, 4000, 6000));
        QCOMPARE(plan.kind, Kind::Image);
        QCOMPARE(plan.width, 1080);
        QCOMPARE(plan.height, 1620);
        QCOMPARE(plan.labels, (QStringList{QStringLiteral("Convert to JPEG"),
                                           QStringLiteral("Shrink to 1080×1620")}));
        QCOMPARE(plan.outputSuffix, QStringLiteral("jpg"));
    }

    void uprightSmallJpegNeedsNothing()
    {
        QCOMPARE(MediaFixPlan::make(image(MediaFormat::Jpeg, 1080, 1920)).kind, Kind::Nothing);
    }

    void unreadableFileIsUnfixable()
    {
        FixFacts facts;
        facts.info.path = QStringLiteral("/x/notes.txt");
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, Kind::Unfixable);
        QVERIFY(plan.blockers.value(0).contains(QStringLiteral("notes.txt")));
    }
};

QTEST_GUILESS_MAIN(TestMediaFixPlan)
#include "tst_mediafixplan.moc"
