// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace tokdeck {

class MediaListModel;

// The draft's media as thumbnails in order, numbered. Reorders by dragging and by keyboard
// (Alt+Up/Down or Alt+Left/Right), removes with Delete, and shows the 10-image limit.
class MediaStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaStrip)

public:
    explicit MediaStrip(MediaListModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    bool moveCurrent(int delta);
    void removeCurrent();
    // Files that were not added, and why: shown under the thumbnails until files are added
    // again or another draft opens (not in the post's state line, which the next state replaces).
    void showRefusal(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    MediaListModel *m_model;
    QListView *m_view;
    QLabel *m_count;
    QLabel *m_refusal;
};

} // namespace tokdeck
