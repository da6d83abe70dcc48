// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"
#include "domain/PostType.h"
#include "rules/ValidationIssue.h"

#include <QAbstractListModel>
#include <QImage>
#include <QPixmap>
#include <optional>

namespace tokdeck {

// The media of the draft being composed, in display order (= slideshow order). Reorders by
// drag and drop inside the view (rows travel as a private MIME type carrying row numbers),
// by moveItem() for keyboard shortcuts, and takes new files from outside as file URLs.
// Knows nothing about probing: the composer fills in MediaInfo and thumbnails when ready.
class MediaListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaListModel)

public:
    static constexpr const char *rowsMimeType = "application/x-tokdeck-media-rows";
    static constexpr QSize iconSize{72, 128}; // 9:16

    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole,
        ProbedRole,
        ProblemRole,    // int(Problem): the worst issue of this file, for a mark on its thumbnail
        SourcePathRole, // the original a fixed copy was made from; empty for an original
    };
    enum class Problem { None, Warning, Rejection };

    struct Item
    {
        MediaInfo info;
        QImage thumbnail;       // as inspected (the preview scales it)
        QPixmap icon;           // the strip's small copy, made once: painting must not convert
        bool inspected = false; // probing finished (info complete, thumbnail if any)
        Problem problem = Problem::None;
        QStringList problemTexts; // the issues naming this file, shown on hover
        QString sourcePath;       // the original, when this is Tokdeck's fixed copy of it
    };

    explicit MediaListModel(QObject *parent = nullptr);

    const QList<Item> &items() const { return m_items; }
    QList<MediaInfo> mediaInfos() const;
    bool allInspected() const;

    // Not yet inspected. `sourcePaths`, when given, pairs each path with the original it is a
    // fixed copy of ('' for an original), as a stored draft remembers it.
    void appendPaths(const QStringList &paths, const QStringList &sourcePaths = {});
    // `icon`: the thumbnail already scaled to iconSize (off the GUI thread); made here if null.
    void setInspection(const QString &path, const MediaInfo &info, const QImage &thumbnail,
                       const QImage &icon = {});
    // A fixed copy takes the original's place (same position, inspected anew); the original
    // stays known as its source. False when `path` is not in the list.
    bool replacePath(const QString &path, const QString &fixedPath);
    bool moveItem(int from, int to);
    void removeItem(int row);
    void clear();
    // The issues of the whole post: those naming a file (by its name) mark that file, so a
    // problem shows where it is and not only in the list under the form.
    void setIssues(const ValidationIssues &issues);

    // Which post the media make, or nullopt with the reason (mixed, two videos, none).
    std::optional<PostType> postType(ValidationIssues *issues = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void filesDropped(const QStringList &paths); // new files to inspect
    void orderChanged();

private:
    QList<Item> m_items;
};

} // namespace tokdeck
