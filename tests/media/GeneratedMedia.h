// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Media made at test time (header-only, shared by the tests in this folder): videos with the
// `ffmpeg` command, and a JPEG with an EXIF orientation written by hand.

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QtEndian>

namespace tokdeck::test {

inline QString ffmpegProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

// Runs ffmpeg (overwriting, quiet); returns an empty string on success, else what went wrong.
inline QString runFfmpeg(const QStringList &arguments, int timeoutMs = 180'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ffmpegProgram(),
                  QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                              QStringLiteral("error"), QStringLiteral("-y")}
                      + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("ffmpeg did not finish: ") + process.errorString();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAll());
    return {};
}

// A JPEG of `image` as stored, carrying an EXIF APP1 segment whose only tag is Orientation
// (1..8; 6 = "turn 90° clockwise to show", what a phone held upright writes).
inline bool writeJpegWithOrientation(const QString &path, const QImage &image, quint16 orientation)
{
    QBuffer jpeg;
    jpeg.open(QIODevice::WriteOnly);
    if (!image.save(&jpeg, "JPEG", 90))
        return false;
    const QByteArray plain = jpeg.data();
    if (!plain.startsWith("\xFF\xD8"))
        return false;

    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);   // big-endian, first IFD at offset 8
    tiff.append("\x00\x01", 2);                         // one entry
    tiff.append("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, count 1
    char value[4] = {};
    qToBigEndian<quint16>(orientation, value);
    tiff.append(value, 4);
    tiff.append("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    char length[2];
    qToBigEndian<quint16>(quint16(payload.size() + 2), length);
    const QByteArray app1 = QByteArray("\xFF\xE1", 2) + QByteArray(length, 2) + payload;

    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(plain.left(2) + app1 + plain.mid(2)) > 0;
}

// A picture split in two halves, left `left` and right `right`: shows which way it was turned.
inline QImage twoHalves(QSize size, QColor left, QColor right)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(right);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width() / 2; ++x)
            image.setPixelColor(x, y, left);
    }
    return image;
}

// Pixel variance over a grid of samples, summed over R, G, B: ~0 for a blank picture.
inline double pixelVariance(const QImage &image)
{
    double sum = 0, sumSquares = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += qMax(1, image.height() / 32)) {
        for (int x = 0; x < image.width(); x += qMax(1, image.width() / 32)) {
            const QRgb pixel = image.pixel(x, y);
            const double v = qRed(pixel) + qGreen(pixel) + qBlue(pixel);
            sum += v;
            sumSquares += v * v;
            ++n;
        }
    }
    if (n == 0)
        return 0;
    const double mean = sum / n;
    return sumSquares / n - mean * mean;
}

// True when `actual` is within `tolerance` of `expected` on each of R, G, B (video is lossy).
inline bool closeTo(QColor actual, QColor expected, int tolerance = 40)
{
    return qAbs(actual.red() - expected.red()) <= tolerance
           && qAbs(actual.green() - expected.green()) <= tolerance
           && qAbs(actual.blue() - expected.blue()) <= tolerance;
}

} // namespace tokdeck::test
