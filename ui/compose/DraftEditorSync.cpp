// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DraftEditor keeping step with the database: the open post changed elsewhere (the outbox
// moved its state on, the calendar moved it, another window or process edited it).

#include "compose/CapCheck.h"
#include "compose/DraftEditor.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "storage/DraftAutosaver.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

namespace tokdeck {

void DraftEditor::refreshFromStore()
{
    const qint64 id = m_post.id;
    onResult(this, m_storage->load(id),
             [this, id](const StorageResult<std::optional<Post>> &stored) {
                 if (!stored.ok() || m_post.id != id)
                     return;
                 if (!stored.value) {
                     // Deleted (here, in another window or by tokdeck-cli): its next save
                     // would be refused, so the composer leaves it for a new draft.
                     newDraft();
                     return;
                 }
                 const Post &now = *stored.value;
                 if (now.revision > m_autosaver->lastSaved().revision)
                     m_autosaver->rebase(now); // → takeMerged()
                 if (now.state != m_post.state || now.lastError != m_post.lastError
                     || now.accountResults != m_post.accountResults) {
                     m_post.state = now.state;
                     m_post.lastError = now.lastError;
                     m_post.serverPostId = now.serverPostId;
                     m_post.accountResults = now.accountResults; // what each account said
                     m_post.tiktokUrl = now.tiktokUrl;
                     Q_EMIT stateChanged(now.state, now.lastError);
                     Q_EMIT issuesChanged(issues());
                 }
             });
}

void DraftEditor::takeMerged(const Post &merged)
{
    if (merged.id != m_post.id)
        return;
    const bool onlySchedule = [&] {
        Post other = merged;
        other.plannedAt = m_post.plannedAt;
        other.handOver = m_post.handOver;
        return other.caption == m_post.caption && other.title == m_post.title
               && other.accounts == m_post.accounts && other.isAigc == m_post.isAigc
               && other.media.size() == m_post.media.size();
    }();
    const bool scheduleMovedHere =
        merged.plannedAt != m_post.plannedAt || merged.handOver != m_post.handOver;
    if (onlySchedule) {
        m_post.plannedAt = merged.plannedAt;
        m_post.handOver = merged.handOver;
        m_post.revision = merged.revision;
        if (scheduleMovedHere) {
            m_context->check(m_post); // moved on the calendar: the cap is asked for the new time
            Q_EMIT scheduleMoved();
        }
        Q_EMIT changed();
        Q_EMIT issuesChanged(issues());
        return;
    }
    // Another window or process changed the texts or media: show the merged post.
    m_loading = true;
    m_post = merged;
    QStringList paths;
    QStringList sources;
    for (const PostMedia &media : std::as_const(m_post.media)) {
        paths.append(media.path);
        sources.append(media.sourcePath);
    }
    QStringList shown;
    for (const auto &item : m_media->items())
        shown.append(item.info.path);
    if (paths != shown) {
        m_media->clear();
        m_media->appendPaths(paths, sources);
        inspectStored(paths);
    }
    m_targets->setTargets(m_post.accounts);
    m_loading = false;
    m_context->check(m_post);
    Q_EMIT loaded();
    Q_EMIT issuesChanged(issues());
}

} // namespace tokdeck
