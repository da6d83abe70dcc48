// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

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
    // Someone else changed this post's content (the calendar moved it, another window or
    // process edited it): `stored` is the stored post. Its fields that changed there and were
    // not edited here are taken; the edits not yet saved stay and are saved on top of the new
    // revision. Returns the merged content the editor should show.
    Post rebase(const Post &stored);
    // Runs `done` (on `context`'s thread) once every edit made so far is saved, or failed
    // (`ok` false). At once when nothing is pending.
    void whenSaved(QObject *context, std::function<void(bool ok)> done);

    const Post &lastSaved() const { return m_saved; }
    bool hasUnsavedChanges() const { return m_dirty || m_inFlight; }

    // Team mode (a shared PostgreSQL database, issue #15).
    // Where an edit the database could not take is kept (DraftRecovery; empty: memory only).
    // It is saved again once the database is back (StorageWorker::reachableChanged).
    void setRecoveryFile(const QString &path) { m_recoveryPath = path; }
    bool isKeptLocally() const { return m_keptLocally; }
    // Another member saved this post while edits here touched the same fields: nothing more
    // is saved until the user chooses. Their name, or empty when there is no such choice.
    QString changedBy() const { return m_conflict ? m_conflict->updatedBy : QString(); }
    // Drop the edits here and take their post (rebased() tells the editor).
    void reloadTheirs();
    // Keep the edits here as a new draft (saved at once); their post stays as they left it.
    void keepMineAsCopy();

Q_SIGNALS:
    void saved(const tokdeck::Post &post);
    void saveFailed(const QString &message);
    // rebase() merged changes made elsewhere: `merged` is what the editor should now show.
    void rebased(const tokdeck::Post &merged);
    // The edits are kept on this computer only (true: the database is away) or saved (false).
    void keptLocallyChanged(bool kept);
    // See changedBy(): a member's name when their save overtook conflicting edits here; empty
    // once the user chose.
    void changedByChanged(const QString &member);

private:
    void saveNow();

    StorageWorker *m_worker;
    QTimer m_timer;
    Post m_pending; // the newest content from the editor
    Post m_saved;   // the newest content the database has confirmed
    bool m_dirty = false;
    bool m_inFlight = false;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    QList<Waiter> m_waiters;
    void notifyWaiters(bool ok);
    void recoverFromRefusal(const QString &error);
    void keepLocally(bool kept);
    bool conflictsWith(const Post &stored) const;

    QString m_recoveryPath;
    bool m_keptLocally = false;
    std::optional<Post> m_conflict; // their post, while the user has not chosen
};

} // namespace tokdeck
