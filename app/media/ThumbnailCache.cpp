// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/ThumbnailCache.h"

#include "media/MediaInspector.h"
#include "support/FutureCallback.h"
#include "support/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace tokdeck {

namespace {
QString diskName(const QFileInfo &file, QSize size)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(file.absoluteFilePath().toUtf8());
    const QByteArray stamp = QByteArray::number(file.size()) + '/'
                             + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '/'
                             + QByteArray::number(size.width()) + 'x'
                             + QByteArray::number(size.height());
    hash.addData(stamp);
    return QString::fromLatin1(hash.result().toHex()) + QStringLiteral(".png");
}
} // namespace

ThumbnailCache::ThumbnailCache(const QString &diskDirectory, QSize size, QObject *parent)
    : QObject(parent)
    , m_diskDirectory(diskDirectory)
    , m_size(size)
{
    // One at a time and at low priority: previews in a list are a nicety, the composer's own
    // inspections and the uploads come first.
    m_pool.setMaxThreadCount(1);
    m_pool.setThreadPriority(QThread::LowPriority);
    m_pool.setObjectName(QStringLiteral("ThumbnailCache"));
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear(); // previews not started are not worth waiting for
    m_pool.waitForDone();
}

QImage ThumbnailCache::thumbnail(const QString &path)
{
    if (const QImage *known = m_images.object(path))
        return *known;
    if (path.isEmpty() || m_pending.contains(path) || m_failed.contains(path))
        return {};
    m_pending.insert(path);
    const QFuture<Made> future = QtConcurrent::run(
        &m_pool, [path, dir = m_diskDirectory, size = m_size] { return make(path, dir, size); });
    onResult(this, future, [this, path](const Made &made) {
        m_pending.remove(path);
        if (made.image.isNull()) {
            m_failed.insert(path);
            return;
        }
        if (made.decoded)
            ++m_decoded;
        m_images.insert(path, new QImage(made.image));
        Q_EMIT thumbnailReady(path);
    });
    return {};
}

ThumbnailCache::Made ThumbnailCache::make(const QString &path, const QString &diskDirectory,
                                          QSize size)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return {};
    const QString cached =
        diskDirectory.isEmpty() ? QString() : QDir(diskDirectory).filePath(diskName(file, size));
    if (!cached.isEmpty() && QFileInfo::exists(cached)) {
        QImage image(cached);
        if (!image.isNull())
            return {image, false};
    }
    MediaInspection inspection = MediaInspector::inspectNow(path, size);
    if (inspection.thumbnail.isNull()) {
        qCDebug(lcMedia) << "no preview for" << file.fileName() << inspection.error;
        return {};
    }
    if (!cached.isEmpty()) {
        // A failed write only costs a decode next session; the preview itself is fine.
        QSaveFile out(cached);
        if (!(QDir().mkpath(diskDirectory) && out.open(QIODevice::WriteOnly)
              && inspection.thumbnail.save(&out, "PNG") && out.commit()))
            qCDebug(lcMedia) << "could not keep the preview of" << file.fileName() << "in"
                             << diskDirectory;
    }
    return {inspection.thumbnail, true};
}

} // namespace tokdeck
