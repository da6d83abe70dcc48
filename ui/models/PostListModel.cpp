// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/PostListModel.h"

#include "calendar/PostChipStyle.h"
#include "media/ThumbnailCache.h"

#include <QFileInfo>
#include <QLocale>

namespace tokdeck {

namespace {
QString typeName(PostType type)
{
    switch (type) {
    case PostType::Video:
        return PostListModel::tr("Video");
    case PostType::Photo:
        return PostListModel::tr("Photo");
    case PostType::Slideshow:
        return PostListModel::tr("Slideshow");
    }
    return {};
}
} // namespace

PostListModel::PostListModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

void PostListModel::setPosts(const QList<Post> &posts, bool hasMore)
{
    beginResetModel();
    m_posts = posts;
    m_hasMore = hasMore;
    m_fetching = false;
    endResetModel();
}

void PostListModel::appendPage(const QList<Post> &posts, bool hasMore)
{
    m_fetching = false;
    m_hasMore = hasMore;
    // A post announced as changed while the page was loading may already be at the top.
    QList<Post> fresh;
    for (const Post &post : posts) {
        if (rowOf(post.id) < 0)
            fresh.append(post);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_posts.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_posts.append(fresh);
    endInsertRows();
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted();
}

void PostListModel::upsert(const Post &post)
{
    const int row = rowOf(post.id);
    if (row >= 0) {
        m_posts[row] = post;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_posts.prepend(post);
    endInsertRows();
}

void PostListModel::remove(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_posts.removeAt(row);
    endRemoveRows();
}

void PostListModel::setThumbnails(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    m_icons.clear();
    if (cache) {
        connect(cache, &ThumbnailCache::thumbnailReady, this, [this](const QString &path) {
            for (int row = 0; row < m_posts.size(); ++row) {
                const QList<PostMedia> &media = m_posts.at(row).media;
                if (!media.isEmpty() && media.first().path == path)
                    Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
            }
        });
    }
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1), {Qt::DecorationRole});
}

void PostListModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1), {Qt::DisplayRole});
}

QIcon PostListModel::icon(const Post &post) const
{
    if (!m_thumbnails || post.media.isEmpty())
        return {};
    const QString &path = post.media.first().path;
    if (const QIcon *known = m_icons.object(path))
        return *known;
    const QImage image = m_thumbnails->thumbnail(path); // null for now: thumbnailReady follows
    if (image.isNull())
        return {};
    const QIcon made(QPixmap::fromImage(image));
    m_icons.insert(path, new QIcon(made));
    return made;
}

int PostListModel::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).id == postId)
            return row;
    }
    return -1;
}

QString PostListModel::summary(const Post &post, const QDateTime &nowUtc)
{
    QString caption = post.caption.simplified();
    // A queued video's draft has no caption yet: its file's name tells a pile of them apart.
    if (caption.isEmpty() && !post.media.isEmpty() && !post.media.first().path.isEmpty()) {
        QString name = QFileInfo(post.media.first().path).fileName();
        if (name.size() > 45)
            name = name.left(44) + QChar(0x2026);
        caption = tr("%1 · no caption yet").arg(name);
    } else if (caption.isEmpty())
        caption = tr("(no caption yet)");
    else if (caption.size() > 60)
        caption = caption.left(59) + QChar(0x2026);
    const QString when =
        post.plannedAt ? QLocale().toString(post.plannedAt->toLocalTime(), QLocale::ShortFormat)
                       : tr("now");
    return tr("%1 · %2 · %3\n%4")
        .arg(postDisplayStateName(post.displayState(nowUtc)), typeName(post.type), when, caption);
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString accounts =
            PostChipStyle::accountNames(post, m_accountNames).join(QStringLiteral(", "));
        // Always three lines: the drafts list gives every row the first row's height (at
        // 100,000 posts, measuring each row's wrapped text was most of its start-up).
        const QString text = summary(post, m_clock.nowUtc());
        return accounts.isEmpty() ? tr("%1\nNo account chosen yet").arg(text)
                                  : tr("%1\nTo %2").arg(text, accounts);
    }
    case Qt::DecorationRole:
        return icon(post);
    case Qt::ToolTipRole:
        return post.lastError.isEmpty()
                   ? (post.plannedAt ? tr("%1 UTC").arg(post.plannedAt->toString(Qt::ISODate))
                                     : QString())
                   : post.lastError;
    case IdRole:
        return post.id;
    case StateRole:
        return int(post.state);
    case DisplayStateRole:
        return int(post.displayState(m_clock.nowUtc()));
    default:
        return {};
    }
}

} // namespace tokdeck
