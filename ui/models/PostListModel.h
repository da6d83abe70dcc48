// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "support/Clock.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QIcon>
#include <QPointer>

namespace tokdeck {

class ThumbnailCache;

// Posts as one entry each (state, type, when, accounts, caption start, and the first media
// file's preview) for the drafts list and the agenda. Holds what the storage worker returned;
// it never reads the database itself.
class PostListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, StateRole, DisplayStateRole };

    explicit PostListModel(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Paging: the model holds the first pages only; as the view scrolls to the end it calls
    // fetchMore(), the model asks its owner (moreWanted) and the owner appends the next page.
    // At most one request is out at a time. `hasMore`: whether a further page may exist.
    void setPosts(const QList<Post> &posts, bool hasMore = false);
    void appendPage(const QList<Post> &posts, bool hasMore);
    bool hasMore() const { return m_hasMore; }
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void setThumbnails(ThumbnailCache *cache);                  // null: no previews
    void setAccountNames(const QHash<QString, QString> &names); // account id -> display name
    // Updates one post in place (or inserts it at the top): live state while the outbox works.
    void upsert(const Post &post); // in place (the row keeps its place), else first
    void remove(qint64 postId);
    const QList<Post> &posts() const { return m_posts; }
    int rowOf(qint64 postId) const;

    static QString summary(const Post &post, const QDateTime &nowUtc);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void moreWanted();

private:
    QIcon icon(const Post &post) const;

    const Clock &m_clock;
    QList<Post> m_posts;
    bool m_hasMore = false;
    bool m_fetching = false;
    QHash<QString, QString> m_accountNames;
    QPointer<ThumbnailCache> m_thumbnails;
    // Path -> preview, made on first display; bounded, as a long list may be scrolled through.
    mutable QCache<QString, QIcon> m_icons{500};
};

} // namespace tokdeck
