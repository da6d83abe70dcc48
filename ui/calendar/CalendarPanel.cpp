// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/CalendarPanel.h"

#include "calendar/AgendaModel.h"
#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarLegend.h"
#include "calendar/MonthView.h"
#include "calendar/PostChipStyle.h"
#include "calendar/RescheduleCommand.h"
#include "calendar/WeekView.h"
#include "rules/ConflictRules.h"
#include "storage/StorageWorker.h"
#include "storage/Stores.h"
#include "support/FutureCallback.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
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
    , m_agendaModel(new AgendaModel(this))
    , m_agenda(new QListView(this))
    , m_agendaCounts(new QLabel(this))
    , m_modes(new QButtonGroup(this))
    , m_filter(new CalendarFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_prefetchSoon(new QTimer(this))
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
    // Exclusive, by mode: setMode() checks the one shown, whoever asked for it.
    for (QToolButton *button : {monthButton, weekButton, agendaButton}) {
        button->setCheckable(true);
        m_modes->addButton(button, int(m_modes->buttons().size()));
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
    m_agendaCounts->setObjectName(QStringLiteral("agendaCounts"));
    m_agendaCounts->setWordWrap(true);
    auto *agendaPage = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaPage);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_agendaCounts);
    agendaLayout->addWidget(m_agenda, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_title, 1);
    auto *shuffle = toolButton(tr("Shuffle"), QStringLiteral("calendarShuffleQueue"),
                               tr("Shuffle an account's queue"), this);
    shuffle->setPopupMode(QToolButton::InstantPopup);
    auto *shuffleMenu = new QMenu(shuffle);
    shuffleMenu->setObjectName(QStringLiteral("calendarShuffleMenu"));
    shuffle->setMenu(shuffleMenu);
    connect(shuffleMenu, &QMenu::aboutToShow, this,
            [this, shuffleMenu] { fillShuffleMenu(shuffleMenu); });
    bar->addWidget(shuffle);
    bar->addWidget(monthButton);
    bar->addWidget(weekButton);
    bar->addWidget(agendaButton);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(agendaPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(new CalendarLegend(this));
    layout->addWidget(zoneLabel);

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(+1); });
    // The pointer on an arrow: the user is about to page (not just the window appearing
    // under a resting pointer, which enters whatever is below it).
    previous->installEventFilter(this);
    next->installEventFilter(this);
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
        connect(grid, &CalendarGridView::filesDropped, this, &CalendarPanel::filesDropped);
        connect(grid, &CalendarGridView::filesRefused, this, &CalendarPanel::showMessage);
        connect(grid, &CalendarGridView::moveRefused, this,
                [this](qint64, const QString &reason) { showMessage(reason); });
        connect(grid, &CalendarGridView::postContextMenuRequested, this,
                &CalendarPanel::postContextMenuRequested);
        connect(grid, &CalendarGridView::selectionChanged, this, &CalendarPanel::selectionChanged);
    }
    connect(m_agenda, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(AgendaModel::IdRole).toLongLong())
            Q_EMIT postActivated(id); // not for a day's header
    });
    connect(m_agenda, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_agenda->indexAt(pos); // in the viewport's coordinates
        if (const qint64 id = index.data(AgendaModel::IdRole).toLongLong())
            Q_EMIT postContextMenuRequested(id, m_agenda->viewport()->mapToGlobal(pos));
    });
    // Start-up reads only the range on screen (at 100,000 posts each month is thousands of
    // rows); the neighbours follow soon after, or as soon as the user comes to page.
    m_prefetchSoon->setSingleShot(true);
    m_prefetchSoon->setInterval(1000);
    connect(m_prefetchSoon, &QTimer::timeout, this, &CalendarPanel::prefetchNeighbours);
    // Storage announces every change (this window's, the outbox's, another process's): the
    // rows that changed are read again and put in place; nothing else is reloaded.
    connect(m_storage, &StorageWorker::postsChanged, this, &CalendarPanel::updatePosts);
    connect(m_storage, &StorageWorker::postsReset, this, &CalendarPanel::refresh);
    connect(m_filter, &CalendarFilterBar::changed, this, [this] { apply(visibleRange()); });
    // Names before the API answers (or offline): the accounts cached at the last refresh.
    onResult(this, m_storage->cachedAccounts(), [this](const StorageResult<QList<Account>> &r) {
        const QHash<QString, QString> names = displayNames(r.value);
        if (!names.isEmpty() && m_filter->accountBox()->count() <= 1)
            setAccountNames(names);
    });
    updateTitle();
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
    m_filter->setAccountNames(names);
    if (m_mode == Mode::Agenda)
        m_agendaCounts->setText(m_agendaModel->accountCounts().join(QStringLiteral(" · ")));
}

void CalendarPanel::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    if (mode == Mode::Agenda) {
        m_anchor = m_clock.nowUtc().toLocalTime().date(); // "Next up" starts today
        fetchPinned();
    }
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
    m_prefetching = true; // paging: keep the next ranges ready
    if (m_mode == Mode::Agenda)
        showDate(m_anchor.addDays(agendaDays * direction));
    else
        showDate(m_mode == Mode::Week ? m_anchor.addDays(7 * direction)
                                      : m_anchor.addMonths(direction));
}

void CalendarPanel::updateTitle()
{
    m_month->setAnchor(m_anchor);
    m_week->setAnchor(m_anchor);
    const QLocale locale;
    if (m_mode == Mode::Agenda && m_anchor == m_clock.nowUtc().toLocalTime().date()) {
        m_title->setText(tr("Next up"));
    } else if (m_mode == Mode::Agenda) {
        m_title->setText(tr("%1 – %2").arg(
            locale.toString(m_anchor, QLocale::ShortFormat),
            locale.toString(m_anchor.addDays(agendaDays - 1), QLocale::ShortFormat)));
    } else if (m_mode == Mode::Week) {
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
    if (m_mode == Mode::Agenda) {
        const QDate first = m_anchor.addDays(agendaDays * offset);
        return {first, first.addDays(agendaDays - 1)};
    }
    if (m_mode == Mode::Week) {
        const QDate first = m_week->firstVisibleDay().addDays(7 * offset);
        return {first, first.addDays(6)};
    }
    // Same arithmetic as MonthView::firstVisibleDay, for a month that is not shown yet.
    const QDate month = QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(offset);
    const int back = (month.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
    return {month.addDays(-back), month.addDays(-back + 41)};
}

void CalendarPanel::apply(const Range &range)
{
    // Copies (implicitly shared, so cheap): a slot of reloaded() may page and evict the cache.
    const QHash<qint64, QStringList> conflicts = conflictsOf(range);
    QList<Post> posts = m_cache.value(range).posts;
    // Every post holds its slot, shown or not; the slots shown are the filter's account's.
    const QList<AccountSlot> empty = QueueOps::emptySlots(
        m_cache.value(range).slots, posts, m_filter->accountBox()->currentData().toString());
    m_month->setEmptySlots(empty);
    m_week->setEmptySlots(empty);
    // The filter bar hides; the spam caps above still count every post.
    const QDateTime now = m_clock.nowUtc();
    if (m_filter->isActive())
        posts.removeIf([&](const Post &p) { return !m_filter->accepts(p, now); });
    // Only the view on screen is laid out; switching modes reloads (from the cache).
    switch (m_mode) {
    case Mode::Month:
        m_month->setPosts(posts, conflicts);
        break;
    case Mode::Week:
        m_week->setPosts(posts, conflicts);
        break;
    case Mode::Agenda:
        showAgenda(posts);
        break;
    }
    Q_EMIT reloaded();
}

void CalendarPanel::requestMove(qint64 postId, const QDateTime &newLocalTime)
{
    const Post *post = currentGrid()->post(postId);
    if (!post || !post->plannedAt || *post->plannedAt == newLocalTime.toUTC())
        return;
    // Locked posts and times too soon are refused, naming the post; beyond 30 days is fine.
    if (const QString refusal = PostChipStyle::moveRefusal(*post, newLocalTime, m_clock.nowUtc());
        !refusal.isEmpty()) {
        showMessage(refusal);
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

void CalendarPanel::showAgenda(const QList<Post> &posts)
{
    QList<Post> pinned = m_pinned;
    const QDateTime now = m_clock.nowUtc();
    if (m_filter->isActive())
        pinned.removeIf([&](const Post &p) { return !m_filter->accepts(p, now); });
    m_agendaModel->setPosts(posts, pinned, m_anchor, now);
    m_agendaCounts->setText(m_agendaModel->accountCounts().join(QStringLiteral(" · ")));
}

void CalendarPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT messageShown(text);
}

} // namespace tokdeck
