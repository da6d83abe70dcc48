// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile files at every media intake path: a FIFO (which used to hang the probe, the
// composer's inspection and the app's quit for good), a socket, a folder, /dev/zero, a
// missing file; a PNG that claims 20000×20000 px; FFmpeg's whitelist. Each must be refused at
// once, naming what it is.

#include "GeneratedMedia.h"
#include "SpecialFiles.h"
#include "TestMedia.h"
#include "media/ContentHash.h"
#include "media/DecodeLimits.h"
#include "media/FfmpegSupport.h"
#include "media/FormatSniffer.h"
#include "media/LocalFileCheck.h"
#include "media/MediaInspector.h"
#include "media/MediaProbe.h"
#include "media/Thumbnailer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
// Generous: refusing is a stat() and an open(); a loaded CI machine still does it in ms.
constexpr qint64 refuseWithinMs = 1000;
} // namespace

class TestSpecialFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<test::UnixSocketFile> socket;
    QList<test::SpecialFile> files;

    void addRows()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        for (const test::SpecialFile &file : std::as_const(files))
            QTest::newRow(file.tag) << file.path << file.kind;
    }

    static void report(const char *what, const QElapsedTimer &timer)
    {
        qInfo("%s refused %s in %.2f ms", what, QTest::currentDataTag(),
              double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(timer.elapsed() < refuseWithinMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        files = test::makeSpecialFiles(dir.path(), socket);
        QCOMPARE(files.size(), 5); // fifo, socket, folder, device, missing
    }

    void check_data() { addRows(); }
    void check()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QElapsedTimer timer;
        timer.start();
        const auto refusal = LocalFileCheck::checkRegularFile(path);
        report("checkRegularFile", timer);
        QVERIFY(refusal);
        QVERIFY2(refusal->contains(kind), qPrintable(*refusal));
        QVERIFY(!LocalFileCheck::checkRegularFile(test::dataFile(QStringLiteral("vertical.mp4"))));
    }

    void sniffer_data() { addRows(); }
    void sniffer()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QElapsedTimer timer;
        timer.start();
        QString reason;
        QCOMPARE(FormatSniffer::sniffFile(path, &reason), MediaFormat::Unknown);
        report("FormatSniffer", timer);
        QVERIFY2(reason.contains(kind), qPrintable(reason));
    }

    void probe_data() { addRows(); }
    void probe()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QElapsedTimer timer;
        timer.start();
        QString error;
        const MediaInfo info = MediaProbe::probe(path, &error);
        report("MediaProbe", timer);
        QVERIFY(!info.probed);
        QVERIFY2(error.contains(kind), qPrintable(error));
    }

    void thumbnailer_data() { addRows(); }
    void thumbnailer()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QElapsedTimer timer;
        timer.start();
        QString videoError;
        QString imageError;
        QVERIFY(Thumbnailer::posterFrame(path, {64, 64}, &videoError).isNull());
        QVERIFY(Thumbnailer::imageThumbnail(path, {64, 64}, &imageError).isNull());
        report("Thumbnailer", timer);
        QVERIFY2(videoError.contains(kind), qPrintable(videoError));
        QVERIFY2(imageError.contains(kind), qPrintable(imageError));
    }

    void contentHash_data() { addRows(); }
    void contentHash()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(ContentHash::sha256Hex(path, &error).isEmpty());
        report("ContentHash", timer);
        QVERIFY2(error.contains(kind), qPrintable(error));
    }

    void inspector_data() { addRows(); }
    void inspector()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QElapsedTimer timer;
        timer.start();
        MediaInspector inspector;
        QFuture<MediaInspection> future = inspector.inspect(path, {64, 64});
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
        report("MediaInspector", timer);
        QVERIFY2(future.result().error.contains(kind), qPrintable(future.result().error));
    }

    void inspectorQuitsWhileAFifoIsPending()
    {
        // The app's quit destroys the inspector; it waits for running inspections. A FIFO
        // used to keep one running forever.
        QElapsedTimer timer;
        timer.start();
        {
            MediaInspector inspector;
            for (int i = 0; i < 4; ++i)
                inspector.inspect(files.first().path, {64, 64});
        } // ~MediaInspector
        qInfo("inspector destroyed with FIFOs pending in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < refuseWithinMs);
    }

    void pngBombRefusedFromItsHeader()
    {
        const QString path = dir.filePath(QStringLiteral("bomb.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::pngBomb(20000, 20000));
        file.close();
        QElapsedTimer timer;
        timer.start();
        QString probeError;
        const MediaInfo info = MediaProbe::probe(path, &probeError);
        const qint64 probeNs = timer.nsecsElapsed();
        QString thumbError;
        QVERIFY(Thumbnailer::imageThumbnail(path, {64, 64}, &thumbError).isNull());
        MediaInspection inspection = MediaInspector::inspectNow(path, {64, 64});
        qInfo("PNG bomb (20000x20000) refused: probe %.2f ms, probe + thumbnail + inspection "
              "%.2f ms",
              double(probeNs) / 1e6, double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(info.format, MediaFormat::Png);
        QVERIFY(!info.probed);
        for (const QString &error : {probeError, thumbError, inspection.error}) {
            QVERIFY2(error.contains(QStringLiteral("bomb.png"))
                         && error.contains(QString::number(DecodeLimits::maxSide)),
                     qPrintable(error));
        }
        QVERIFY(inspection.thumbnail.isNull());
        QVERIFY(timer.elapsed() < 500); // decoding it took 3.9 s of CPU
    }

    void wideVideoRefusedBeforeDecoding()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("ffmpeg is not installed (packaging/debian/build-deps.txt lists it)");
        // 16400×16: a few kilobytes, but wider than any decoder here is allowed to allocate.
        const QString path = dir.filePath(QStringLiteral("wide.mov"));
        const QString made = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("color=c=red:s=16400x16:d=0.04:r=25"), QStringLiteral("-c:v"),
             QStringLiteral("mjpeg"), QStringLiteral("-frames:v"), QStringLiteral("1"), path});
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QString probeError;
        QVERIFY(!MediaProbe::probe(path, &probeError).probed);
        QString posterError;
        QVERIFY(Thumbnailer::posterFrame(path, {64, 64}, &posterError).isNull());
        for (const QString &error : {probeError, posterError})
            QVERIFY2(error.contains(QStringLiteral("16400×16"))
                         && error.contains(QString::number(DecodeLimits::maxSide)),
                     qPrintable(error));
    }

    void ffmpegTakesOnlyMp4AndMov()
    {
        // A WAV header is a container FFmpeg knows; it is not one Tokdeck takes.
        const QString wav = dir.filePath(QStringLiteral("sound.mp4"));
        QFile file(wav);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray header("RIFF\x24\x10\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00"
                          "\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00data\x00\x10\x00\x00",
                          44);
        file.write(header + QByteArray(4096, '\0'));
        file.close();
        QString reason;
        QVERIFY(!ffmpeg::openInput(wav, &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY2(ffmpeg::openInput(test::dataFile(QStringLiteral("vertical.mp4")), &reason),
                 qPrintable(reason));
        QVERIFY(ffmpeg::openInput(test::dataFile(QStringLiteral("landscape.mov")), &reason));
    }
};

QTEST_GUILESS_MAIN(TestSpecialFiles)
#include "tst_specialfiles.moc"
