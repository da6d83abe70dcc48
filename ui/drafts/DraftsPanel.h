// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"

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
    void reload();

Q_SIGNALS:
    void postActivated(qint64 postId);
    // A right-click (or the menu key) on a row: show what can be done to that post.
    void postContextMenuRequested(qint64 postId, const QPoint &globalPos);
    void reloaded();

private:
    QList<PostState> selectedStates() const;
    void updatePosts(const QList<qint64> &ids);

    StorageWorker *m_storage;
    PostListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QListView *m_view;
    QTimer *m_searchDelay;
    int m_generation = 0; // answers to an older query are dropped
};

} // namespace tokdeck
