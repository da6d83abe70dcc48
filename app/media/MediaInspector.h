// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "media/MediaInspection.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSize>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace tokdeck {

// The asynchronous front of app/media for the GUI and the upload queue: probes a file and
// makes its thumbnail on a pool of its own, so decoding never blocks the GUI thread and never
// takes the global pool's threads from the rest of the app. Use the future from any thread
// (e.g. onResult() from support/FutureCallback.h to get the result on the GUI thread).
class MediaInspector
{
    Q_DECLARE_TR_FUNCTIONS(MediaInspector)

public:
    // Two at a time: decoding is CPU- and memory-heavy, and the app has other work to do.
    static constexpr int maxThreads = 2;

    MediaInspector();
    // Inspections not yet started finish at once with an error; running ones are waited for.
    ~MediaInspector();
    Q_DISABLE_COPY_MOVE(MediaInspector)

    // An empty thumbnailSize skips the thumbnail.
    QFuture<MediaInspection> inspect(const QString &path, QSize thumbnailSize);

    // The same work on the calling thread (for callers already on a worker).
    static MediaInspection inspectNow(const QString &path, QSize thumbnailSize);

    // For tests and diagnostics.
    QThreadPool *threadPool() { return &m_pool; }

private:
    // Shared with queued tasks, which may start while the destructor runs.
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool;
};

} // namespace tokdeck
