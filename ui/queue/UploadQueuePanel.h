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
// selected row (for the keyboard). Appears when files are queued.
class UploadQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueuePanel)

public:
    UploadQueuePanel(UploadQueue *queue, QWidget *parent = nullptr);

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
