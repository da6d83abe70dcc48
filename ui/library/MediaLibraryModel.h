// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/MediaLibrary.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QThreadPool>

namespace tokdeck {

class StorageWorker;
class ThumbnailCache;

// Every file the posts use (MediaLibrary), a page at a time as the view scrolls (fetchMore),
// filtered by a file-name search. Whether a file is still on disk is checked off the GUI thread
// (a folder on a network drive may take seconds to answer); previews come from the shared
// ThumbnailCache, which makes them off the GUI thread too. Items drag out as file URLs, so the
// composer and the calendar take them like files from a file manager.
class MediaLibraryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaLibraryModel)

public:
    static constexpr int pageSize = 60;

    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole,        // int(MediaKind)
        SizeRole,        // bytes
        Sha256Role,      // empty when not fingerprinted
        PostCountRole,   // posts using the file
        RecentPostsRole, // QList<qint64>: the newest posts using it, newest first
        FirstAddedRole,  // QDateTime UTC; invalid when unknown
        MissingRole,     // true once the file was found gone; false while unchecked
        CheckedRole,     // whether the disk check has answered
    };

    explicit MediaLibraryModel(StorageWorker *storage, QObject *parent = nullptr);
    ~MediaLibraryModel() override;

    void setThumbnails(ThumbnailCache *cache); // null: no previews
    // Shows the first page of the files whose name contains `text` (all when empty).
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Loads the first page again (the posts changed).
    void reload();
    bool isLoading() const { return m_loading; }
    const QList<LibraryFile> &files() const { return m_files; }
    // Removes the files at `rows` from the library (off the GUI thread), then reloads; a file
    // some post still uses stays, and removeFinished() names it.
    void removeFromLibrary(const QList<int> &rows);

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static QString usedInText(int postCount);

Q_SIGNALS:
    void pageLoaded();   // a page arrived (first or further) and its rows are in
    void filesChecked(); // the disk check of a page answered
    // removeFromLibrary() is done; `errors`: one translated line per file that stayed.
    void removeFinished(const QStringList &errors);

private:
    void request(qint64 afterRow);
    void checkOnDisk(const QList<LibraryFile> &files);
    QIcon icon(const LibraryFile &file) const;

    StorageWorker *m_storage;
    QPointer<ThumbnailCache> m_thumbnails;
    QString m_search;
    QList<LibraryFile> m_files;
    QHash<QString, bool> m_missing; // path -> gone; absent: not checked yet
    bool m_hasMore = false;
    bool m_loading = false;
    int m_generation = 0; // bumped by a new search or reload: older answers are dropped
    mutable QCache<QString, QIcon> m_icons{500};
    QThreadPool m_diskChecks; // one thread: checks run in order, never on the global pool
};

} // namespace tokdeck
