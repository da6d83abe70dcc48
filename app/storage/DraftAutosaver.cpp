// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/DraftAutosaver.h"

#include "storage/DraftRecovery.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <utility>

namespace tokdeck {

DraftAutosaver::DraftAutosaver(StorageWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
    // A team database that comes back takes what was kept here meanwhile.
    connect(m_worker, &StorageWorker::reachableChanged, this, [this](bool reachable) {
        if (reachable && m_dirty)
            flush();
    });
}

void DraftAutosaver::track(const Post &post)
{
    m_timer.stop();
    m_pending = post;
    m_saved = post;
    m_dirty = false;
    if (std::exchange(m_conflict, std::nullopt))
        Q_EMIT changedByChanged({});
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

Post DraftAutosaver::rebase(const Post &stored)
{
    if (stored.id == 0 || stored.id != m_saved.id || stored.revision <= m_saved.revision)
        return m_pending;
    if (conflictsWith(stored)) {
        // Another member changed what was edited here: a merge would silently drop one of the
        // two. Hold the edits (in memory, and on disk if kept) until the user chooses.
        m_timer.stop();
        const bool news = !m_conflict;
        m_conflict = stored;
        if (news)
            Q_EMIT changedByChanged(stored.updatedBy);
        notifyWaiters(false);
        return m_pending;
    }
    // A three-way merge per field: base = what this editor last saved, theirs = stored,
    // ours = pending. Theirs wins where ours did not change the field.
    Post merged = m_dirty || m_inFlight ? m_pending : m_saved;
    auto take = [&](auto Post::*field) {
        if (merged.*field == m_saved.*field)
            merged.*field = stored.*field;
    };
    take(&Post::type);
    take(&Post::caption);
    take(&Post::title);
    take(&Post::isAigc);
    take(&Post::plannedAt);
    take(&Post::handOver);
    take(&Post::accounts);
    take(&Post::media);
    merged.id = stored.id;
    merged.revision = stored.revision;
    merged.createdAt = stored.createdAt;
    merged.updatedAt = stored.updatedAt;
    merged.state = stored.state;
    merged.lastError = stored.lastError;
    merged.serverPostId = stored.serverPostId;
    m_saved = stored;
    m_pending = merged;
    if (m_dirty && !m_inFlight)
        m_timer.start(); // the edits kept go on top of the new revision
    Q_EMIT rebased(merged);
    return merged;
}

void DraftAutosaver::recoverFromRefusal(const QString &error)
{
    // Refused because the post changed elsewhere (a calendar move, another window or process)
    // before its change notice reached us: merge the stored post and save again. Anything
    // else (locked, deleted, disk failing) is reported; the edit stays in memory.
    const qint64 id = m_saved.id;
    if (id == 0) {
        Q_EMIT saveFailed(error);
        notifyWaiters(false);
        return;
    }
    onResult(this, m_worker->load(id), [this, id, error](const auto &stored) {
        const bool changedElsewhere = stored.ok() && stored.value && m_saved.id == id
                                      && stored.value->revision > m_saved.revision
                                      && stored.value->isEditable();
        if (changedElsewhere) {
            rebase(*stored.value);
            return;
        }
        if (!m_worker->isReachable())
            keepLocally(true); // the server went between the save and this look
        Q_EMIT saveFailed(error);
        notifyWaiters(false);
    });
}

void DraftAutosaver::whenSaved(QObject *context, std::function<void(bool ok)> done)
{
    if (!hasUnsavedChanges()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(true); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(done)});
}

void DraftAutosaver::notifyWaiters(bool ok)
{
    for (const Waiter &waiter : std::exchange(m_waiters, {})) {
        if (waiter.context)
            waiter.done(ok);
    }
}

void DraftAutosaver::flush()
{
    m_timer.stop();
    saveNow();
}

void DraftAutosaver::saveNow()
{
    if (!m_dirty || m_conflict)
        return;
    if (m_inFlight) {
        m_timer.start(); // try again after the current save has answered
        return;
    }
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
    const qint64 sentRevision = post.revision;
    onResult(this, m_worker->saveContent(post),
             [this, sentRevision](const StorageResult<Post> &result) {
                 m_inFlight = false;
                 if (!result.ok() && m_saved.revision != sentRevision) {
                     // Rebased while it was out (someone else changed the post): refused as stale,
                     // which is expected; the merged content goes again on the new revision.
                     m_dirty = true;
                     m_timer.start();
                     return;
                 }
                 if (!result.ok()) {
                     m_dirty = true; // keep the edit: it is retried with the next change or flush
                     if (m_worker->isReachable()) {
                         // Changed elsewhere before its notice came: merge, or (another member
                         // over these very fields) ask; anything else is reported there.
                         recoverFromRefusal(result.error);
                         return;
                     }
                     keepLocally(true);
                     Q_EMIT saveFailed(result.error);
                     notifyWaiters(false);
                     return;
                 }
                 m_saved = result.value;
                 if (!m_dirty)
                     keepLocally(false);
                 Q_EMIT saved(m_saved);
                 if (!m_dirty)
                     notifyWaiters(true);
             });
}

bool DraftAutosaver::conflictsWith(const Post &stored) const
{
    // Only another member's save, over fields that were edited here too, to other values.
    // The same member in another window, or a change to fields not touched here, merges.
    if (!(m_dirty || m_inFlight) || stored.updatedBy.isEmpty()
        || stored.updatedBy == m_worker->member())
        return false;
    auto clash = [&](auto Post::*field) {
        return m_pending.*field != m_saved.*field && stored.*field != m_saved.*field
               && stored.*field != m_pending.*field;
    };
    return clash(&Post::caption) || clash(&Post::title) || clash(&Post::isAigc)
           || clash(&Post::plannedAt) || clash(&Post::handOver) || clash(&Post::accounts)
           || clash(&Post::type);
}

void DraftAutosaver::keepLocally(bool kept)
{
    if (kept && !m_recoveryPath.isEmpty())
        DraftRecovery::write(m_recoveryPath, m_pending); // the newest content, every time
    if (kept == m_keptLocally)
        return;
    m_keptLocally = kept;
    if (!kept && !m_recoveryPath.isEmpty())
        DraftRecovery::remove(m_recoveryPath);
    Q_EMIT keptLocallyChanged(kept);
}

void DraftAutosaver::reloadTheirs()
{
    if (!m_conflict)
        return;
    const Post theirs = *m_conflict;
    track(theirs); // clears the conflict
    keepLocally(false);
    Q_EMIT rebased(theirs);
}

void DraftAutosaver::keepMineAsCopy()
{
    if (!m_conflict)
        return;
    Post copy = m_pending;
    copy.id = 0;
    copy.revision = 0;
    copy.state = PostState::Draft;
    copy.serverPostId.clear();
    copy.lastError.clear();
    copy.accountResults.clear();
    copy.apiHost.clear();
    for (PostMedia &media : copy.media)
        media.id = 0; // rows of its own: changing the copy must not change their post's media
    track(Post{});    // clears the conflict; the copy is a new post
    m_pending = copy;
    m_dirty = true;
    flush();
}

} // namespace tokdeck
