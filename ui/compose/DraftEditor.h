// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "rules/ValidationIssue.h"
#include "support/Clock.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace tokdeck {

class AccountTargetsModel;
class CapCheck;
class DraftAutosaver;
class MediaInspector;
class MediaListModel;
class Outbox;
class StorageWorker;

// The composer's brain, without widgets: the draft being edited, its media (inspected off the
// GUI thread as they arrive), validation against the contract's rules, autosave on every
// change, and publishing through the outbox with the post's live state.
class DraftEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftEditor)

public:
    DraftEditor(StorageWorker *storage, Outbox *outbox, const Clock &clock = Clock::system(),
                QObject *parent = nullptr);
    ~DraftEditor() override;

    MediaListModel *media() const { return m_media; }
    AccountTargetsModel *targets() const { return m_targets; }
    StorageWorker *storage() const { return m_storage; }
    const Post &post() const { return m_post; }

    void newDraft(std::optional<QDateTime> plannedAtUtc = std::nullopt);
    void open(qint64 postId);

    void addFiles(const QStringList &paths);
    // A fixed copy takes the place of `path` in the post (same position): inspected, checked
    // and autosaved like an added file; the original stays untouched on disk and is shown as
    // the copy's source. False when the post cannot change or does not hold `path`.
    bool replaceMedia(const QString &path, const QString &fixedPath);
    // "Stagger": saves the post, then splits it into one post per account (QueueOps::staggered,
    // DuplicateContent::windowSeconds apart) in one transaction, and opens the first. `done`
    // gets an error sentence (empty on success) and how many posts there are now.
    void stagger(std::function<void(const QString &error, int posts)> done);
    void setCaption(const QString &caption);
    void setTitle(const QString &title);
    void setAigc(bool aigc);
    void setSchedule(std::optional<QDateTime> plannedAtUtc, HandOver handOver);

    ValidationIssues issues() const;
    // Drafts, failed posts, and ready posts still held on this machine; not while sending.
    bool isEditable() const;
    void saveNow();
    bool publish(); // false (and issuesChanged) when something blocks it
    void cancelUpload();
    void confirmPublished();
    void sendAgain();
    // Team mode (DraftEditorTeam.cpp): another member saved this post over edits made here
    // (changedBy()); take theirs, or keep the edits here as a new draft.
    void reloadTheirs();
    void keepMineAsCopy();

Q_SIGNALS:
    void loaded();  // a new or opened draft: widgets refresh from post()
    void changed(); // content changed (preview, counters)
    void issuesChanged(const tokdeck::ValidationIssues &issues);
    void mediaRefused(const QString &message);
    void saved(qint64 postId);
    void stateChanged(tokdeck::PostState state, const QString &text);
    void uploadProgress(int percent);
    void scheduleMoved(); // moved elsewhere (the calendar): the schedule controls show it
    // A member's name while their save overtook edits here; empty once the user chose.
    void changedBy(const QString &member);
    // The edits are kept on this computer only (the team database is away), or saved again.
    void keptLocallyChanged(bool kept);

private:
    void edited();
    void refreshFromStore(); // the open post changed in the database
    void inspectStored(const QStringList &paths);
    void takeMerged(const tokdeck::Post &merged);
    void connectTeam();
    void mediaChanged();
    void syncMediaIntoPost();
    void refuseMismatchedNewcomers();
    bool changedSinceAdded(const QString &path, const QString &sha256) const;

    StorageWorker *m_storage;
    Outbox *m_outbox;
    const Clock &m_clock;
    std::unique_ptr<MediaInspector> m_inspector;
    std::unique_ptr<DraftAutosaver> m_autosaver;
    MediaListModel *m_media;
    AccountTargetsModel *m_targets;
    CapCheck *m_context; // the problems that need the database: the 24-hour cap, duplicates
    Post m_post;
    QHash<QString, QString> m_inspectionErrors; // path → why it could not be read
    QStringList m_newcomers; // added, not yet checked against the media already there
    QHash<QString, QString> m_contentHashes; // path → SHA-256 when it was added
    // Inspection results arrive in bursts (50 images dropped at once): the model updates at
    // once, the costly part (validation, preview, autosave) runs once per burst.
    QTimer m_mediaSettled;
    bool m_loading = false;
};

} // namespace tokdeck
