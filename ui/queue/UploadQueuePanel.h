// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QStandardItemModel;

namespace tokdeck {

class UploadProgressDelegate;
class UploadQueue;

// The queue of background uploads: one row per file with a progress bar, speed and state, a
// ✕ / ↻ on the row itself to cancel or retry it, and the same two actions as buttons for the
// selected row (for the keyboard); a row opens its draft. Appears when files are queued.
class UploadQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueuePanel)

public:
    UploadQueuePanel(UploadQueue *queue, QWidget *parent = nullptr);

public Q_SLOTS:
    // File → Upload several videos…: a file dialog taking many files at once, into the queue.
    void chooseFiles();

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
};

} // namespace tokdeck
