#include "media/ContentHash.h"

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
    QFile file(path);
    // Unbuffered: we read big chunks ourselves, so QFile's own buffer would only add a copy.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return fail(tr("%1 could not be opened (%2). Check that it still exists and can be read.")
                        .arg(name, file.errorString()),
                    file.errorString());
    }
    // Our own 1 MiB loop rather than QCryptographicHash::addData(QIODevice *): that one reads
    // 1 KiB at a time and cannot tell a read error from the end of the file, and a hash of
    // half a file would silently dedupe against the wrong upload.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            return fail(tr("%1 could not be read to its end (%2). Check the disk or copy the "
                           "file again.")
                            .arg(name, file.errorString()),
                        file.errorString());
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    return hash.result().toHex();
}

} // namespace tokdeck
