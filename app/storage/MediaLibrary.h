// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"
#include "storage/StoreBase.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tokdeck {

// One file of the media library: the media rows of the same content (same SHA-256) or, for
// rows not yet fingerprinted, of the same path, seen as one. Its fields are the newest row's.
struct LibraryFile
{
    qint64 newestRow = 0; // the group's newest media row: the keyset of the pages
    QString path;
    MediaKind kind = MediaKind::Unknown;
    qint64 size = 0;
    QString sha256; // empty: not fingerprinted, grouped by path
    int width = 0;
    int height = 0;
    double durationSeconds = 0;
    QDateTime firstAdded;      // UTC: when the first post that uses it was created; invalid if none
    int postCount = 0;         // posts using it (any of its rows)
    QList<qint64> recentPosts; // the newest of those posts, newest first, at most recentShown

    friend bool operator==(const LibraryFile &, const LibraryFile &) = default;
};

// Every file the posts hold, for the media library panel: one entry per distinct file,
// newest added first, searchable by file name, paged by keyset so a page costs the same at
// the first file and the 100,000th. A file stays listed after the posts that used it are
// deleted or changed (PostStore keeps its last media row, with postCount 0) until the user
// removes it from the library (forget()).
class MediaLibrary final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(MediaLibrary)
    Q_DISABLE_COPY_MOVE(MediaLibrary)

public:
    static constexpr int recentShown = 5;

    explicit MediaLibrary(StoreContext &context);

    // At most `limit` files whose file name (not the folder) contains `search` (any case; all
    // when empty), newest added first, strictly older than the file whose newestRow is
    // `afterRow` (0: from the newest). The next page starts after the last file's newestRow;
    // fewer than `limit` files means there are no more.
    QList<LibraryFile> page(const QString &search, int limit, qint64 afterRow = 0);
    // Removes `file` from the library: its media rows, when no post uses any of them. False
    // with lastError() naming the file and how many posts still use it (the library is where
    // those posts find their file again, so it is not removed behind their back).
    bool forget(const LibraryFile &file);

private:
    bool fillUsage(LibraryFile &file, const QString &operation);
};

} // namespace tokdeck
