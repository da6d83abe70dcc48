// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "widgets/WarningStrip.h"

#include <optional>

class QLabel;

namespace tokdeck {

class StorageWorker;

// At start, an edit that a previous session could not save to the team calendar (the server
// was away when Tokdeck closed or crashed; DraftRecovery's file) is offered back: "Restore as
// a draft" saves it as a new draft (never over the post it came from, which another member may
// have changed since) and opens it; "Discard" forgets it. Hidden when there is none.
class RecoveryBanner final : public WarningStrip
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryBanner)

public:
    // `path`: the recovery file (DraftRecovery::defaultPath() in the app), read off the GUI
    // thread.
    RecoveryBanner(StorageWorker *storage, const QString &path, QWidget *parent = nullptr);

    // This session kept an edit of its own in the same file: it is no longer the old one.
    void setFileInUse(bool inUse) { m_fileInUse = inUse; }

Q_SIGNALS:
    void restored(qint64 postId); // saved as a new draft: open it
    void found();                 // a kept edit was found and is offered (for tests)
    void message(const QString &text);

private:
    void restore();
    void discard();
    void forgetFile();

    StorageWorker *m_storage;
    QString m_path;
    std::optional<Post> m_kept;
    QLabel *m_text;
    bool m_fileInUse = false;
};

} // namespace tokdeck
