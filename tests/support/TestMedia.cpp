// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace tokdeck::test {

QString dataFile(const QString &name)
{
    return QStringLiteral(TOKDECK_TEST_DATA_DIR "/") + name;
}

namespace {
bool writeWithHeader(const QString &path, const QByteArray &header, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (file.write(header) != header.size())
        return false;
    // Write in chunks: the point of these files is that nobody holds them whole in memory.
    const QByteArray chunk(1024 * 1024, '\x5a');
    qint64 left = bytes - header.size();
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        if (file.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return file.resize(bytes);
}
} // namespace

bool writeSparseMp4(const QString &path, qint64 bytes)
{
    return writeWithHeader(path,
                           QByteArray("\x00\x00\x00\x18"
                                      "ftypisom\x00\x00\x02\x00"
                                      "isomiso2",
                                      24),
                           bytes);
}

bool writeSparseJpeg(const QString &path, qint64 bytes)
{
    return writeWithHeader(path, QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11), bytes);
}

QStringList distinctVideos(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = folder + QStringLiteral("/clip-%1.mp4").arg(i);
        QFile::remove(path);
        QFile::copy(dataFile(QStringLiteral("vertical.mp4")), path);
        QFile file(path);
        if (file.open(QIODevice::Append))
            file.write(QByteArray::number(i));
        paths.append(path);
    }
    return paths;
}

} // namespace tokdeck::test
