// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/MediaListModel.h"

#include "rules/PostRules.h"
#include "widgets/LocalFiles.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeData>
#include <QUrl>

namespace tokdeck {

MediaListModel::MediaListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QList<MediaInfo> MediaListModel::mediaInfos() const
{
    QList<MediaInfo> infos;
    for (const Item &item : m_items)
        infos.append(item.info);
    return infos;
}

bool MediaListModel::allInspected() const
{
    return std::all_of(m_items.begin(), m_items.end(),
                       [](const Item &item) { return item.inspected; });
}

void MediaListModel::appendPaths(const QStringList &paths, const QStringList &sourcePaths)
{
    if (paths.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + paths.size() - 1));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Item item;
        item.info.path = paths.at(i);
        item.sourcePath = sourcePaths.value(i);
        m_items.append(item);
    }
    endInsertRows();
}

void MediaListModel::setInspection(const QString &path, const MediaInfo &info,
                                   const QImage &thumbnail, const QImage &icon)
{
    for (int row = 0; row < m_items.size(); ++row) {
        Item &item = m_items[row];
        if (item.info.path != path || item.inspected)
            continue;
        item.info = info;
        item.thumbnail = thumbnail;
        if (!icon.isNull())
            item.icon = QPixmap::fromImage(icon);
        else if (!thumbnail.isNull())
            item.icon = QPixmap::fromImage(
                thumbnail.scaled(iconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        item.inspected = true;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

bool MediaListModel::replacePath(const QString &path, const QString &fixedPath)
{
    for (int row = 0; row < m_items.size(); ++row) {
        Item &item = m_items[row];
        if (item.info.path != path)
            continue;
        // The old thumbnail stays until the copy's own arrives: the strip does not flicker.
        item.sourcePath = item.sourcePath.isEmpty() ? path : item.sourcePath;
        item.info = MediaInfo{};
        item.info.path = fixedPath;
        item.inspected = false;
        item.problem = Problem::None;
        item.problemTexts.clear();
        Q_EMIT dataChanged(index(row), index(row));
        return true;
    }
    return false;
}

bool MediaListModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_items.size() || to < 0 || to >= m_items.size() || from == to)
        return false;
    // beginMoveRows wants the destination as the row *before which* the item lands.
    const int destination = to > from ? to + 1 : to;
    if (!beginMoveRows({}, from, from, {}, destination))
        return false;
    m_items.move(from, to);
    endMoveRows();
    Q_EMIT orderChanged();
    return true;
}

void MediaListModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT orderChanged();
}

void MediaListModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT orderChanged();
}

void MediaListModel::setIssues(const ValidationIssues &issues)
{
    for (int row = 0; row < m_items.size(); ++row) {
        Item &item = m_items[row];
        const QString name = QFileInfo(item.info.path).fileName();
        Problem problem = Problem::None;
        QStringList texts;
        for (const ValidationIssue &issue : issues) {
            if (issue.subject != name)
                continue;
            texts << issue.message;
            if (issue.isRejection())
                problem = Problem::Rejection;
            else if (problem == Problem::None)
                problem = Problem::Warning;
        }
        if (problem == item.problem && texts == item.problemTexts)
            continue; // repainting 50 thumbnails on every keystroke's validation is waste
        item.problem = problem;
        item.problemTexts = texts;
        Q_EMIT dataChanged(index(row), index(row),
                           {ProblemRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

std::optional<PostType> MediaListModel::postType(ValidationIssues *issues) const
{
    ValidationIssues local;
    return PostRules::typeForMedia(mediaInfos(), issues ? issues : &local);
}

int MediaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MediaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(item.info.path).fileName(); // the view paints positions
    case SourcePathRole:
        return item.sourcePath;
    case Qt::DecorationRole:
        return item.icon.isNull() ? QVariant() : QVariant(item.icon);
    case Qt::ToolTipRole: {
        const QString where =
            item.sourcePath.isEmpty()
                ? item.info.path
                : tr("%1\n(fixed copy, from %2)").arg(item.info.path, item.sourcePath);
        return item.problemTexts.isEmpty()
                   ? where
                   : where + QLatin1Char('\n') + item.problemTexts.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString position =
            tr("Position %1: %2").arg(index.row() + 1).arg(QFileInfo(item.info.path).fileName());
        return item.problemTexts.isEmpty()
                   ? position
                   : position + QStringLiteral(". ") + item.problemTexts.join(QLatin1Char(' '));
    }
    case ProblemRole:
        return int(item.problem);
    case PathRole:
        return item.info.path;
    case KindRole:
        return int(item.info.kind());
    case ProbedRole:
        return item.inspected;
    default:
        return {};
    }
}

Qt::ItemFlags MediaListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    // Items drag; the gaps between them accept drops (never onto an item: no merging).
    return index.isValid() ? (base | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled
                           : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions MediaListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList MediaListModel::mimeTypes() const
{
    return {QString::fromLatin1(rowsMimeType), QStringLiteral("text/uri-list")};
}

QMimeData *MediaListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            stream << index.row();
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(rowsMimeType), encoded);
    return mime;
}

bool MediaListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return data->hasFormat(QString::fromLatin1(rowsMimeType)) || data->hasUrls();
}

bool MediaListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(QString::fromLatin1(rowsMimeType))) {
        QDataStream stream(data->data(QString::fromLatin1(rowsMimeType)));
        int from = -1;
        stream >> from;
        // Dropping past the end means "last"; the slot index counts the moved row itself.
        int to = row < 0 ? int(m_items.size()) - 1 : (row > from ? row - 1 : row);
        to = std::clamp(to, 0, int(m_items.size()) - 1);
        moveItem(from, to);
        return false; // we moved it ourselves: the view must not remove the source row
    }
    const QStringList paths = localFilePaths(data);
    if (paths.isEmpty())
        return false;
    Q_EMIT filesDropped(paths);
    return true;
}

} // namespace tokdeck
