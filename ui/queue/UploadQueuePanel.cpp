// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queue/UploadQueuePanel.h"

#include "publish/UploadQueue.h"
#include "queue/ApplyToSelectedDialog.h"
#include "queue/UploadProgressDelegate.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"
#include "transcode/MediaFixer.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace tokdeck {

namespace {
QString stateText(const UploadQueue::Item &item)
{
    const QLocale locale;
    switch (item.status) {
    case UploadQueue::Status::Waiting:
        return UploadQueuePanel::tr("waiting");
    case UploadQueue::Status::Checking:
        return UploadQueuePanel::tr("checking…");
    case UploadQueue::Status::Uploading:
        return UploadQueuePanel::tr("%1 % · %2/s")
            .arg(item.percent())
            .arg(locale.formattedDataSize(qint64(item.bytesPerSecond), 1));
    case UploadQueue::Status::Done:
        return UploadQueuePanel::tr("uploaded · draft ready for a caption");
    case UploadQueue::Status::Duplicate:
        return UploadQueuePanel::tr("duplicate: %1").arg(item.message);
    case UploadQueue::Status::Failed:
        // A retry would fail the same way: no ↻, and the reason says what to do instead.
        if (item.permanent)
            return UploadQueuePanel::tr("cannot be uploaded: %1").arg(item.message);
        return UploadQueuePanel::tr("failed: %1").arg(item.message);
    case UploadQueue::Status::Cancelled:
        return UploadQueuePanel::tr("cancelled");
    }
    return {};
}
} // namespace

UploadQueuePanel::UploadQueuePanel(UploadQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new QStandardItemModel(this))
    , m_view(new QListView(this))
    , m_delegate(new UploadProgressDelegate(this))
    // Access keys clear of the main window's others (&Caption, &Refresh accounts, &Title, …).
    , m_cancel(new QPushButton(tr("Cancel &upload"), this))
    , m_retry(new QPushButton(tr("Retr&y upload"), this))
    , m_apply(new QPushButton(tr("Apply to selected…"), this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("uploadQueuePanel"));
    m_view->setObjectName(QStringLiteral("uploadQueueView"));
    m_view->setAccessibleName(tr("Upload queue"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Many rows at once (Shift/Ctrl-click, Ctrl+A) for "Apply to selected…".
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true); // every row is as high; hundreds of files lay out fast
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // names are elided instead
    // So the delegate hears the mouse move onto a row's ✕ / ↻ and can highlight it.
    m_view->viewport()->setMouseTracking(true);
    m_cancel->setObjectName(QStringLiteral("cancelQueueItem"));
    m_cancel->setToolTip(tr("Cancel the upload of the selected file"));
    m_retry->setObjectName(QStringLiteral("retryQueueItem"));
    m_retry->setToolTip(tr("Upload the selected file again"));
    m_apply->setObjectName(QStringLiteral("applyToSelected"));
    m_apply->setToolTip(tr("Set one caption, schedule or accounts on the drafts of all the "
                           "selected files (select several with Shift or Ctrl)"));
    m_apply->setVisible(false);
    m_notice->setObjectName(QStringLiteral("applyToSelectedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    auto *buttons = new QHBoxLayout;
    auto *heading = new QLabel(tr("<b>Uploads</b> (drop several videos or a folder on the "
                                  "window); double-click a file to open its draft"),
                               this);
    heading->setWordWrap(true); // translations must not widen the window
    buttons->addWidget(heading, 1);
    auto *autoFix = new QCheckBox(tr("Fix what can be fixed"), this);
    autoFix->setObjectName(QStringLiteral("queueAutoFix"));
    autoFix->setToolTip(tr("Before a file becomes a draft, make a fixed copy in Tokdeck's data "
                           "folder of what TikTok would refuse (MOV, HDR, too large, HEIC); the "
                           "originals stay as they are"));
    buttons->addWidget(autoFix);
    connect(autoFix, &QCheckBox::toggled, this, [this](bool on) {
        m_queue->setFixer(on ? UploadQueue::Fixer(&MediaFixer::fixForUse) : UploadQueue::Fixer());
    });
    // The actions on a row of their own: one line of heading, option and three buttons (more
    // so translated) would set the width of the whole window.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);
    actions->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_view);
    setVisible(false);
    updateButtons();

    connect(m_queue, &UploadQueue::itemAdded, this, [this](int index) {
        m_model->insertRow(index, new QStandardItem);
        refreshRow(index);
        setVisible(true);
    });
    connect(m_queue, &UploadQueue::itemChanged, this, &UploadQueuePanel::refreshRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UploadQueuePanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UploadQueuePanel::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &UploadQueuePanel::applyToSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_queue->cancel(selectedRow()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_queue->retry(selectedRow()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        // A row's draft exists once its file was checked; before, there is nothing to open.
        const qint64 postId = m_queue->items().value(index.row()).postId;
        if (postId > 0)
            Q_EMIT postActivated(postId);
    });
    connect(m_delegate, &UploadProgressDelegate::cancelRequested, this,
            [this](const QModelIndex &index) { m_queue->cancel(index.row()); });
    connect(m_delegate, &UploadProgressDelegate::retryRequested, this,
            [this](const QModelIndex &index) { m_queue->retry(index.row()); });
}

void UploadQueuePanel::chooseFiles()
{
    // Not the static getOpenFileNames: window-modal, so the app keeps repainting, and findable
    // by tests.
    auto *dialog =
        new QFileDialog(window(), tr("Upload several videos"),
                        QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
                        tr("Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)"));
    dialog->setObjectName(QStringLiteral("uploadSeveralDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setLabelText(QFileDialog::Accept, tr("Upload"));
    connect(dialog, &QFileDialog::filesSelected, m_queue, &UploadQueue::add);
    dialog->open();
}

void UploadQueuePanel::setStorage(StorageWorker *storage)
{
    m_storage = storage;
    m_apply->setVisible(m_storage != nullptr);
    updateButtons();
}

QList<qint64> UploadQueuePanel::selectedDraftIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const qint64 postId = m_queue->items().value(row.row()).postId;
        if (postId > 0 && !ids.contains(postId))
            ids << postId;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void UploadQueuePanel::applyToSelected()
{
    const QList<qint64> ids = selectedDraftIds();
    if (!m_storage || ids.isEmpty())
        return;
    auto *dialog = new ApplyToSelectedDialog(int(ids.size()), m_accounts, Clock::system(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        onResult(this, m_storage->applyToDrafts(ids, dialog->changes()),
                 [this](const StorageResult<PostStore::AppliedChanges> &result) {
                     if (!result.ok()) {
                         m_notice->setText(tr("Nothing was changed: %1").arg(result.error));
                     } else if (result.value.skipped == 0) {
                         m_notice->setText(
                             tr("Changed %n draft(s).", nullptr, int(result.value.changed.size())));
                     } else {
                         m_notice->setText(
                             tr("Changed %n draft(s).", nullptr, int(result.value.changed.size()))
                             + QLatin1Char(' ')
                             + tr("%n skipped: not a draft any more (published, being sent or "
                                  "deleted meanwhile).",
                                  nullptr, result.value.skipped));
                     }
                     m_notice->setVisible(true);
                 });
    });
    dialog->open();
}

int UploadQueuePanel::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UploadQueuePanel::updateButtons()
{
    const int row = selectedRow();
    m_cancel->setEnabled(m_queue->canCancel(row));
    m_retry->setEnabled(m_queue->canRetry(row));
    m_apply->setEnabled(m_storage && !selectedDraftIds().isEmpty());
}

void UploadQueuePanel::refreshRow(int index)
{
    QStandardItem *row = m_model->item(index);
    if (!row)
        return;
    const UploadQueue::Item &item = m_queue->items().at(index);
    const QString name = QFileInfo(item.path).fileName();
    const QString state = stateText(item);
    using Delegate = UploadProgressDelegate;
    const Delegate::Action action = m_queue->canCancel(index)  ? Delegate::Action::Cancel
                                    : m_queue->canRetry(index) ? Delegate::Action::Retry
                                                               : Delegate::Action::None;
    // Several roles, one dataChanged(): a row is refreshed on every progress report.
    const QMap<int, QVariant> roles{
        // What screen readers announce for the row, and what the row says as plain text.
        {Qt::DisplayRole, QString(name + QStringLiteral(" — ") + state)},
        // The whole path and, for a failure, the whole reason (the row may elide it).
        {Qt::ToolTipRole, item.message.isEmpty()
                              ? item.path
                              : QString(item.path + QLatin1Char('\n') + item.message)},
        {Delegate::FileNameRole, name},
        {Delegate::StatusRole, int(item.status)},
        {Delegate::ProgressRole, item.percent()},
        {Delegate::StateTextRole, state},
        {Delegate::ActionRole, int(action)},
    };
    m_model->setItemData(m_model->indexFromItem(row), roles);
    if (index == selectedRow())
        updateButtons();
}

} // namespace tokdeck
