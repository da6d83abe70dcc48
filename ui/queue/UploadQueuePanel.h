#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QStandardItemModel;

namespace tokdeck {

class UploadQueue;

// The queue of background uploads: one line per file with its progress and speed, and cancel
// and retry for the selected one. Appears when files are queued.
class UploadQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueuePanel)

public:
    UploadQueuePanel(UploadQueue *queue, QWidget *parent = nullptr);

private:
    void refreshRow(int index);

    UploadQueue *m_queue;
    QStandardItemModel *m_model;
    QListView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_retry;
};

} // namespace tokdeck
