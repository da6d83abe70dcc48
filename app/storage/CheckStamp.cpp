// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CheckStamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>

namespace tokdeck {

namespace {

// "size mtime-ns inode hash" of the file, empty when it cannot be read. File times tick
// coarsely (a few ms), so a write right after the stamp can keep the time: the hash of the
// first and the last 4 KiB (the header and the newest page) catches most such writes cheaply.
QByteArray fingerprint(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 sample = 4096;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.read(sample));
    if (file.size() > sample && file.seek(file.size() - sample))
        hash.addData(file.read(sample));
    const qint64 mtimeNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    return QByteArray::number(qint64(info.st_size)) + ' ' + QByteArray::number(mtimeNs) + ' '
           + QByteArray::number(quint64(info.st_ino)) + ' ' + hash.result().toHex();
}

bool walLeft(const QString &databasePath)
{
    // SQLite deletes the -wal when the last connection closes cleanly; one that is there (even
    // empty) means another connection is open or one did not close.
    return QFile::exists(databasePath + QStringLiteral("-wal"));
}

} // namespace

QString CheckStamp::stampPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".checked");
}

bool CheckStamp::unchangedSinceCleanClose(const QString &databasePath)
{
    if (walLeft(databasePath))
        return false;
    QFile stamp(stampPath(databasePath));
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray recorded = stamp.read(256).trimmed();
    const QByteArray now = fingerprint(databasePath);
    return !now.isEmpty() && recorded == now;
}

void CheckStamp::recordCleanClose(const QString &databasePath)
{
    if (walLeft(databasePath))
        return;
    const QByteArray now = fingerprint(databasePath);
    if (now.isEmpty())
        return;
    // Atomic: a half-written stamp never matches, but a torn one must not be read either.
    QSaveFile stamp(stampPath(databasePath));
    if (!stamp.open(QIODevice::WriteOnly))
        return; // no stamp: the next open checks, which is only slower
    stamp.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    stamp.write(now + '\n');
    stamp.commit();
}

void CheckStamp::forget(const QString &databasePath)
{
    QFile::remove(stampPath(databasePath));
}

} // namespace tokdeck
