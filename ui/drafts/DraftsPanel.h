// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "storage/PostStore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTimer;

namespace tokdeck {

class PostListModel;
class StorageWorker;

// The list of posts on the left of the main window: search by caption or title, filter by
// state. Loads through the storage worker (never on the GUI thread); selecting a post asks
// the composer to open it.
class DraftsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsPanel)

public:
    DraftsPanel(StorageWorker *storage, QWidget *parent = nullptr);

    PostListModel *model() const { return m_model; }
    QListView *listView() const { return m_view; }
    // Rows read per query: a screenful several times over, never the whole history.
    static constexpr int pageSize = 200;
    void reload();

Q_SIGNALS:
    void postActivated(qint64 postId);
    // A right-click (or the menu key) on a row: show what can be done to that post.
    void postContextMenuRequested(qint64 postId, const QPoint &globalPos);
    void reloaded();
    void pageLoaded(); // a further page was appended as the list scrolled
    // The rows selected (Ctrl/Shift-click, Ctrl+A), in list order: what the Post actions act on.
    void selectionChanged(const QList<qint64> &postIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<PostState> selectedStates() const;
    QList<qint64> selectedPosts() const;
    void updatePosts(const QList<qint64> &ids);
    void loadNextPage();

    StorageWorker *m_storage;
    PostListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QListView *m_view;
    QTimer *m_searchDelay;
    int m_generation = 0;          // answers to an older query are dropped
    bool m_extendingClick = false; // a Ctrl/Shift-click is under way: it selects, not opens
    // Where the last loaded page ended (not the model's last row: that one may have been edited
    // since and so carry a newer time).
    std::optional<PostStore::PageCursor> m_cursor;
};

} // namespace tokdeck
