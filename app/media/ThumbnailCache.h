// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace tokdeck {

// Small previews of media files for lists and the calendar, where the same few files are
// shown again and again: each made once off the GUI thread (probe + poster frame or scaled
// image), kept in memory for the session and on disk across sessions. The disk name comes
// from the path, size and modification time, so a file edited since is previewed afresh.
// Ask with thumbnail(): it answers from memory at once, or starts the work and later emits
// thumbnailReady(). A file that cannot be previewed is remembered as such (no retries).
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    // `diskDirectory` empty = memory only. Thumbnails fit inside `size` (physical pixels).
    ThumbnailCache(const QString &diskDirectory, QSize size, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The preview of `path` if it is known; otherwise a null image, and one is made in the
    // background unless it failed before.
    QImage thumbnail(const QString &path);
    bool hasFailed(const QString &path) const { return m_failed.contains(path); }
    QSize size() const { return m_size; }

    // For tests and diagnostics: previews actually decoded (not read from the disk cache).
    int decodedCount() const { return m_decoded; }

Q_SIGNALS:
    void thumbnailReady(const QString &path);

private:
    struct Made
    {
        QImage image;
        bool decoded = false; // false: read back from the disk cache
    };
    static Made make(const QString &path, const QString &diskDirectory, QSize size);

    QString m_diskDirectory;
    QSize m_size;
    // Bounded: a few thousand posts' previews (~16 KB each); an evicted one is read back from
    // the disk cache when shown again.
    QCache<QString, QImage> m_images{2000};
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    int m_decoded = 0;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace tokdeck
