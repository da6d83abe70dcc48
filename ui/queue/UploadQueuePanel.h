// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace tokdeck {

class StorageWorker;
class UploadProgressDelegate;
class UploadQueue;

// The queue of background uploads: one row per file with a progress bar, speed and state, a
// ✕ / ↻ on the row itself to cancel or retry it, and the same two actions as buttons for the
// selected row (for the keyboard); a row opens its draft. Appears when files are queued.
// Several rows can be selected, and "Apply to selected…" sets one caption, schedule or set of
// accounts on all their drafts at once (with a storage set).
class UploadQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueuePanel)

public:
    UploadQueuePanel(UploadQueue *queue, QWidget *parent = nullptr);

    // Where "Apply to selected…" saves; without, the button stays hidden.
    void setStorage(StorageWorker *storage);
    // The accounts the dialog offers (the connected ones, or the last session's names).
    void setAccounts(const QList<Account> &accounts) { m_accounts = accounts; }
    // The drafts of the selected rows (rows still being checked have none yet).
    QList<qint64> selectedDraftIds() const;

public Q_SLOTS:
    // File → Upload several videos…: a file dialog taking many files at once, into the queue.
    void chooseFiles();
    // Opens the dialog for the selected rows' drafts; applies what the user confirms.
    void applyToSelected();

Q_SIGNALS:
    void postActivated(qint64 postId); // a row double-clicked (or Enter): open its draft

private:
    void refreshRow(int index);
    void updateButtons();
    int selectedRow() const;

    UploadQueue *m_queue;
    QStandardItemModel *m_model;
    QListView *m_view;
    UploadProgressDelegate *m_delegate;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_apply;
    QLabel *m_notice; // what the last "Apply to selected…" did
    StorageWorker *m_storage = nullptr;
    QList<Account> m_accounts;
};

} // namespace tokdeck
