// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Prints how long app/media takes on a ~100 MB phone-sized video and on 50 large photos, and
// the memory it needs: figures as `name=value` lines, one per line.

#include "GeneratedMedia.h"
#include "media/ContentHash.h"
#include "media/MediaInspector.h"
#include "media/MediaProbe.h"
#include "media/Thumbnailer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace tokdeck;

namespace {

QTextStream out(stdout);

void print(const char *name, double value)
{
    out << name << '=' << QString::number(value, 'f', 1) << Qt::endl;
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

// Wall time of one call, in ms.
double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (test::ffmpegProgram().isEmpty()) {
        out << "skipped: ffmpeg is not installed" << Qt::endl;
        return 0;
    }
    QTemporaryDir dir;
    print("peak_rss_start_kib", double(peakRssKiB()));

    // --- 50 phone photos (12 MP JPEGs), inspected at once -------------------------------------
    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    QString failure =
        test::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                         QStringLiteral("testsrc2=size=3024x4032"), QStringLiteral("-frames:v"),
                         QStringLiteral("1"), QStringLiteral("-q:v"), QStringLiteral("3"), photo});
    if (!failure.isEmpty()) {
        out << "ffmpeg failed: " << failure << Qt::endl;
        return 1;
    }
    QStringList photos;
    for (int i = 0; i < 50; ++i) {
        photos.append(dir.filePath(QStringLiteral("photo%1.jpg").arg(i)));
        QFile::copy(photo, photos.constLast());
    }
    print("image_bytes", double(QFileInfo(photo).size()));
    print("image_thumbnail_256_ms", timed([&] { Thumbnailer::imageThumbnail(photo, {256, 256}); }));
    print("image_probe_ms", timed([&] { MediaProbe::probe(photo); }));
    {
        MediaInspector inspector;
        int failed = 0;
        print("images_50_inspect_ms", timed([&] {
                  QList<QFuture<MediaInspection>> futures;
                  for (const QString &path : std::as_const(photos))
                      futures.append(inspector.inspect(path, {256, 256}));
                  for (const QFuture<MediaInspection> &future : futures)
                      failed += future.result().thumbnail.isNull() ? 1 : 0;
              }));
        print("images_50_failed", failed);
    }
    print("peak_rss_after_images_kib", double(peakRssKiB()));

    // --- one ~100 MB H.264 1080x1920 video -------------------------------------------------
    const QString video = dir.filePath(QStringLiteral("big.mp4"));
    const double generateMs = timed([&] {
        failure = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=1080x1920:rate=30:duration=22"), QStringLiteral("-c:v"),
             QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
             QStringLiteral("-b:v"), QStringLiteral("40M"), QStringLiteral("-maxrate"),
             QStringLiteral("40M"), QStringLiteral("-bufsize"), QStringLiteral("40M"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video});
    });
    if (!failure.isEmpty()) {
        out << "ffmpeg failed: " << failure << Qt::endl;
        return 1;
    }
    print("video_generate_ms", generateMs);
    print("video_bytes", double(QFileInfo(video).size()));

    QList<double> probes, posters;
    MediaInfo info;
    for (int i = 0; i < 5; ++i)
        probes.append(timed([&] { info = MediaProbe::probe(video); }));
    print("probe_100mb_ms_first", probes.constFirst());
    print("probe_100mb_ms", median(probes));
    if (!info.probed)
        out << "probe failed" << Qt::endl;
    QImage poster;
    for (int i = 0; i < 5; ++i)
        posters.append(timed([&] { poster = Thumbnailer::posterFrame(video, {320, 320}); }));
    print("poster_frame_100mb_ms_first", posters.constFirst());
    print("poster_frame_100mb_ms", median(posters));
    if (poster.isNull())
        out << "poster frame failed" << Qt::endl;

    QByteArray hash;
    const double hashMs = timed([&] { hash = ContentHash::sha256Hex(video); });
    print("sha256_100mb_ms", hashMs);
    print("sha256_mib_per_s",
          double(QFileInfo(video).size()) / (1024.0 * 1024.0) / (hashMs / 1000.0));
    print("peak_rss_after_video_kib", double(peakRssKiB()));
    // For comparison: the same file read in 1 MiB chunks (ContentHash streams via
    // QCryptographicHash::addData(QIODevice *), which reads 1 KiB at a time).
    print("sha256_1mib_chunks_100mb_ms", timed([&] {
              QFile file(video);
              file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
              QCryptographicHash chunked(QCryptographicHash::Sha256);
              QByteArray chunk(1024 * 1024, Qt::Uninitialized);
              for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;)
                  chunked.addData(QByteArrayView(chunk.constData(), n));
              if (chunked.result().toHex() != hash)
                  out << "hash mismatch" << Qt::endl;
          }));

    // Last, so its 48 MB picture does not count in the peaks above: what a photo costs when
    // decoded at full size instead of through QImageReader::setScaledSize().
    print("image_full_decode_ms", timed([&] { QImage full(photo); }));
    print("peak_rss_after_full_decode_kib", double(peakRssKiB()));
    return 0;
}
