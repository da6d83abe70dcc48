// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/DraftAutosaver.h"

#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

namespace tokdeck {

DraftAutosaver::DraftAutosaver(StorageWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
}

void DraftAutosaver::track(const Post &post)
{
    m_timer.stop();
    m_pending = post;
    m_saved = post;
    m_dirty = false;
}

void DraftAutosaver::edit(const Post &post)
{
    m_pending = post;
    m_dirty = true;
    // Not restarted by later edits: someone typing steadily (a key every 100 ms) would
    // otherwise never be saved until they pause. Saved at most one interval after the first
    // unsaved edit, whatever follows it (found by killing the app mid-typing).
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftAutosaver::refreshRevision()
{
    const qint64 id = m_saved.id;
    if (id == 0)
        return;
    ++m_refreshing;
    onResult(this, m_worker->load(id),
             [this, id](const StorageResult<std::optional<Post>> &stored) {
                 --m_refreshing;
                 if (stored.ok() && stored.value && stored.value->id == id && m_saved.id == id
                     && stored.value->revision > m_saved.revision)
                     m_saved = *stored.value;
                 if (m_refreshing == 0 && m_dirty)
                     saveNow(); // what waited for the revision (a publish, a flush) goes now
             });
}

void DraftAutosaver::flush()
{
    m_timer.stop();
    saveNow();
}

void DraftAutosaver::saveNow()
{
    if (!m_dirty)
        return;
    if (m_inFlight) {
        m_timer.start(); // try again after the current save has answered
        return;
    }
    if (m_refreshing > 0)
        return; // saved when the revision is back (refreshRevision)
    // The store's bookkeeping comes from the last confirmed save; the content from the editor.
    Post post = m_pending;
    post.id = m_saved.id;
    post.revision = m_saved.revision;
    post.createdAt = m_saved.createdAt;
    for (int i = 0; i < post.media.size(); ++i) {
        const auto match =
            std::find_if(m_saved.media.begin(), m_saved.media.end(),
                         [&](const PostMedia &m) { return m.path == post.media.at(i).path; });
        if (match != m_saved.media.end() && post.media.at(i).id == 0)
            post.media[i].id = match->id;
    }
    m_dirty = false;
    m_inFlight = true;
    onResult(this, m_worker->save(post), [this](const StorageResult<Post> &result) {
        m_inFlight = false;
        if (!result.ok()) {
            m_dirty = true; // keep the edit: it is retried with the next change or flush
            Q_EMIT saveFailed(result.error);
            return;
        }
        m_saved = result.value;
        Q_EMIT saved(m_saved);
    });
}

} // namespace tokdeck
