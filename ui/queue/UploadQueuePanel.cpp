#include "queue/UploadQueuePanel.h"

#include "publish/UploadQueue.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tokdeck {

namespace {
QString statusText(const UploadQueue::Item &item)
{
    const QLocale locale;
    switch (item.status) {
    case UploadQueue::Status::Waiting: return UploadQueuePanel::tr("waiting");
    case UploadQueue::Status::Checking: return UploadQueuePanel::tr("checking…");
    case UploadQueue::Status::Uploading: {
        const int percent = item.total > 0 ? int(item.sent * 100 / item.total) : 0;
        return UploadQueuePanel::tr("%1 % · %2/s")
            .arg(percent)
            .arg(locale.formattedDataSize(qint64(item.bytesPerSecond), 1));
    }
    case UploadQueue::Status::Done: return UploadQueuePanel::tr("uploaded · draft ready for a caption");
    case UploadQueue::Status::Duplicate: return UploadQueuePanel::tr("duplicate: %1").arg(item.message);
    case UploadQueue::Status::Failed: return UploadQueuePanel::tr("failed: %1").arg(item.message);
    case UploadQueue::Status::Cancelled: return UploadQueuePanel::tr("cancelled");
    }
    return {};
}
} // namespace

UploadQueuePanel::UploadQueuePanel(UploadQueue *queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_model(new QStandardItemModel(this)), m_view(new QListView(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this)), m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("uploadQueuePanel"));
    m_view->setObjectName(QStringLiteral("uploadQueueView"));
    m_view->setAccessibleName(tr("Upload queue"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cancel->setObjectName(QStringLiteral("cancelQueueItem"));
    m_retry->setObjectName(QStringLiteral("retryQueueItem"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Uploads</b> (drop several videos or a folder on the window)"), this), 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    setVisible(false);

    connect(m_queue, &UploadQueue::itemAdded, this, [this](int index) {
        m_model->insertRow(index, new QStandardItem);
        refreshRow(index);
        setVisible(true);
    });
    connect(m_queue, &UploadQueue::itemChanged, this, &UploadQueuePanel::refreshRow);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_queue->cancel(m_view->currentIndex().row()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_queue->retry(m_view->currentIndex().row()); });
}

void UploadQueuePanel::refreshRow(int index)
{
    QStandardItem *row = m_model->item(index);
    if (!row)
        return;
    const UploadQueue::Item &item = m_queue->items().at(index);
    row->setText(QFileInfo(item.path).fileName() + QStringLiteral(" — ") + statusText(item));
    row->setToolTip(item.path);
}

} // namespace tokdeck
