// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "calendar/RescheduleCommand.h"
#include "domain/Account.h"
#include "domain/Post.h"
#include "planning/QueueOps.h"
#include "support/Clock.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QListView;
class QMenu;
class QRandomGenerator;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace tokdeck {

class AgendaModel;
class CalendarFilterBar;
class CalendarGridView;
class MonthView;
class StorageWorker;
class ThumbnailCache;
class WeekView;

// The calendar beside the composer: month, week and agenda views of every post with a time,
// navigation (previous, today, next), the local time zone, spam-cap warnings, and undoable
// drag-to-reschedule of posts that are not yet with Crosspostify. Tokdeck's own database is
// the source of truth: the API cannot list posts.
class CalendarPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPanel)

public:
    enum class Mode { Month, Week, Agenda };

    CalendarPanel(StorageWorker *storage, const Clock &clock = Clock::system(),
                  QWidget *parent = nullptr);

    // Also checks the mode's button (the View menu's Ctrl+1/2/3 come here too). The agenda
    // ("Next up") starts today.
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void showDate(const QDate &date);
    void step(int direction); // -1 previous, +1 next month/week
    // Shows the visible range, from the cache when it is there, and prefetches the
    // neighbouring ranges so paging is instant: once the user is about to page (the pointer
    // on an arrow, a first step) or a moment after the window has settled, not at start-up,
    // when only what is on screen is read.
    void reload();
    // Whether the range `offset` months or weeks from the one on screen is in memory, so
    // paging there shows it at once (for tests and benchmarks).
    bool holds(int offset) const { return m_cache.contains(visibleRange(offset)); }
    // Forgets everything cached and reloads (when more changed elsewhere than can be told
    // post by post); single changes arrive through the storage's postsChanged().
    void refresh();

    // Previews on the chips and in the agenda; accounts by name (id -> display name).
    void setThumbnails(ThumbnailCache *cache);
    void setAccountNames(const QHash<QString, QString> &names);

    // "Shuffle queue" (the toolbar's menu, one entry per account): the account's future posts
    // that sit on its slots and are still local swap their times at random, as ONE undo step
    // (QueueOps::shuffle); nothing outside those times moves. `random` (not owned; null: the
    // system's) seeds each shuffle, so a test can fix it.
    void shuffleQueue(const QString &accountId);
    void setRandom(QRandomGenerator *random) { m_random = random; }

    QUndoStack *undoStack() const { return m_undo; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    CalendarGridView *currentGrid() const;
    AgendaModel *agendaModel() const { return m_agendaModel; }
    CalendarFilterBar *filterBar() const { return m_filter; }

Q_SIGNALS:
    void postActivated(qint64 postId);
    void newPostRequested(const QDateTime &localTime);
    // Files dropped on a day (at the new-post time) or a week slot: a new draft with them.
    void filesDropped(const QStringList &paths, const QDateTime &localTime);
    // A right-click on a chip (month, week) or an agenda row.
    void postContextMenuRequested(qint64 postId, const QPoint &globalPos);
    // The chips selected in the month or week view (Ctrl-click): for the Post actions.
    void selectionChanged(const QList<qint64> &postIds);
    void reloaded();
    // A refused move or a failure, as shown in the panel's message line (also for a status bar).
    void messageShown(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Range = std::pair<QDate, QDate>;
    static constexpr int agendaDays = 14;     // "Next up": two weeks from the first day
    Range visibleRange(int offset = 0) const; // offset: neighbouring months/weeks
    void fetch(const Range &range, bool show);
    void prefetchNeighbours();
    // A range's posts and their spam-cap conflicts. Conflicts are worked out once per range:
    // for the range on screen when it arrives, for a prefetched one in a later turn of the
    // event loop (so the answer on screen is never held up by its neighbours).
    struct Loaded
    {
        QList<Post> posts;
        std::optional<QHash<qint64, QStringList>> conflicts;
        QList<AccountSlot> slots; // every account's posting slots in the range
    };
    void fillShuffleMenu(QMenu *menu);
    void apply(const Range &range);
    const QHash<qint64, QStringList> &conflictsOf(const Range &range); // range must be cached
    void requestMove(qint64 postId, const QDateTime &newLocalTime);
    void fetchPinned(); // the agenda's "Needs you" group: needs attention and failed, any date
    void showAgenda(const QList<Post> &posts);
    void updatePosts(const QList<qint64> &ids);
    void showMessage(const QString &text);
    void updateTitle();

    StorageWorker *m_storage;
    const Clock &m_clock;
    Mode m_mode = Mode::Month;
    QDate m_anchor;
    MonthView *m_month;
    WeekView *m_week;
    AgendaModel *m_agendaModel;
    QListView *m_agenda;
    QLabel *m_agendaCounts;
    QButtonGroup *m_modes;
    CalendarFilterBar *m_filter;
    QList<Post> m_pinned;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_message;
    QUndoStack *m_undo;
    QRandomGenerator *m_random = nullptr;
    int m_generation = 0; // bumped by refresh(): answers to older queries are dropped
    QHash<Range, Loaded> m_cache;
    QSet<Range> m_pending;
    QTimer *m_prefetchSoon; // the neighbours' prefetch, when the user does not page first
    bool m_prefetching = false;
};

} // namespace tokdeck
