// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Hostile "files" for the intake paths (header-only): a FIFO, a listening Unix socket, a
// folder and a device, each made for real in a temporary folder (the device is /dev/zero).

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>
#include <algorithm>
#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace tokdeck::test {

struct SpecialFile
{
    const char *tag; // data-row name
    QString path;
    QString kind; // the word the refusal must contain
};

// A listening socket bound at `path`; closed (and removed) when the owner is destroyed.
class UnixSocketFile
{
public:
    explicit UnixSocketFile(const QString &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        if (m_fd < 0 || encoded.size() >= qsizetype(sizeof address.sun_path))
            return;
        std::copy(encoded.begin(), encoded.end(), address.sun_path);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return;
        m_ok = ::listen(m_fd, 1) == 0;
    }
    ~UnixSocketFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        QFile::remove(m_path);
    }
    Q_DISABLE_COPY_MOVE(UnixSocketFile)
    bool ok() const { return m_ok; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_ok = false;
};

inline bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// fifo, socket, folder, device and missing, made in `folder` (which must exist). The socket
// lives as long as `socket`.
inline QList<SpecialFile> makeSpecialFiles(const QString &folder,
                                           std::unique_ptr<UnixSocketFile> &socket)
{
    QList<SpecialFile> files;
    const QString fifo = folder + QStringLiteral("/clip.mp4"); // a name that looks like media
    if (makeFifo(fifo))
        files.append({"fifo", fifo, QStringLiteral("pipe (FIFO)")});
    socket = std::make_unique<UnixSocketFile>(folder + QStringLiteral("/socket.mp4"));
    if (socket->ok())
        files.append({"socket", folder + QStringLiteral("/socket.mp4"), QStringLiteral("socket")});
    files.append({"folder", folder, QStringLiteral("folder")});
    files.append({"device", QStringLiteral("/dev/zero"), QStringLiteral("device")});
    files.append(
        {"missing", folder + QStringLiteral("/gone.mp4"), QStringLiteral("does not exist")});
    return files;
}

inline quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= static_cast<unsigned char>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG of a few hundred bytes whose header claims width×height pixels (RGB, 8 bit): a
// decompression bomb as far as any decoder that trusts the header is concerned.
inline QByteArray pngBomb(quint32 width, quint32 height)
{
    const auto chunk = [](const char *type, const QByteArray &data) -> QByteArray {
        QByteArray out(4, Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(data.size()), out.data());
        const QByteArray body = QByteArray(type, 4) + data;
        QByteArray crc(4, Qt::Uninitialized);
        qToBigEndian<quint32>(crc32(body), crc.data());
        return out + body + crc;
    };
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    // A few rows of zeros, zlib-compressed (qCompress prefixes 4 bytes of length).
    const QByteArray rows = qCompress(QByteArray(3 * 1024 * 4, '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", rows)
           + chunk("IEND", {});
}

} // namespace tokdeck::test
