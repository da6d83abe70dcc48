// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/AgendaModel.h"

#include "calendar/PostChipStyle.h"
#include "media/ThumbnailCache.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPixmap>
#include <QSet>

namespace tokdeck {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString AgendaModel::dayTitle(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(1))
        return tr("Tomorrow");
    //: An agenda day's header: short weekday, day, short month ("Thu 3 Dec").
    return QLocale().toString(day, tr("ddd d MMM"));
}

void AgendaModel::setPosts(const QList<Post> &posts, const QList<Post> &pinned, const QDate &today,
                           const QDateTime &nowUtc)
{
    beginResetModel();
    m_posts.clear();
    m_rows.clear();
    m_today = today;
    m_now = nowUtc;
    QSet<qint64> pinnedIds;
    if (!pinned.isEmpty()) {
        const QString group = tr("Needs you");
        m_rows.append({group, -1});
        for (const Post &post : pinned) {
            pinnedIds.insert(post.id);
            m_rows.append({group, int(m_posts.size())});
            m_posts.append(post);
        }
    }
    // By local day, in time order; a post without a place on the calendar is not listed.
    QList<std::pair<QDateTime, qint64>> order;
    for (const Post &post : posts) {
        const std::optional<QDateTime> at = PostChipStyle::calendarTime(post);
        if (at && !pinnedIds.contains(post.id) && at->toLocalTime().date() >= today)
            order.append({*at, post.id});
    }
    std::sort(order.begin(), order.end());
    QHash<qint64, const Post *> byId;
    for (const Post &post : posts)
        byId.insert(post.id, &post);
    QDate day;
    QString group;
    for (const auto &[at, id] : order) {
        const QDate local = at.toLocalTime().date();
        if (local != day) {
            day = local;
            group = dayTitle(day, today);
            m_rows.append({group, -1});
        }
        m_rows.append({group, int(m_posts.size())});
        m_posts.append(*byId.value(id));
    }
    endResetModel();
}

void AgendaModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

void AgendaModel::setThumbnails(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    m_icons.clear();
    if (cache) {
        connect(cache, &ThumbnailCache::thumbnailReady, this, [this](const QString &path) {
            for (int row = 0; row < m_rows.size(); ++row) {
                const int post = m_rows.at(row).post;
                if (post >= 0 && !m_posts.at(post).media.isEmpty()
                    && m_posts.at(post).media.first().path == path)
                    Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
            }
        });
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DecorationRole});
}

QVariant AgendaModel::decoration(const Post &post) const
{
    if (m_thumbnails && !post.media.isEmpty()) {
        const QString &path = post.media.first().path;
        if (const QIcon *known = m_icons.object(path))
            return *known;
        const QImage image = m_thumbnails->thumbnail(path); // null for now: thumbnailReady
        if (!image.isNull()) {
            const QIcon made(QPixmap::fromImage(image));
            m_icons.insert(path, new QIcon(made));
            return made;
        }
    }
    // No preview (yet): the state's colour (the chips' one definition), faded for history.
    QColor colour = PostChipStyle::fill(post.displayState(m_now));
    if (PostChipStyle::isHistory(post))
        colour.setAlphaF(0.45);
    QPixmap swatch(12, 12);
    swatch.fill(colour);
    return swatch;
}

QStringList AgendaModel::accountCounts() const
{
    const QDate end = m_today.addDays(7);
    QHash<QString, int> counts;
    QSet<qint64> seen;
    for (const Post &post : m_posts) {
        const std::optional<QDateTime> at = PostChipStyle::calendarTime(post);
        if (!at || seen.contains(post.id))
            continue;
        const QDate day = at->toLocalTime().date();
        if (day < m_today || day >= end)
            continue;
        seen.insert(post.id);
        for (const PostAccount &account : post.accounts)
            ++counts[account.accountId];
    }
    QList<std::pair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({-it.value(), m_accountNames.value(it.key(), it.key())});
    std::sort(sorted.begin(), sorted.end());
    QStringList lines;
    for (const auto &[negative, name] : sorted)
        //: Posts going to one account in the coming seven days, e.g. "Pixel & Pine: 3 this week".
        lines << tr("%1: %n this week", nullptr, -negative).arg(name);
    return lines;
}

int AgendaModel::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const int post = m_rows.at(row).post;
        if (post >= 0 && m_posts.at(post).id == postId)
            return row;
    }
    return -1;
}

QString AgendaModel::postText(const Post &post) const
{
    const std::optional<QDateTime> at = PostChipStyle::calendarTime(post);
    QString when = at ? PostChipStyle::shortTime(at->toLocalTime().time()) : tr("now");
    // Pinned posts may be on any day: the date too.
    if (at && at->toLocalTime().date() != m_today)
        when = dayTitle(at->toLocalTime().date(), m_today) + QLatin1Char(' ') + when;
    QString text =
        tr("%1 · %2 · %3")
            .arg(when, postDisplayStateName(post.displayState(m_now)), PostChipStyle::what(post));
    if (PostChipStyle::isHistory(post))
        text += QLatin1Char(' ') + tr("(sent with Post now)");
    const QStringList accounts = PostChipStyle::accountNames(post, m_accountNames);
    if (!accounts.isEmpty())
        text += QLatin1Char('\n') + tr("To %1").arg(accounts.join(QStringLiteral(", ")));
    return text;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    // The root too (views and QAbstractItemModelTester ask): no flags, and no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A header is a label, not something to open.
    return m_rows.at(index.row()).post < 0 ? Qt::ItemIsEnabled
                                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.post < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case GroupRole:
            return row.header;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IdRole:
            return qint64(0);
        case HeaderRole:
            return true;
        default:
            return {};
        }
    }
    const Post &post = m_posts.at(row.post);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return postText(post);
    case Qt::DecorationRole:
        return decoration(post);
    case Qt::ForegroundRole:
        return PostChipStyle::isHistory(post) ? QVariant(QBrush(Qt::gray)) : QVariant();
    case Qt::ToolTipRole: {
        const QString lock = PostChipStyle::lockReason(post);
        return post.lastError.isEmpty() ? lock : post.lastError;
    }
    case IdRole:
        return post.id;
    case HeaderRole:
        return false;
    case GroupRole:
        return row.header;
    case DisplayStateRole:
        return int(post.displayState(m_now));
    case LockedRole:
        return PostChipStyle::isLockedOnCalendar(post);
    case HistoryRole:
        return PostChipStyle::isHistory(post);
    default:
        return {};
    }
}

} // namespace tokdeck
