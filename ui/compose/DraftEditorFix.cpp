// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DraftEditor's part in fixing the post: media (the MediaFixPanel's results) and the
// duplicate-content warning's stagger, apart so that DraftEditor.cpp stays near 400 lines.

#include "compose/DraftEditor.h"
#include "models/MediaListModel.h"
#include "planning/DuplicateContent.h"
#include "planning/QueueOps.h"
#include "storage/DraftAutosaver.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

namespace tokdeck {

bool DraftEditor::replaceMedia(const QString &path, const QString &fixedPath)
{
    if (!isEditable() || path == fixedPath || !m_media->replacePath(path, fixedPath))
        return false;
    // What was wrong with the original is no longer the post's problem; the copy is looked
    // at afresh (probe, thumbnail, fingerprint), and once it is, the rules run again and the
    // autosave stores the new path. Until then the stored draft still holds the original, so
    // a crash in between loses nothing.
    m_inspectionErrors.remove(path);
    m_contentHashes.remove(path);
    m_contentHashes.remove(fixedPath);
    inspectStored({fixedPath});
    Q_EMIT issuesChanged(issues());
    return true;
}

void DraftEditor::stagger(std::function<void(const QString &error, int posts)> done)
{
    if (!m_storage || !isEditable() || m_post.accounts.size() < 2) {
        done(tr("Only a post that can still be edited and goes to several accounts can be "
                "staggered."),
             1);
        return;
    }
    // The edits first: the split starts from the stored post at its newest revision.
    m_autosaver->edit(m_post);
    m_autosaver->flush();
    m_autosaver->whenSaved(this, [this, done](bool ok) {
        if (!ok) {
            done(tr("The post could not be saved, so it was not split. Try again."), 1);
            return;
        }
        const Post saved = m_autosaver->lastSaved();
        const QDateTime now = m_clock.nowUtc();
        using Answer = StorageResult<QList<Post>>;
        auto split = [saved, now](Stores &stores) {
            QList<Post> posts = QueueOps::staggered(saved, DuplicateContent::windowSeconds, now);
            Answer result;
            if (stores.posts.saveContentMany(posts))
                result.value = posts;
            result.error = stores.lastError();
            return result;
        };
        onResult(this, m_storage->run(std::move(split)), [this, done](const Answer &result) {
            if (!result.ok() || result.value.isEmpty()) {
                done(result.error, 1);
                return;
            }
            open(result.value.first().id); // the first account's post, at the first time
            done({}, int(result.value.size()));
        });
    });
}

} // namespace tokdeck
