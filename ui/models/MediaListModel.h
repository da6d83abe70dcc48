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

    enum Role { PathRole = Qt::UserRole + 1, KindRole, ProbedRole };

    struct Item
    {
        MediaInfo info;
        QImage thumbnail;       // as inspected (the preview scales it)
        QPixmap icon;           // the strip's small copy, made once: painting must not convert
        bool inspected = false; // probing finished (info complete, thumbnail if any)
    };

    explicit MediaListModel(QObject *parent = nullptr);

    const QList<Item> &items() const { return m_items; }
    QList<MediaInfo> mediaInfos() const;
    bool allInspected() const;

    void appendPaths(const QStringList &paths); // not yet inspected
    // `icon`: the thumbnail already scaled to iconSize (off the GUI thread); made here if null.
    void setInspection(const QString &path, const MediaInfo &info, const QImage &thumbnail, const QImage &icon = {});
    bool moveItem(int from, int to);
    void removeItem(int row);
    void clear();

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
