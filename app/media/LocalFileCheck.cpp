// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/LocalFileCheck.h"

#include "support/Logging.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tokdeck {

namespace {

using Refusal = LocalFileCheck::Refusal;

// What a non-regular file is, in the words the user reads.
Refusal refusalForMode(mode_t mode, const QString &shown)
{
    if (S_ISFIFO(mode))
        return {LocalFileCheck::tr("a pipe (FIFO), not a file"),
                LocalFileCheck::tr("%1 is a pipe (FIFO), not a file. Name the media file itself.")
                    .arg(shown)};
    if (S_ISDIR(mode))
        return {
            LocalFileCheck::tr("a folder, not a file"),
            LocalFileCheck::tr("%1 is a folder, not a file. Choose a file inside it.").arg(shown)};
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return {LocalFileCheck::tr("a device, not a file"),
                LocalFileCheck::tr("%1 is a device, not a file. Choose a media file.").arg(shown)};
    if (S_ISSOCK(mode))
        return {LocalFileCheck::tr("a socket, not a file"),
                LocalFileCheck::tr("%1 is a socket, not a file. Choose a media file.").arg(shown)};
    return {LocalFileCheck::tr("not a regular file"),
            LocalFileCheck::tr("%1 is not a regular file. Choose a media file.").arg(shown)};
}

Refusal refusalForErrno(int code, const QString &shown)
{
    if (code == ENOENT || code == ENOTDIR)
        return {LocalFileCheck::tr("it does not exist"),
                LocalFileCheck::tr("%1 does not exist. Check that the file was not moved or "
                                   "renamed.")
                    .arg(shown)};
    if (code == EACCES || code == EPERM)
        return {LocalFileCheck::tr("permission denied"),
                LocalFileCheck::tr("%1 cannot be read: permission denied. Check its permissions.")
                    .arg(shown)};
    const QString reason = QString::fromLocal8Bit(std::strerror(code));
    return {reason, LocalFileCheck::tr("%1 could not be opened (%2). Check that it still exists "
                                       "and can be read.")
                        .arg(shown, reason)};
}

} // namespace

std::optional<QString> LocalFileCheck::checkRegularFile(const QString &path)
{
    QFile file;
    if (const auto refusal = openRegularFile(file, path))
        return refusal->message;
    return std::nullopt;
}

std::optional<LocalFileCheck::Refusal> LocalFileCheck::openRegularFile(QFile &file,
                                                                       const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto refuse = [&](const Refusal &refusal) {
        qCDebug(lcMedia) << "refused" << path << refusal.reason;
        return std::optional<Refusal>(refusal);
    };
    if (path.isEmpty())
        return refuse(refusalForErrno(ENOENT, shown));
    const QByteArray encoded = QFile::encodeName(path);
    // stat() first so a FIFO or a device is never even opened (opening some devices has
    // effects); the fstat() below closes the gap to the open.
    struct stat before = {};
    if (::stat(encoded.constData(), &before) != 0)
        return refuse(refusalForErrno(errno, shown));
    if (!S_ISREG(before.st_mode))
        return refuse(refusalForMode(before.st_mode, shown));

    const int fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return refuse(errno == ENXIO ? refusalForMode(S_IFSOCK, shown)
                                     : refusalForErrno(errno, shown));
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        const int code = errno;
        const mode_t mode = opened.st_mode;
        ::close(fd);
        return refuse(S_ISREG(mode) || mode == 0 ? refusalForErrno(code, shown)
                                                 : refusalForMode(mode, shown));
    }
    // A regular file never blocks; clearing the flag keeps later reads ordinary.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse({file.errorString(),
                       tr("%1 could not be opened (%2). Check that it still exists and can be "
                          "read.")
                           .arg(shown, file.errorString())});
    }
    return std::nullopt;
}

} // namespace tokdeck
