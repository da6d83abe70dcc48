// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Image fixes on real files: HEIC (made with libheif's own encoder) → JPEG, a 4000×6000 PNG →
// a JPEG with a 1080 px short side, a JPEG stored sideways with EXIF orientation 6 → upright.

#include "../media/GeneratedHeic.h"
#include "../media/GeneratedMedia.h"
#include "media/FormatSniffer.h"
#include "rules/MediaRules.h"
#include "transcode/FixProbe.h"
#include "transcode/MediaFixPlan.h"
#include "transcode/TranscodeJob.h"

#include <QFile>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestTranscodeImage : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;

    TranscodeResult fix(const QString &path, const MediaFixPlan &plan)
    {
        TranscodeJob job(path, plan, dir_.filePath(QStringLiteral("fixed")));
        QSignalSpy finished(&job, &TranscodeJob::finished);
        job.start();
        if (!finished.wait(60'000))
            return {};
        return job.result();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void heicBecomesJpeg()
    {
        if (!heif_have_encoder_for_format(heif_compression_HEVC))
            QSKIP("this libheif has no HEVC encoder, so no HEIC test file can be made");
        const QString path = dir_.filePath(QStringLiteral("photo.heic"));
        QVERIFY(test::writeHeic(path, test::twoHalves(QSize(720, 1280), Qt::red, Qt::blue)));
        const FixFacts facts = FixProbe::probe(path);
        QVERIFY(facts.heif);
        QCOMPARE(facts.info.width, 720);
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QCOMPARE(plan.kind, MediaFixPlan::Kind::Image);
        QVERIFY(plan.labels.contains(QStringLiteral("Convert to JPEG")));

        const TranscodeResult result = fix(path, plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.outputPath.endsWith(QStringLiteral("photo.jpg")));
        QCOMPARE(FormatSniffer::sniffFile(result.outputPath), MediaFormat::Jpeg);
        const QImage fixed(result.outputPath);
        QCOMPARE(fixed.size(), QSize(720, 1280));
        QVERIFY(test::closeTo(fixed.pixelColor(100, 640), Qt::red));
        QVERIFY(test::closeTo(fixed.pixelColor(620, 640), Qt::blue));
        QVERIFY(!hasRejection(MediaRules::check(FixProbe::probe(result.outputPath).info)));
    }

    void hugePngBecomesA1080Jpeg()
    {
        const QString path = dir_.filePath(QStringLiteral("poster.png"));
        QVERIFY(test::twoHalves(QSize(4000, 6000), Qt::green, Qt::white).save(path, "PNG", 0));
        const MediaFixPlan plan = MediaFixPlan::make(FixProbe::probe(path));
        QVERIFY(plan.labels.contains(QStringLiteral("Shrink to 1080×1620")));

        const TranscodeResult result = fix(path, plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(FormatSniffer::sniffFile(result.outputPath), MediaFormat::Jpeg);
        QCOMPARE(QImageReader(result.outputPath).size(), QSize(1080, 1620));
        const ValidationIssues issues = MediaRules::check(FixProbe::probe(result.outputPath).info);
        QVERIFY(!hasRejection(issues));
    }

    void exifRotatedJpegIsWrittenUpright()
    {
        // Stored landscape, red left and blue right; orientation 6 shows it turned clockwise:
        // red on top, blue below.
        const QString path = dir_.filePath(QStringLiteral("sideways.jpg"));
        QVERIFY(test::writeJpegWithOrientation(
            path, test::twoHalves(QSize(1280, 720), Qt::red, Qt::blue), 6));
        const FixFacts facts = FixProbe::probe(path);
        QVERIFY(facts.imageTurned);
        const MediaFixPlan plan = MediaFixPlan::make(facts);
        QVERIFY(plan.has(MediaFixPlan::Step::Upright));

        const TranscodeResult result = fix(path, plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QImageReader raw(result.outputPath);
        raw.setAutoTransform(false); // the pixels themselves are upright, no tag needed
        const QImage fixed = raw.read();
        QCOMPARE(fixed.size(), QSize(720, 1280));
        QVERIFY(test::closeTo(fixed.pixelColor(360, 100), Qt::red));
        QVERIFY(test::closeTo(fixed.pixelColor(360, 1180), Qt::blue));
        QVERIFY(!FixProbe::probe(result.outputPath).imageTurned);
    }
};

QTEST_MAIN(TestTranscodeImage)
#include "tst_transcodeimage.moc"
