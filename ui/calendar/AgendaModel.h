// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QAbstractListModel>
#include <QCache>
#include <QDate>
#include <QHash>
#include <QIcon>
#include <QPointer>

namespace tokdeck {

class ThumbnailCache;

// "Next up": the agenda's rows. Posts that need the user (needs attention, failed) first in a
// group of their own, whatever their date; then the days from the first one shown, each
// under a header row ("Today", "Tomorrow", "Thu 3 Dec"), posts in time order. Header rows
// carry no post (IdRole 0) and cannot be selected. Holds what it was given; never reads the
// database itself.
class AgendaModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the post's id; 0 on a header row
        HeaderRole,                // true on a header row
        GroupRole,                 // the header text of the group the row is in
        DisplayStateRole,          // int(PostDisplayState)
        LockedRole,                // the post cannot be moved (PostChipStyle::isLockedOnCalendar)
        HistoryRole,               // sent with "Post now" (PostChipStyle::isHistory)
    };

    explicit AgendaModel(QObject *parent = nullptr);

    // `posts`: the days' posts (any order); `pinned`: the ones needing the user, from any
    // date (shown once, in their group, even when also among `posts`); `today` names the days.
    void setPosts(const QList<Post> &posts, const QList<Post> &pinned, const QDate &today,
                  const QDateTime &nowUtc);
    void setAccountNames(const QHash<QString, QString> &names); // account id -> display name
    void setThumbnails(ThumbnailCache *cache); // previews of the first media file; null: none

    // Per account, the posts of the seven days from `today` (pinned ones included when in
    // those days), most first: "Pixel & Pine: 3 this week".
    QStringList accountCounts() const;
    int rowOf(qint64 postId) const; // -1 when not shown

    static QString dayTitle(const QDate &day, const QDate &today); // "Today", "Thu 3 Dec"

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString header; // the header's text, or the group's for a post row
        int post = -1;  // index into m_posts; -1 on a header row
    };
    QString postText(const Post &post) const;
    QVariant decoration(const Post &post) const;

    QList<Post> m_posts;
    QList<Row> m_rows;
    QDate m_today;
    QDateTime m_now;
    QHash<QString, QString> m_accountNames;
    QPointer<ThumbnailCache> m_thumbnails;
    mutable QCache<QString, QIcon> m_icons{200}; // path -> preview, made on first display
};

} // namespace tokdeck
