// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/MediaLibraryModel.h"

#include "media/ThumbnailCache.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QUrl>
#include <QtConcurrent>

namespace tokdeck {

MediaLibraryModel::MediaLibraryModel(StorageWorker *storage, QObject *parent)
    : QAbstractListModel(parent)
    , m_storage(storage)
{
    m_diskChecks.setMaxThreadCount(1);
}

MediaLibraryModel::~MediaLibraryModel()
{
    m_diskChecks.clear();
    m_diskChecks.waitForDone(); // a check still running answers to nobody
}

void MediaLibraryModel::setThumbnails(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    m_icons.clear();
    if (cache) {
        connect(cache, &ThumbnailCache::thumbnailReady, this, [this](const QString &path) {
            for (int row = 0; row < m_files.size(); ++row) {
                if (m_files.at(row).path == path)
                    Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
            }
        });
    }
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_files.size()) - 1), {Qt::DecorationRole});
}

void MediaLibraryModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void MediaLibraryModel::reload()
{
    ++m_generation;
    m_loading = false;
    request(0);
}

bool MediaLibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void MediaLibraryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_files.last().newestRow);
}

void MediaLibraryModel::request(qint64 afterRow)
{
    if (!m_storage)
        return;
    m_loading = true;
    const int generation = m_generation;
    auto future = m_storage->run([search = m_search, afterRow](Stores &stores) {
        StorageResult<QList<LibraryFile>> result{stores.library.page(search, pageSize, afterRow),
                                                 {}};
        result.error = stores.lastError();
        return result;
    });
    onResult(this, future,
             [this, generation, afterRow](const StorageResult<QList<LibraryFile>> &result) {
                 if (generation != m_generation)
                     return; // a newer search or reload is on its way
                 m_loading = false;
                 if (!result.ok()) {
                     m_hasMore = false;
                     return;
                 }
                 m_hasMore = result.value.size() == pageSize;
                 if (afterRow == 0) {
                     beginResetModel();
                     m_files = result.value;
                     endResetModel();
                 } else if (!result.value.isEmpty()) {
                     const int first = int(m_files.size());
                     beginInsertRows({}, first, first + int(result.value.size()) - 1);
                     m_files += result.value;
                     endInsertRows();
                 }
                 checkOnDisk(result.value);
                 Q_EMIT pageLoaded();
             });
}

void MediaLibraryModel::removeFromLibrary(const QList<int> &rows)
{
    QList<LibraryFile> files;
    for (int row : rows) {
        if (row >= 0 && row < m_files.size())
            files.append(m_files.at(row));
    }
    if (!m_storage || files.isEmpty())
        return;
    auto future = m_storage->run([files](Stores &stores) {
        QStringList errors;
        for (const LibraryFile &file : files) {
            if (!stores.library.forget(file))
                errors.append(stores.lastError());
        }
        return errors;
    });
    onResult(this, future, [this](const QStringList &errors) {
        reload();
        Q_EMIT removeFinished(errors);
    });
}

void MediaLibraryModel::checkOnDisk(const QList<LibraryFile> &files)
{
    QStringList paths;
    for (const LibraryFile &file : files)
        paths.append(file.path);
    if (paths.isEmpty())
        return;
    auto future = QtConcurrent::run(&m_diskChecks, [paths] {
        QHash<QString, bool> missing;
        for (const QString &path : paths)
            missing.insert(path, !QFileInfo(path).isFile());
        return missing;
    });
    onResult(this, future, [this](const QHash<QString, bool> &missing) {
        for (auto it = missing.cbegin(); it != missing.cend(); ++it)
            m_missing.insert(it.key(), it.value());
        for (int row = 0; row < m_files.size(); ++row) {
            if (missing.contains(m_files.at(row).path))
                Q_EMIT dataChanged(index(row), index(row));
        }
        Q_EMIT filesChecked();
    });
}

int MediaLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

QString MediaLibraryModel::usedInText(int postCount)
{
    return postCount == 0 ? tr("Not used in any post")
                          : tr("Used in %n post(s)", nullptr, postCount);
}

QIcon MediaLibraryModel::icon(const LibraryFile &file) const
{
    if (!m_thumbnails)
        return {};
    if (const QIcon *known = m_icons.object(file.path))
        return *known;
    const QImage image = m_thumbnails->thumbnail(file.path); // null for now: thumbnailReady follows
    if (image.isNull())
        return {};
    const QIcon made(QPixmap::fromImage(image));
    m_icons.insert(file.path, new QIcon(made));
    return made;
}

QVariant MediaLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryFile &file = m_files.at(index.row());
    const bool missing = m_missing.value(file.path, false);
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = QFileInfo(file.path).fileName();
        return missing ? tr("%1 (missing)").arg(name)
                       : name + QLatin1Char('\n') + usedInText(file.postCount);
    }
    case Qt::ToolTipRole: {
        QStringList lines{file.path, usedInText(file.postCount)};
        if (file.size > 0)
            lines.append(QLocale().formattedDataSize(file.size));
        if (missing)
            lines.append(tr("Missing: there is no file at %1 any more.").arg(file.path));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        // A gone file has nothing to preview; the cache would only remember it as failed.
        return missing ? QVariant() : QVariant(icon(file));
    case Qt::ForegroundRole:
        if (missing)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::AccessibleDescriptionRole:
        return missing ? tr("Missing file") : usedInText(file.postCount);
    case PathRole:
        return file.path;
    case KindRole:
        return int(file.kind);
    case SizeRole:
        return file.size;
    case Sha256Role:
        return file.sha256;
    case PostCountRole:
        return file.postCount;
    case RecentPostsRole:
        return QVariant::fromValue(file.recentPosts);
    case FirstAddedRole:
        return file.firstAdded;
    case MissingRole:
        return missing;
    case CheckedRole:
        return m_missing.contains(file.path);
    default:
        return {};
    }
}

Qt::ItemFlags MediaLibraryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    // A file that is gone cannot go into a post; one not checked yet may (the composer checks).
    if (index.isValid() && !data(index, MissingRole).toBool())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList MediaLibraryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *MediaLibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !data(index, MissingRole).toBool())
            urls.append(QUrl::fromLocalFile(data(index, PathRole).toString()));
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

Qt::DropActions MediaLibraryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace tokdeck
