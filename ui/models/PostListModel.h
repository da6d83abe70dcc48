#pragma once

#include "domain/Post.h"
#include "support/Clock.h"

#include <QAbstractListModel>

namespace tokdeck {

// Posts as one line each (state, type, when, caption start) for the drafts list. Holds what the
// storage worker returned; it never reads the database itself.
class PostListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, StateRole, DisplayStateRole };

    explicit PostListModel(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setPosts(const QList<Post> &posts);
    // Updates one post in place (or inserts it at the top): live state while the outbox works.
    void upsert(const Post &post);
    const QList<Post> &posts() const { return m_posts; }
    int rowOf(qint64 postId) const;

    static QString summary(const Post &post, const QDateTime &nowUtc);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    QList<Post> m_posts;
};

} // namespace tokdeck
