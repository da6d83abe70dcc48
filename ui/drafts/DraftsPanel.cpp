// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drafts/DraftsPanel.h"

#include "models/PostListModel.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace tokdeck {

DraftsPanel::DraftsPanel(StorageWorker *storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_model(new PostListModel(Clock::system(), this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_view(new QListView(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("draftSearchEdit"));
    m_search->setPlaceholderText(tr("Search captions and titles"));
    m_search->setAccessibleName(tr("Search posts"));
    giveClearButtonWhenTyped(m_search);
    m_filter->setObjectName(QStringLiteral("draftFilterCombo"));
    m_filter->setAccessibleName(tr("Show posts in state"));
    // The longest state name (more so translated) must not set the width of the whole column.
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(14);
    m_filter->addItem(tr("All posts"), QVariant());
    m_filter->addItem(tr("Drafts"), QVariant::fromValue(QList<int>{int(PostState::Draft)}));
    m_filter->addItem(
        tr("Waiting or sending"),
        QVariant::fromValue(QList<int>{int(PostState::Ready), int(PostState::Uploading),
                                       int(PostState::Submitting)}));
    m_filter->addItem(
        tr("Scheduled or published"),
        QVariant::fromValue(QList<int>{int(PostState::Scheduled), int(PostState::Published)}));
    m_filter->addItem(
        tr("Needs attention or failed"),
        QVariant::fromValue(QList<int>{int(PostState::NeedsAttention), int(PostState::Failed)}));
    m_view->setObjectName(QStringLiteral("draftsView"));
    m_view->setAccessibleName(tr("Posts"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    // Rows of one height (three lines, each elided to the width): the view measures one row
    // instead of laying out the wrapped text of every row of every page.
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    // Typing should not query on every keystroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &DraftsPanel::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DraftsPanel::reload);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT postActivated(index.data(PostListModel::IdRole).toLongLong());
    });
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos); // in the viewport's coordinates
        if (index.isValid())
            Q_EMIT postContextMenuRequested(index.data(PostListModel::IdRole).toLongLong(),
                                            m_view->viewport()->mapToGlobal(pos));
    });
    // Changes made anywhere (the composer, the calendar, the outbox, another process) update
    // their rows in place: the list keeps its order and selection.
    connect(m_model, &PostListModel::moreWanted, this, &DraftsPanel::loadNextPage);
    connect(m_storage, &StorageWorker::postsChanged, this, &DraftsPanel::updatePosts);
    connect(m_storage, &StorageWorker::postsReset, this, &DraftsPanel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                // Ctrl/Shift-click adds to the selection: that is not "open this one".
                if (index.isValid() && !m_extendingClick)
                    Q_EMIT postActivated(index.data(PostListModel::IdRole).toLongLong());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedPosts()); });
    // Rows deleted or filtered away leave the selection without a selectionChanged().
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { Q_EMIT selectionChanged(selectedPosts()); });
}

bool DraftsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The click's own modifiers (not the application's last known ones, which a Ctrl+Z just
    // before a programmatic change of the current row would still hold).
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        m_extendingClick = static_cast<QMouseEvent *>(event)->modifiers()
                           & (Qt::ControlModifier | Qt::ShiftModifier);
    else if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease)
        m_extendingClick = false;
    return QWidget::eventFilter(watched, event);
}

QList<qint64> DraftsPanel::selectedPosts() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(PostListModel::IdRole).toLongLong());
    return ids;
}

QList<PostState> DraftsPanel::selectedStates() const
{
    QList<PostState> states;
    const QVariant chosen = m_filter->currentData();
    if (chosen.isValid()) {
        for (int state : chosen.value<QList<int>>())
            states.append(PostState(state));
    }
    return states;
}

void DraftsPanel::updatePosts(const QList<qint64> &ids)
{
    const int generation = m_generation;
    const QString text = m_search->text().trimmed();
    // The storage says which of the changed posts the filter shows (one definition of a match).
    onResult(this, m_storage->searchPage(selectedStates(), text, 0, std::nullopt, ids),
             [this, ids, text, generation](const StorageResult<QList<Post>> &result) {
                 if (generation != m_generation || !result.ok())
                     return; // a full reload is on its way, or the banner says why
                 const bool byWords = PostStore::searchesByWords(text); // pages by id then
                 QSet<qint64> shown;
                 for (const Post &post : result.value) {
                     // A post beyond the pages loaded so far is left to paging: the next page
                     // brings it in its place. One edited since is the newest: it goes on top.
                     const bool inLoadedPart =
                         m_model->rowOf(post.id) >= 0 || !m_model->hasMore() || !m_cursor
                         || (byWords ? post.id > m_cursor->id
                                     : std::pair(post.updatedAt.toMSecsSinceEpoch(), post.id)
                                           > std::pair(m_cursor->updatedAtMs, m_cursor->id));
                     if (inLoadedPart)
                         m_model->upsert(post);
                     shown.insert(post.id); // matching: kept, even if not loaded yet
                 }
                 for (qint64 id : ids) {
                     if (!shown.contains(id))
                         m_model->remove(id); // deleted, or no longer matching the filter
                 }
                 Q_EMIT reloaded();
             });
}

void DraftsPanel::reload()
{
    const int generation = ++m_generation;
    m_cursor.reset();
    onResult(
        this, m_storage->searchPage(selectedStates(), m_search->text().trimmed(), pageSize),
        [this, generation](const StorageResult<QList<Post>> &result) {
            if (generation != m_generation || !result.ok())
                return; // a newer query is on its way; failures reach the banner via storageFailed
            if (!result.value.isEmpty())
                m_cursor = PostStore::cursorAfter(result.value.last());
            m_model->setPosts(result.value, result.value.size() == pageSize);
            Q_EMIT reloaded();
        });
}

void DraftsPanel::loadNextPage()
{
    if (!m_cursor)
        return;
    const int generation = m_generation;
    onResult(
        this,
        m_storage->searchPage(selectedStates(), m_search->text().trimmed(), pageSize, m_cursor),
        [this, generation](const StorageResult<QList<Post>> &result) {
            if (generation != m_generation)
                return; // the filter changed: reload() started over
            if (!result.ok()) {
                m_model->appendPage({}, false); // the banner says why; no retry loop
                return;
            }
            if (!result.value.isEmpty())
                m_cursor = PostStore::cursorAfter(result.value.last());
            m_model->appendPage(result.value, result.value.size() == pageSize);
            Q_EMIT pageLoaded();
        });
}

} // namespace tokdeck
