// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace tokdeck {

// Calls `callback(result)` on `context`'s thread once `future` has a result; never if
// `context` is destroyed first. Used instead of QFuture::then(context, ...), whose continuation
// was seen to be lost now and then in Qt 6.4 when the future finished on another thread while
// it was being attached. QFutureWatcher reports a future that finished before it was watched.
template<class T, class Callback>
void onResult(QObject *context, const QFuture<T> &future, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().isValid() && watcher->future().resultCount() > 0)
                             callback(watcher->future().result());
                     });
    watcher->setFuture(future);
}

} // namespace tokdeck
