// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow's menu bar, apart from the window's layout and wiring (MainWindow.cpp) to keep
// both files short; the same class.

#include "MainWindow.h"
#include "accounts/AccountsPanel.h"
#include "actions/PostActions.h"
#include "actions/ReviewActions.h"
#include "app/HelpMenu.h"
#include "calendar/CalendarPanel.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "compose/VersionHistoryDialog.h"
#include "drafts/DraftsPanel.h"
#include "exchange/ScheduleExchange.h"
#include "library/MediaLibraryPanel.h"
#include "queue/UploadQueuePanel.h"
#include "settings/BackgroundSending.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace tokdeck {

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_editor) {
        QAction *newDraft =
            fileMenu->addAction(tr("&New draft"), this, [this] { m_editor->newDraft(); });
        newDraft->setShortcut(QKeySequence::New);
        newDraft->setObjectName(QStringLiteral("newDraftAction"));
        QAction *save = fileMenu->addAction(tr("&Save draft"), m_editor, &DraftEditor::saveNow);
        save->setShortcut(QKeySequence::Save);
        QAction *addMedia =
            fileMenu->addAction(tr("&Add media…"), m_composer, &ComposerWidget::addMediaWithDialog);
        addMedia->setShortcut(QKeySequence(tr("Ctrl+O")));
        if (auto *queuePanel = findChild<UploadQueuePanel *>())
            fileMenu
                ->addAction(tr("&Upload several videos…"), queuePanel,
                            &UploadQueuePanel::chooseFiles)
                ->setObjectName(QStringLiteral("uploadSeveralAction"));
        fileMenu->addAction(m_composer->publishAction());
        fileMenu->addSeparator();
    }
    if (m_exchange) {
        QAction *exportIcs = fileMenu->addAction(tr("&Export schedule (.ics)…"), m_exchange,
                                                 &ScheduleExchange::exportIcs);
        exportIcs->setObjectName(QStringLiteral("exportIcsAction"));
        QAction *importCsv = fileMenu->addAction(tr("&Import posts from CSV…"), m_exchange,
                                                 &ScheduleExchange::importCsv);
        importCsv->setObjectName(QStringLiteral("importCsvAction"));
        fileMenu->addSeparator();
    }
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    if (m_calendar) {
        QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
        QAction *undo = m_calendar->undoStack()->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_calendar->undoStack()->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        editMenu->addAction(undo);
        editMenu->addAction(redo);
        editMenu->addSeparator();
        QAction *paste = editMenu->addAction(tr("&Paste files into the post"), m_composer,
                                             &ComposerWidget::pasteFiles);
        paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    }

    if (m_calendar && m_drafts) {
        // One set of actions for the Post menu and every list's and chip's context menu, on the
        // post last selected; deletes go on the calendar's undo stack, beside its moves.
        auto *postActions = new PostActions(m_storage, m_calendar->undoStack(), this);
        postActions->setObjectName(QStringLiteral("postActions"));
        QMenu *postMenu = menuBar()->addMenu(tr("P&ost"));
        postMenu->setObjectName(QStringLiteral("postMenu"));
        postMenu->addActions(postActions->actions());
        if (m_composer->repeatAction())
            postMenu->addAction(m_composer->repeatAction());
        if (QAction *history = VersionHistoryDialog::makeAction(m_composer))
            postMenu->addAction(history);
        // Team review, on the same current post (issue #15).
        auto *review = new ReviewActions(m_storage, this);
        review->setObjectName(QStringLiteral("reviewActions"));
        postMenu->addSeparator();
        postMenu->addActions(review->actions());
        connect(review, &ReviewActions::message, this, &MainWindow::showNotice);
        connect(postActions, &PostActions::currentPostLoaded, review, [postActions, review] {
            review->setCurrentPost(postActions->currentPostId().value_or(0));
        });
        postActions->addShortcutsTo(m_drafts->listView());
        postActions->addShortcutsTo(m_calendar);
        connect(postActions, &PostActions::openRequested, m_editor, &DraftEditor::open);
        connect(postActions, &PostActions::message, this, &MainWindow::showNotice);
        connect(m_drafts, &DraftsPanel::postActivated, postActions, &PostActions::setCurrentPost);
        // Several selected (Ctrl/Shift-click): the actions act on all of them.
        connect(m_drafts, &DraftsPanel::selectionChanged, postActions, &PostActions::setSelection);
        connect(m_calendar, &CalendarPanel::selectionChanged, postActions,
                &PostActions::setSelection);
        connect(m_calendar, &CalendarPanel::postActivated, postActions,
                &PostActions::setCurrentPost);
        connect(m_drafts, &DraftsPanel::postContextMenuRequested, postActions,
                &PostActions::showContextMenu);
        connect(m_calendar, &CalendarPanel::postContextMenuRequested, postActions,
                &PostActions::showContextMenu);
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh =
        viewMenu->addAction(tr("&Refresh accounts"), m_accounts, &AccountsPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    if (m_calendar) {
        viewMenu->addAction(tr("&Month"), QKeySequence(tr("Ctrl+1")), this,
                            [this] { m_calendar->setMode(CalendarPanel::Mode::Month); });
        viewMenu->addAction(tr("&Week"), QKeySequence(tr("Ctrl+2")), this,
                            [this] { m_calendar->setMode(CalendarPanel::Mode::Week); });
        viewMenu->addAction(tr("&Agenda"), QKeySequence(tr("Ctrl+3")), this,
                            [this] { m_calendar->setMode(CalendarPanel::Mode::Agenda); });
    }
    if (m_storage) {
        viewMenu->addSeparator();
        MediaLibraryPanel::addDockTo(this, viewMenu, m_storage, m_thumbnails);
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *connectionAction = settingsMenu->addAction(tr("&Connection…"), this, [this] {
        askForConnection(
            tr("Change where Tokdeck posts to: your Crosspostify account or the sandbox."));
    });
    connectionAction->setObjectName(QStringLiteral("connectionAction"));
    BackgroundSending::addTo(settingsMenu, statusBar());
    HelpMenu::addTo(this);
}

} // namespace tokdeck
