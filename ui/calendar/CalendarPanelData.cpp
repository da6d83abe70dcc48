// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CalendarPanel's data: what it asks the storage (a range, the agenda's pinned posts), the
// cache of ranges, and keeping step with the storage's change notices.

#include "calendar/CalendarPanel.h"
#include "calendar/PostChipStyle.h"
#include "rules/ConflictRules.h"
#include "storage/StorageWorker.h"
#include "storage/Stores.h"
#include "support/FutureCallback.h"

#include <QEvent>
#include <QTimer>

namespace tokdeck {

void CalendarPanel::updatePosts(const QList<qint64> &ids)
{
    if (m_cache.isEmpty() && m_pending.isEmpty())
        return;
    const int generation = m_generation;
    onResult(this, m_storage->loadMany(ids),
             [this, ids, generation](const StorageResult<QList<Post>> &result) {
                 if (generation != m_generation || !result.ok())
                     return;
                 if (m_mode == Mode::Agenda)
                     fetchPinned(); // a post may have come to need the user, or stopped to
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
                         const std::optional<QDateTime> at = PostChipStyle::calendarTime(post);
                         if (at && *at >= from && *at < to) {
                             posts.append(post);
                             touched = true;
                         }
                     }
                     if (!touched)
                         continue;
                     std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
                         return std::pair(*PostChipStyle::calendarTime(a), a.id)
                                < std::pair(*PostChipStyle::calendarTime(b), b.id);
                     });
                     it->conflicts.reset();
                     visibleTouched = visibleTouched || it.key() == visibleRange();
                 }
                 if (visibleTouched)
                     apply(visibleRange());
             });
}

void CalendarPanel::fetchPinned()
{
    const int generation = m_generation;
    onResult(this, m_storage->withStates({PostState::NeedsAttention, PostState::Failed}),
             [this, generation](const StorageResult<QList<Post>> &result) {
                 if (generation != m_generation || !result.ok())
                     return;
                 m_pinned = result.value;
                 if (m_mode == Mode::Agenda && m_cache.contains(visibleRange()))
                     apply(visibleRange());
             });
}

void CalendarPanel::reload()
{
    const Range range = visibleRange();
    if (m_cache.contains(range))
        apply(range);
    else
        fetch(range, true);
    if (m_prefetching)
        prefetchNeighbours();
    else if (!m_prefetchSoon->isActive())
        m_prefetchSoon->start();
}

void CalendarPanel::prefetchNeighbours()
{
    m_prefetching = true;
    m_prefetchSoon->stop();
    for (int offset : {+1, -1}) {
        const Range neighbour = visibleRange(offset);
        if (!m_cache.contains(neighbour))
            fetch(neighbour, false);
    }
}

bool CalendarPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter && !m_prefetching)
        prefetchNeighbours(); // on the previous or next arrow: paging is next
    return QWidget::eventFilter(watched, event);
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
    // The calendar's range query: the planned posts and the history of "Post now".
    // With the range's posting slots: the views show the ones no post holds.
    using Answer = StorageResult<std::pair<QList<Post>, QList<AccountSlot>>>;
    auto query = [from = from.toUTC(), to = to.toUTC()](Stores &stores) {
        Answer result;
        result.value.first = stores.posts.calendarRange(from, to);
        if (stores.lastError().isEmpty())
            result.value.second =
                QueueOps::slotsIn(stores, from, to).value_or(QList<AccountSlot>());
        result.error = stores.lastError();
        return result;
    };
    onResult(this, m_storage->run(std::move(query)),
             [this, range, generation](const Answer &result) {
                 if (generation != m_generation)
                     return; // data changed since this query was made
                 m_pending.remove(range);
                 if (!result.ok()) {
                     showMessage(result.error);
                     return;
                 }
                 m_cache.insert(range, {result.value.first, std::nullopt, result.value.second});
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

} // namespace tokdeck
