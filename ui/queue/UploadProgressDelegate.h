// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace tokdeck {

// One row of the upload queue: the file name, under it a real progress bar (drawn by the
// widget's style, so it matches the platform and follows a light or dark palette) with percent
// and speed, or the state in words (waiting, failed and why, cancelled, duplicate), and at the
// right a small ✕ (cancel) or ↻ (retry) that acts on that row alone. Everything is measured
// from the font, in device-independent pixels, so it stays sharp and in proportion at any
// scale. The row's data comes from the roles below.
class UploadProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadProgressDelegate)

public:
    enum Role {
        FileNameRole = Qt::UserRole + 1, // QString
        StatusRole,                      // int(UploadQueue::Status)
        ProgressRole,                    // int 0-100
        StateTextRole,                   // QString: "43 % · 1.2 MB/s", "failed: …", …
        ActionRole,                      // int(Action): what the button of the row does now
    };
    enum class Action { None, Cancel, Retry };

    explicit UploadProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the ✕ / ↻ of a row drawn in `row` with `metrics` sits (the view's coordinates).
    static QRect actionRect(const QRect &row, const QFontMetrics &metrics);

Q_SIGNALS:
    void cancelRequested(const QModelIndex &index);
    void retryRequested(const QModelIndex &index);

private:
    QPersistentModelIndex m_hoveredAction; // the row whose button is under the mouse
    QPersistentModelIndex m_pressedAction; // the row whose button was pressed
};

} // namespace tokdeck
