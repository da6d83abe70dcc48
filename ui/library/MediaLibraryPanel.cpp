// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/MediaLibraryPanel.h"

#include "library/MediaLibraryModel.h"
#include "storage/StorageWorker.h"
#include "widgets/SearchField.h"
#include "widgets/StatusColors.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tokdeck {

MediaLibraryPanel::MediaLibraryPanel(StorageWorker *storage, ThumbnailCache *thumbnails,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(new MediaLibraryModel(storage, this))
    , m_search(new QLineEdit(this))
    , m_mode(new QToolButton(this))
    , m_view(new QListView(this))
    , m_remove(new QAction(tr("&Remove from Library"), this))
    , m_error(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_changedDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("mediaLibraryPanel"));
    m_model->setThumbnails(thumbnails);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search file names"));
    m_search->setAccessibleName(tr("Search the media library"));
    giveClearButtonWhenTyped(m_search);
    m_mode->setObjectName(QStringLiteral("libraryIconMode"));
    m_mode->setText(tr("Thumbnails"));
    m_mode->setToolTip(tr("Show the files as thumbnails or as a list"));
    m_mode->setCheckable(true);
    m_view->setObjectName(QStringLiteral("libraryList"));
    m_view->setAccessibleName(tr("Media files"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Out only: the files are copied into a post, never moved out of the library.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(true);
    m_view->setIconSize(QSize(48, 48));

    // Only files no post uses: the library is where those posts find their file again.
    m_remove->setObjectName(QStringLiteral("libraryRemove"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setEnabled(false);
    m_view->addAction(m_remove);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_remove, &QAction::triggered, this, &MediaLibraryPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(!selectedUnusedRows().isEmpty()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_remove->setEnabled(!selectedUnusedRows().isEmpty()); });
    m_error->setObjectName(QStringLiteral("libraryError"));
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::errorText(errorPalette));
    m_error->setPalette(errorPalette);
    connect(m_model, &MediaLibraryModel::removeFinished, this, [this](const QStringList &errors) {
        m_error->setText(errors.join(QLatin1Char('\n')));
        m_error->setVisible(!errors.isEmpty());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    // Typing should not query on every keystroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_mode, &QToolButton::toggled, this, &MediaLibraryPanel::setIconMode);
    // Posts saved or deleted change what is used where; a burst (an import, a bulk upload)
    // reloads once. While hidden, nothing is read until the panel is shown again.
    m_changedDelay->setSingleShot(true);
    m_changedDelay->setInterval(500);
    connect(m_changedDelay, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_model->reload();
        else
            m_stale = true;
    });
    if (storage) {
        connect(storage, &StorageWorker::postsChanged, m_changedDelay, qOverload<>(&QTimer::start));
        connect(storage, &StorageWorker::postsReset, m_changedDelay, qOverload<>(&QTimer::start));
    }
}

QList<int> MediaLibraryPanel::selectedUnusedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (index.data(MediaLibraryModel::PostCountRole).toInt() != 0)
            return {}; // a mixed selection: nothing is removed rather than half of it
        rows.append(index.row());
    }
    return rows;
}

void MediaLibraryPanel::removeSelected()
{
    const QList<int> rows = selectedUnusedRows();
    if (rows.isEmpty())
        return;
    m_error->hide();
    m_remove->setEnabled(false);
    m_model->removeFromLibrary(rows);
}

void MediaLibraryPanel::setIconMode(bool icons)
{
    const QSignalBlocker blocker(m_mode);
    m_mode->setChecked(icons);
    m_view->setViewMode(icons ? QListView::IconMode : QListView::ListMode);
    m_view->setIconSize(icons ? QSize(96, 96) : QSize(48, 48));
    m_view->setGridSize(icons ? QSize(128, 150) : QSize());
    // IconMode makes items movable inside the view; here they only drag out.
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
}

void MediaLibraryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_model->reload();
    }
}

QDockWidget *MediaLibraryPanel::addDockTo(QMainWindow *window, QMenu *viewMenu,
                                          StorageWorker *storage, ThumbnailCache *thumbnails)
{
    auto *dock = new QDockWidget(tr("Media library"), window);
    dock->setObjectName(QStringLiteral("mediaLibraryDock"));
    dock->setWidget(new MediaLibraryPanel(storage, thumbnails, dock));
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide(); // until chosen in the View menu; the window's saved state may show it
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("mediaLibraryAction"));
    toggle->setText(tr("Media &library"));
    viewMenu->addAction(toggle);
    return dock;
}

} // namespace tokdeck
