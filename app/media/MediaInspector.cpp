// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/MediaInspector.h"

#include "media/MediaProbe.h"
#include "media/Thumbnailer.h"
#include "support/Logging.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace tokdeck {

MediaInspector::MediaInspector()
{
    m_pool.setMaxThreadCount(maxThreads);
    // Previews are nice to have; the GUI and the network come first.
    // Previews are nice to have; the GUI and the network come first. Not IdlePriority: on
    // Linux that is SCHED_IDLE, and on a busy machine (a build, a parallel test run) the
    // decoders then starve and thumbnails never arrive.
    m_pool.setThreadPriority(QThread::LowPriority);
    m_pool.setObjectName(QStringLiteral("MediaInspector"));
}

MediaInspector::~MediaInspector()
{
    // Queued tasks still run (so every future finishes, nobody waits forever) but return at
    // once; only the files being decoded right now are waited for.
    m_stopping->store(true);
    m_pool.waitForDone();
}

QFuture<MediaInspection> MediaInspector::inspect(const QString &path, QSize thumbnailSize)
{
    return QtConcurrent::run(&m_pool, [path, thumbnailSize, stopping = m_stopping] {
        if (stopping->load()) {
            MediaInspection cancelled;
            cancelled.info.path = path;
            cancelled.error = tr("%1 was not inspected: the application is closing.")
                                  .arg(cancelled.info.fileName());
            return cancelled;
        }
        return inspectNow(path, thumbnailSize);
    });
}

MediaInspection MediaInspector::inspectNow(const QString &path, QSize thumbnailSize)
{
    QElapsedTimer timer;
    timer.start();
    MediaInspection result;
    result.info = MediaProbe::probe(path, &result.error);
    if (result.info.probed && !thumbnailSize.isEmpty())
        result.thumbnail = Thumbnailer::thumbnail(result.info, thumbnailSize, &result.error);
    qCDebug(lcMedia) << "inspected" << result.info.fileName() << "in" << timer.elapsed() << "ms"
                     << (result.error.isEmpty() ? QString() : result.error);
    return result;
}

} // namespace tokdeck
