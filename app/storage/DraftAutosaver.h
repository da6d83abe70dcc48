// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QObject>
#include <QTimer>

namespace tokdeck {

class StorageWorker;

// Saves the draft being edited shortly after every change, off the GUI thread: at most one
// interval after the first unsaved edit, even while the user keeps typing.
// Edits within the debounce interval collapse into one save; at most one save is in flight,
// and each save starts from what the previous one returned (id, revision, media rows), which
// the post store needs to refuse stale copies. flush() saves at once (closing, publishing).
class DraftAutosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosaver)

public:
    static constexpr int defaultDebounceMs = 300; // well inside the "lose at most 0.5 s" promise

    explicit DraftAutosaver(StorageWorker *worker, QObject *parent = nullptr);

    void setDebounceMs(int ms) { m_timer.setInterval(ms); }

    // Starts tracking `post` (a new draft when id == 0) without saving it yet.
    void track(const Post &post);
    // The user changed the draft: `post` is the whole new content.
    void edit(const Post &post);
    void flush();
    // Another writer (the outbox, changing the post's state) saved this post: its revision is
    // read back from the store, and saves wait for it (keeping the edits not yet saved), so
    // none is refused as a stale copy.
    void refreshRevision();

    const Post &lastSaved() const { return m_saved; }
    bool hasUnsavedChanges() const { return m_dirty || m_inFlight; }

Q_SIGNALS:
    void saved(const tokdeck::Post &post);
    void saveFailed(const QString &message);

private:
    void saveNow();

    StorageWorker *m_worker;
    QTimer m_timer;
    Post m_pending; // the newest content from the editor
    Post m_saved;   // the newest content the database has confirmed
    bool m_dirty = false;
    bool m_inFlight = false;
    int m_refreshing = 0; // revision reads not yet back: saves wait for them
};

} // namespace tokdeck
