// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/CalendarPanel.h"

#include "calendar/MonthView.h"
#include "calendar/PostChipStyle.h"
#include "calendar/RescheduleCommand.h"
#include "calendar/WeekView.h"
#include "models/PostListModel.h"
#include "rules/ConflictRules.h"
#include "rules/ScheduleRules.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tokdeck {

namespace {
QToolButton *toolButton(const QString &text, const QString &name, const QString &tip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

CalendarPanel::CalendarPanel(StorageWorker *storage, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_clock(clock)
    , m_anchor(clock.nowUtc().toLocalTime().date())
    , m_month(new MonthView(clock, this))
    , m_week(new WeekView(clock, this))
    , m_agendaModel(new PostListModel(clock, this))
    , m_agenda(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("calendarPanel"));
    auto *previous =
        toolButton(QStringLiteral("◀"), QStringLiteral("calendarPrevious"), tr("Previous"), this);
    auto *today =
        toolButton(tr("Today"), QStringLiteral("calendarToday"), tr("Jump to today"), this);
    auto *next = toolButton(QStringLiteral("▶"), QStringLiteral("calendarNext"), tr("Next"), this);
    auto *monthButton =
        toolButton(tr("Month"), QStringLiteral("calendarMonthMode"), tr("Month view"), this);
    auto *weekButton =
        toolButton(tr("Week"), QStringLiteral("calendarWeekMode"), tr("Week view"), this);
    auto *agendaButton =
        toolButton(tr("Agenda"), QStringLiteral("calendarAgendaMode"), tr("Agenda list"), this);
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {monthButton, weekButton, agendaButton}) {
        button->setCheckable(true);
        modes->addButton(button);
    }
    monthButton->setChecked(true);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto *zoneLabel =
        new QLabel(tr("Times in %1 (%2)")
                       .arg(QString::fromUtf8(zone.id()),
                            zone.displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName)),
                   this);
    zoneLabel->setToolTip(tr("Hover a post to see its time in UTC."));
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_agenda->setObjectName(QStringLiteral("agendaView"));
    m_agenda->setModel(m_agendaModel);
    m_agenda->setWordWrap(true);
    m_agenda->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_title, 1);
    bar->addWidget(monthButton);
    bar->addWidget(weekButton);
    bar->addWidget(agendaButton);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(zoneLabel);

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(today, &QToolButton::clicked, this,
            [this] { showDate(m_clock.nowUtc().toLocalTime().date()); });
    connect(monthButton, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(weekButton, &QToolButton::clicked, this, [this] { setMode(Mode::Week); });
    connect(agendaButton, &QToolButton::clicked, this, [this] { setMode(Mode::Agenda); });
    for (CalendarGridView *grid :
         {static_cast<CalendarGridView *>(m_month), static_cast<CalendarGridView *>(m_week)}) {
        connect(grid, &CalendarGridView::postActivated, this, &CalendarPanel::postActivated);
        connect(grid, &CalendarGridView::newPostRequested, this, &CalendarPanel::newPostRequested);
        connect(grid, &CalendarGridView::moveRequested, this, &CalendarPanel::requestMove);
        connect(grid, &CalendarGridView::postContextMenuRequested, this,
                &CalendarPanel::postContextMenuRequested);
    }
    connect(m_agenda, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT postActivated(index.data(PostListModel::IdRole).toLongLong());
    });
    connect(m_agenda, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_agenda->indexAt(pos); // in the viewport's coordinates
        if (index.isValid())
            Q_EMIT postContextMenuRequested(index.data(PostListModel::IdRole).toLongLong(),
                                            m_agenda->viewport()->mapToGlobal(pos));
    });
    // Storage announces every change (this window's, the outbox's, another process's): the
    // rows that changed are read again and put in place; nothing else is reloaded.
    connect(m_storage, &StorageWorker::postsChanged, this, &CalendarPanel::updatePosts);
    connect(m_storage, &StorageWorker::postsReset, this, &CalendarPanel::refresh);
    updateTitle();
}

void CalendarPanel::updatePosts(const QList<qint64> &ids)
{
    if (m_cache.isEmpty() && m_pending.isEmpty())
        return;
    const int generation = m_generation;
    onResult(this, m_storage->loadMany(ids),
             [this, ids, generation](const StorageResult<QList<Post>> &result) {
                 if (generation != m_generation || !result.ok())
                     return;
                 // A range still being fetched may or may not include the change: fetch again.
                 if (!m_pending.isEmpty()) {
                     const QList<Range> pending = m_pending.values();
                     for (const Range &range : pending)
                         fetch(range, range == visibleRange());
                 }
                 const QSet<qint64> changed(ids.cbegin(), ids.cend());
                 bool visibleTouched = false;
                 for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
                     const QDateTime from = it.key().first.startOfDay().toUTC();
                     const QDateTime to = it.key().second.addDays(1).startOfDay().toUTC();
                     QList<Post> &posts = it->posts;
                     const qsizetype before = posts.size();
                     posts.removeIf([&](const Post &p) { return changed.contains(p.id); });
                     bool touched = posts.size() != before;
                     for (const Post &post : result.value) {
                         if (post.plannedAt && *post.plannedAt >= from && *post.plannedAt < to) {
                             posts.append(post);
                             touched = true;
                         }
                     }
                     if (!touched)
                         continue;
                     std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
                         return std::tie(*a.plannedAt, a.id) < std::tie(*b.plannedAt, b.id);
                     });
                     it->conflicts.reset();
                     visibleTouched = visibleTouched || it.key() == visibleRange();
                 }
                 if (visibleTouched)
                     apply(visibleRange());
             });
}

CalendarGridView *CalendarPanel::currentGrid() const
{
    return m_mode == Mode::Week ? static_cast<CalendarGridView *>(m_week)
                                : static_cast<CalendarGridView *>(m_month);
}

void CalendarPanel::setThumbnails(ThumbnailCache *cache)
{
    m_month->setThumbnails(cache);
    m_week->setThumbnails(cache);
    m_agendaModel->setThumbnails(cache);
}

void CalendarPanel::setAccountNames(const QHash<QString, QString> &names)
{
    m_month->setAccountNames(names);
    m_week->setAccountNames(names);
    m_agendaModel->setAccountNames(names);
}

void CalendarPanel::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(int(mode));
    updateTitle();
    reload();
}

void CalendarPanel::showDate(const QDate &date)
{
    m_anchor = date;
    updateTitle();
    reload();
}

void CalendarPanel::step(int direction)
{
    showDate(m_mode == Mode::Week ? m_anchor.addDays(7 * direction)
                                  : m_anchor.addMonths(direction));
}

void CalendarPanel::updateTitle()
{
    m_month->setAnchor(m_anchor);
    m_week->setAnchor(m_anchor);
    const QLocale locale;
    if (m_mode == Mode::Week) {
        const QDate first = m_week->firstVisibleDay();
        m_title->setText(
            tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                              locale.toString(first.addDays(6), QLocale::ShortFormat)));
    } else {
        m_title->setText(locale.standaloneMonthName(m_anchor.month()) + QLatin1Char(' ')
                         + QString::number(m_anchor.year()));
    }
}

CalendarPanel::Range CalendarPanel::visibleRange(int offset) const
{
    if (m_mode == Mode::Week) {
        const QDate first = m_week->firstVisibleDay().addDays(7 * offset);
        return {first, first.addDays(6)};
    }
    // Same arithmetic as MonthView::firstVisibleDay, for a month that is not shown yet.
    const QDate month = QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(offset);
    const int back = (month.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
    return {month.addDays(-back), month.addDays(-back + 41)};
}

void CalendarPanel::reload()
{
    const Range range = visibleRange();
    if (m_cache.contains(range))
        apply(range);
    else
        fetch(range, true);
    for (int offset : {+1, -1}) {
        const Range neighbour = visibleRange(offset);
        if (!m_cache.contains(neighbour))
            fetch(neighbour, false);
    }
}

void CalendarPanel::refresh()
{
    ++m_generation;
    m_cache.clear();
    m_pending.clear();
    reload();
}

void CalendarPanel::fetch(const Range &range, bool show)
{
    if (m_pending.contains(range) && !show)
        return;
    m_pending.insert(range);
    if (m_cache.size() > 24)
        m_cache.clear(); // a year of paging back and forth; no need for anything smarter
    const QDateTime from = range.first.startOfDay();
    const QDateTime to = range.second.addDays(1).startOfDay();
    const int generation = m_generation;
    onResult(this, m_storage->inRange(from.toUTC(), to.toUTC()),
             [this, range, generation](const StorageResult<QList<Post>> &result) {
                 if (generation != m_generation)
                     return; // data changed since this query was made
                 m_pending.remove(range);
                 if (!result.ok()) {
                     showMessage(result.error);
                     return;
                 }
                 m_cache.insert(range, {result.value, std::nullopt});
                 if (range == visibleRange()) {
                     apply(range);
                     return;
                 }
                 QTimer::singleShot(0, this, [this, range, generation] {
                     if (generation == m_generation && m_cache.contains(range))
                         conflictsOf(range);
                 });
             });
}

const QHash<qint64, QStringList> &CalendarPanel::conflictsOf(const Range &range)
{
    Loaded &loaded = m_cache[range];
    if (!loaded.conflicts)
        loaded.conflicts = ConflictRules::find(loaded.posts);
    return *loaded.conflicts;
}

void CalendarPanel::apply(const Range &range)
{
    // Copies (implicitly shared, so cheap): a slot of reloaded() may page and evict the cache.
    const QHash<qint64, QStringList> conflicts = conflictsOf(range);
    const QList<Post> posts = m_cache.value(range).posts;
    // Only the view on screen is laid out; switching modes reloads (from the cache).
    switch (m_mode) {
    case Mode::Month:
        m_month->setPosts(posts, conflicts);
        break;
    case Mode::Week:
        m_week->setPosts(posts, conflicts);
        break;
    case Mode::Agenda:
        m_agendaModel->setPosts(posts);
        break;
    }
    Q_EMIT reloaded();
}

void CalendarPanel::requestMove(qint64 postId, const QDateTime &newLocalTime)
{
    const Post *post = currentGrid()->post(postId);
    if (!post || !post->plannedAt || *post->plannedAt == newLocalTime.toUTC())
        return;
    if (!post->isEditable()) {
        showMessage(PostChipStyle::lockReason(*post));
        return;
    }
    // Too soon is refused now, with the composer's words; beyond 30 days is fine (held locally).
    const QDateTime now = m_clock.nowUtc();
    if (newLocalTime.toUTC() < ScheduleRules::earliestAllowed(now)) {
        const ValidationIssues issues = ScheduleRules::check(newLocalTime, now);
        showMessage(issues.isEmpty() ? QString() : issues.first().message);
        return;
    }
    m_message->setVisible(false);
    m_undo->push(new RescheduleCommand(
        m_storage, this, postId, post->plannedAt->toUTC(), newLocalTime.toUTC(),
        [this](const QString &error) {
            if (!error.isEmpty())
                showMessage(error); // on success the change notice moves the chip
        }));
}

void CalendarPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace tokdeck
