// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QDockWidget;
class QLineEdit;
class QListView;
class QMainWindow;
class QMenu;
class QTimer;
class QLabel;
class QToolButton;

namespace tokdeck {

class MediaLibraryModel;
class StorageWorker;
class ThumbnailCache;

// The media library: every file the posts use, searchable by file name, as thumbnails or a
// list. A missing file is greyed and says so (its tooltip names the path it was at); the others
// drag out as files, into the composer or onto a calendar day or slot (a new draft there).
// A file no post uses any more stays until the user removes it (Delete, or the context menu).
class MediaLibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaLibraryPanel)

public:
    MediaLibraryPanel(StorageWorker *storage, ThumbnailCache *thumbnails,
                      QWidget *parent = nullptr);

    MediaLibraryModel *model() const { return m_model; }
    QListView *listView() const { return m_view; }
    void setIconMode(bool icons);

    // The panel as a dock of `window` ("Media library", hidden until chosen), with its
    // show/hide action added to `viewMenu`.
    static QDockWidget *addDockTo(QMainWindow *window, QMenu *viewMenu, StorageWorker *storage,
                                  ThumbnailCache *thumbnails);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<int> selectedUnusedRows() const;
    void removeSelected();

    MediaLibraryModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_mode;
    QListView *m_view;
    QAction *m_remove;
    QLabel *m_error; // why a file stayed in the library; hidden when there is nothing to say
    QTimer *m_searchDelay;
    QTimer *m_changedDelay;
    bool m_stale = true; // posts changed while hidden (or never loaded): reload when shown
};

} // namespace tokdeck
