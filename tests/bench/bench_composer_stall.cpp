// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The GUI thread must never stall on media: drop 50 images and a ~100 MB video on the composer
// and print the longest gap between ticks of a 1 ms timer on the GUI thread while everything is
// probed and thumbnailed (target: under 50 ms).

#include "TestMedia.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "models/MediaListModel.h"
#include "storage/StorageWorker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace tokdeck;

namespace {
// Longest time between two event-loop turns while `work` runs, in ms.
template<class Done> double longestStall(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    ticker.start(1);
    (void)QTest::qWaitFor(done, timeoutMs);
    return double(longest) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QStringList images;
    for (int i = 0; i < 50; ++i) {
        const QString path = dir.filePath(QStringLiteral("image-%1.jpg").arg(i));
        QFile::copy(
            test::dataFile(i % 2 ? QStringLiteral("portrait.jpg") : QStringLiteral("square.jpg")),
            path);
        images.append(path);
    }
    const QString video = dir.filePath(QStringLiteral("big.mp4"));
    QElapsedTimer encode;
    encode.start();
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                  QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("testsrc2=size=1080x1920:rate=30,noise=alls=30:allf=t"),
                  QStringLiteral("-t"), QStringLiteral("20"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                  QStringLiteral("-b:v"), QStringLiteral("38M"), QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"), video});
    if (!ffmpeg.waitForFinished(600'000) || ffmpeg.exitCode() != 0) {
        std::printf("skipped=ffmpeg could not make the test video\n");
        return 0;
    }
    std::printf("video_mb=%.1f (made in %.1f s)\n", double(QFileInfo(video).size()) / 1048576.0,
                double(encode.elapsed()) / 1000.0);

    StorageWorker storage(dir.filePath(QStringLiteral("bench.sqlite")));
    storage.open().waitForFinished();
    DraftEditor editor(&storage, nullptr);
    ComposerWidget composer(&editor, Clock::system());
    composer.resize(1100, 800);
    composer.show();
    // The first paint of a new window (fonts, style: about 30 ms here) is not what is measured:
    // the user drops files on a composer that is already on screen.
    (void)QTest::qWaitForWindowExposed(&composer);
    QTest::qWait(300);

    editor.newDraft();
    QElapsedTimer imagesTimer;
    imagesTimer.start();
    const double imagesStall = longestStall(
        [&] {
            if (editor.media()->rowCount() == 0)
                editor.addFiles(images);
            return editor.media()->rowCount() > 0 && editor.media()->allInspected();
        },
        120'000);
    std::printf("images_50_inspected_ms=%lld\nimages_50_longest_gui_stall_ms=%.1f\n",
                imagesTimer.elapsed(), imagesStall);

    editor.newDraft();
    QElapsedTimer videoTimer;
    videoTimer.start();
    const double videoStall = longestStall(
        [&] {
            if (editor.media()->rowCount() == 0)
                editor.addFiles({video});
            return editor.media()->rowCount() > 0 && editor.media()->allInspected();
        },
        120'000);
    std::printf("video_100mb_probe_and_poster_ms=%lld\nvideo_100mb_longest_gui_stall_ms=%.1f\n",
                videoTimer.elapsed(), videoStall);
    return 0;
}
