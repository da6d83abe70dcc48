// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "storage/PostLifecycle.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPoint;
class QUndoStack;
class QWidget;

namespace tokdeck {

class BulkPostActions;
class StorageWorker;

// What can be done to one post, wherever it is shown: Open, Duplicate (Ctrl+D), Move back to
// draft (ready or failed posts, not yet handed over, or failed on TikTok), Delete (Del), and
// after the hand-over the user's word on what TikTok did (Tokdeck cannot see it): Mark as
// live… (with the TikTok link) and Mark as failed on TikTok… (with a reason). One set of QActions,
// used by the Post menu and by the context menus of the drafts list, the calendar's chips and
// the agenda, enabled for the current post's state: the post last selected or right-clicked.
// Everything goes through named storage operations; the views update from the storage's
// change notices, never from here. Deleting a post not yet with Crosspostify is undoable on
// `undo` (the calendar's stack, so Ctrl+Z undoes it like a move); one already with Crosspostify
// can only be forgotten here, after asking.
// With several posts selected (setSelection(): the list's rows, the calendar's Ctrl-clicked
// chips), Duplicate and Delete act on all of them ("Delete 5 posts"), as do Move by days…,
// Change accounts… and Re-slot into the queue; each is one undo step (BulkPostActions).
class PostActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostActions)

public:
    // `window` parents the question asked before forgetting a post.
    PostActions(StorageWorker *storage, QUndoStack *undo, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *unscheduleAction() const { return m_unschedule; }
    QAction *deleteAction() const { return m_delete; }
    QAction *markLiveAction() const { return m_markLive; }
    QAction *markFailedAction() const { return m_markFailed; }
    QAction *moveByDaysAction() const { return m_moveBy; }
    QAction *changeAccountsAction() const { return m_changeAccounts; }
    QAction *reslotAction() const { return m_reslot; }
    QAction *nextSlotAction() const { return m_nextSlot; }
    QList<QAction *> actions() const;

    // Del deletes the current post while the focus is in `widget` (a list, the calendar), not
    // anywhere in the window: in the composer, Delete removes a file or a character.
    void addShortcutsTo(QWidget *widget);

    // Loads the post (its state decides what is enabled); 0 clears.
    void setCurrentPost(qint64 postId);
    std::optional<qint64> currentPostId() const;
    // The posts selected in the view last used (several: the actions act on all of them).
    void setSelection(const QList<qint64> &postIds);
    QList<qint64> selection() const { return m_selection; }
    BulkPostActions *bulk() const { return m_bulk; }
    // Makes `postId` current, then shows the actions in a menu at `globalPos`.
    void showContextMenu(qint64 postId, const QPoint &globalPos);
    QMenu *contextMenu() const; // the one open, for tests

Q_SIGNALS:
    void openRequested(qint64 postId);
    void message(const QString &text); // for the status bar
    void currentPostLoaded();          // the actions' state is up to date

private:
    void load(qint64 postId, std::function<void()> then);
    void updateEnabled();
    void duplicateCurrent();
    void unscheduleCurrent();
    void deleteCurrent();
    void forget(const Post &post);
    void markLiveCurrent();
    void markFailedCurrent();
    // The selection when it has several posts, else the current post (or none).
    QList<qint64> targets() const;
    void resolveCurrent(PostState to, const TransitionDetails &details);
    static QString nameOf(const Post &post);

    StorageWorker *m_storage;
    QUndoStack *m_undo;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_duplicate;
    QAction *m_unschedule;
    QAction *m_delete;
    QAction *m_markLive;
    QAction *m_markFailed;
    QAction *m_moveBy;
    QAction *m_changeAccounts;
    QAction *m_reslot;
    QAction *m_nextSlot;
    BulkPostActions *m_bulk;
    QList<qint64> m_selection;
    std::optional<Post> m_current;
    int m_generation = 0; // answers for an earlier current post are dropped
    QPointer<QMenu> m_menu;
};

} // namespace tokdeck
