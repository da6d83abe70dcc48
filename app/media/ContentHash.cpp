// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/ContentHash.h"

#include "media/LocalFileCheck.h"
#include "support/Logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace tokdeck {

QByteArray ContentHash::sha256Hex(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message, const QString &reason) {
        qCDebug(lcMedia) << "hash failed:" << path << reason;
        if (error)
            *error = message;
        return QByteArray();
    };
    const QString name = QFileInfo(path).fileName();
    QFile file;
    if (const auto refusal = LocalFileCheck::openRegularFile(file, path))
        return fail(refusal->message, refusal->reason); // a FIFO would never reach its end
    // addData(QIODevice *) streams the file through QFile's buffer, a little at a time; it is
    // as fast as reading 1 MiB chunks ourselves (SHA-256 itself is the bottleneck, see
    // bench_mediaprobe). It answers false unless it reached the end: a hash of half a file
    // would dedupe against the wrong upload, so that is an error, never a result.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return fail(tr("%1 could not be read to its end (%2). Check the disk or copy the file "
                       "again.")
                        .arg(name, file.errorString()),
                    file.errorString());
    }
    return hash.result().toHex();
}

} // namespace tokdeck
