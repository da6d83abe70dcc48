// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/StorageWorker.h"

#include "storage/PostBulk.h"
#include "storage/Reconnect.h"
#include "storage/SqlDialect.h"
#include "support/Logging.h"

#include <QFileInfo>
#include <QMetaObject>
#include <algorithm>
#include <utility>

namespace tokdeck {

StorageWorker::StorageWorker(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_folder(databasePath.isEmpty() || sql::isDatabaseUrl(databasePath)
                   ? QString()
                   : QFileInfo(databasePath).absolutePath())
    , m_context(std::make_unique<QObject>())
    , m_host(hostOf(databasePath))
{
    m_thread.setObjectName(QStringLiteral("tokdeck-storage"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // The Database binds its connection to the thread that creates it: create it there. Being
    // the first job, every later job finds both objects in place.
    enqueue([this, path = std::move(databasePath), &clock]() {
        m_location = path.isEmpty() ? Database::defaultLocation() : path;
        m_database = std::make_unique<Database>(m_location, clock);
        m_stores = std::make_unique<Stores>(*m_database, clock);
    });
}

StorageWorker::~StorageWorker()
{
    Q_ASSERT_X(QThread::currentThread() != &m_thread, "StorageWorker",
               "destroyed from its own worker thread");
    // Queued after every pending job, so those run first; the stores go before their Database,
    // and everything on the thread that owns the connection.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this]() {
            m_listener.reset();
            m_watch.reset();
            m_feed.reset();
            m_reconnect.reset();
            m_stores.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StorageWorker::enqueue(std::function<void()> job)
{
    if (!QMetaObject::invokeMethod(m_context.get(), std::move(job), Qt::QueuedConnection))
        qCWarning(lcStorage) << "could not queue a storage job";
}

void StorageWorker::announceChanges()
{
    if (!m_stores || m_stores->context.changedPosts.isEmpty())
        return;
    QList<qint64> ids = std::exchange(m_stores->context.changedPosts, {}).values();
    std::sort(ids.begin(), ids.end());
    Q_EMIT postsChanged(ids);
}

void StorageWorker::watchOtherProcesses(int intervalMs)
{
    enqueue([this, intervalMs] {
        if (intervalMs <= 0 || !m_database || !m_database->isOpen()) {
            m_listener.reset();
            m_watch.reset();
            return;
        }
        int pollMs = intervalMs;
        if (m_database->isPostgres()) {
            listenToOtherDesktops();
            pollMs = std::max(intervalMs, safetyPollMs);
        }
        m_feed = std::make_unique<ChangeFeed>();
        if (!m_feed->start(m_database->connection())) {
            m_feed.reset();
            return;
        }
        m_watch = std::make_unique<QTimer>(); // created here: it lives on the worker thread
        connect(m_watch.get(), &QTimer::timeout, m_context.get(), [this] { pollOtherProcesses(); });
        m_watch->start(pollMs);
    });
}

void StorageWorker::listenToOtherDesktops()
{
    if (m_listener)
        return;
    m_listener = std::make_unique<PgListener>(m_location);
    // Through this thread, as every other notice: after the job running now, in order.
    connect(m_listener.get(), &PgListener::postsChanged, m_context.get(),
            [this](const QList<qint64> &ids) { Q_EMIT postsChanged(ids); });
    connect(m_listener.get(), &PgListener::reset, m_context.get(), [this] { Q_EMIT postsReset(); });
    m_listener->start();
}

void StorageWorker::pollOtherProcesses()
{
    if (!m_feed || !m_database || !m_database->isOpen())
        return;
    const std::optional<ChangeFeed::Changes> changes = m_feed->poll(m_database->connection());
    if (!changes)
        return;
    if (changes->reset)
        Q_EMIT postsReset();
    else
        Q_EMIT postsChanged(changes->postIds);
}

QFuture<DatabaseOpenResult> StorageWorker::open()
{
    return runJob([this]() {
        const DatabaseOpenResult result = m_database->open();
        if (!result.ok())
            Q_EMIT storageFailed(result.error);
        return result;
    });
}

QFuture<StorageResult<Post>> StorageWorker::saveContent(Post post)
{
    return call([post = std::move(post)](Stores &stores) mutable {
        stores.posts.saveContent(post);
        return post;
    });
}

QFuture<StorageResult<PostStore::AppliedChanges>>
StorageWorker::applyToDrafts(QList<qint64> ids, PostStore::DraftChanges changes)
{
    return call([ids = std::move(ids), changes = std::move(changes)](Stores &stores) {
        return stores.posts.applyToDrafts(ids, changes);
    });
}

QFuture<StorageResult<std::optional<Post>>> StorageWorker::load(qint64 id)
{
    return call([id](Stores &stores) { return stores.posts.load(id); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::loadMany(QList<qint64> ids)
{
    return call([ids = std::move(ids)](Stores &stores) { return stores.posts.loadMany(ids); });
}

QFuture<StorageResult<bool>> StorageWorker::remove(qint64 id)
{
    return call([id](Stores &stores) { return stores.posts.remove(id); });
}

QFuture<StorageResult<std::optional<Post>>> StorageWorker::duplicate(qint64 id)
{
    return call([id](Stores &stores) { return stores.posts.duplicate(id); });
}

QFuture<StorageResult<qint64>> StorageWorker::movePlannedAt(qint64 id, QDateTime fromUtc,
                                                            QDateTime toUtc)
{
    return call([=](Stores &stores) { return stores.posts.movePlannedAt(id, fromUtc, toUtc); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::inRange(QDateTime fromUtc, QDateTime toUtc)
{
    return call([fromUtc, toUtc](Stores &stores) { return stores.posts.inRange(fromUtc, toUtc); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::withStates(QList<PostState> states)
{
    return call(
        [states = std::move(states)](Stores &stores) { return stores.posts.withStates(states); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::drafts(QString search)
{
    return call(
        [search = std::move(search)](Stores &stores) { return stores.posts.drafts(search); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::search(QList<PostState> states, QString text)
{
    return call([states = std::move(states), text = std::move(text)](Stores &stores) {
        return stores.posts.search(states, text);
    });
}

QFuture<StorageResult<QList<Post>>>
StorageWorker::searchPage(QList<PostState> states, QString text, int limit,
                          std::optional<PostStore::PageCursor> after, QList<qint64> among)
{
    return call([states = std::move(states), text = std::move(text), limit, after,
                 among = std::move(among)](Stores &stores) {
        return stores.posts.searchPage(states, text, limit, after, among);
    });
}

QFuture<StorageResult<TransitionOutcome>>
StorageWorker::transition(qint64 id, QList<PostState> from, PostState to, TransitionDetails details)
{
    return call([=](Stores &stores) { return stores.lifecycle.transition(id, from, to, details); });
}

QFuture<StorageResult<bool>> StorageWorker::setMediaUploaded(qint64 mediaRowId, QString mediaId,
                                                             QDateTime atUtc)
{
    return call([=](Stores &stores) {
        return stores.uploads.setMediaUploaded(mediaRowId, mediaId, atUtc);
    });
}

QFuture<StorageResult<std::optional<QString>>> StorageWorker::findMediaIdBySha256(QString sha256)
{
    return call([sha256 = std::move(sha256)](Stores &stores) {
        return stores.uploads.findMediaIdBySha256(sha256);
    });
}

QFuture<StorageResult<bool>> StorageWorker::saveAccounts(QList<Account> accounts)
{
    return call([accounts = std::move(accounts)](Stores &stores) {
        return stores.accounts.saveAccounts(accounts);
    });
}

QFuture<StorageResult<QList<Account>>> StorageWorker::cachedAccounts()
{
    return call([](Stores &stores) { return stores.accounts.cachedAccounts(); });
}

QFuture<StorageResult<QStringList>> StorageWorker::knownHashtags(int limit)
{
    return call([limit](Stores &stores) { return stores.hashtags.knownHashtags(limit); });
}

QFuture<StorageResult<bool>> StorageWorker::setPostingSlots(AccountSlotSpec slots)
{
    return call(
        [slots = std::move(slots)](Stores &stores) { return stores.slots.setSlots(slots); });
}

QFuture<StorageResult<QList<AccountSlotSpec>>> StorageWorker::postingSlots()
{
    return call([](Stores &stores) { return stores.slots.allSlots(); });
}

QFuture<StorageResult<SeriesStore::Expansion>>
StorageWorker::expandRecurrence(qint64 postId, QList<QDateTime> timesUtc, PostState state,
                                QString rule)
{
    return call(
        [postId, timesUtc = std::move(timesUtc), state, rule = std::move(rule)](Stores &stores) {
            return stores.series.expandRecurrence(postId, timesUtc, state, rule);
        });
}

QFuture<StorageResult<QHash<qint64, SeriesPosition>>>
StorageWorker::seriesPositions(QList<qint64> postIds)
{
    return call([postIds = std::move(postIds)](Stores &stores) {
        return stores.series.positions(postIds);
    });
}

} // namespace tokdeck

// The bulk operations of PostBulk.h: single-post calls in a row, on the storage thread.
namespace tokdeck {

BulkOutcome movePlannedAtMany(Stores &stores, const QList<PlannedMove> &moves)
{
    BulkOutcome outcome;
    for (const PlannedMove &move : moves) {
        QString refusal;
        if (move.fromUtc.isValid()) {
            if (stores.posts.movePlannedAt(move.id, move.fromUtc, move.toUtc) <= 0)
                refusal = stores.lastError();
        } else if (std::optional<Post> post = stores.posts.load(move.id); !post) {
            refusal = stores.lastError().isEmpty()
                          ? PostStore::tr("Could not move post %1: it no longer exists (it was "
                                          "deleted).")
                                .arg(move.id)
                          : stores.lastError();
        } else if (post->plannedAt) {
            refusal = PostStore::tr("Could not move post %1: it was moved elsewhere meanwhile "
                                    "(in another window or by tokdeck-cli).")
                          .arg(move.id);
        } else {
            post->plannedAt = move.toUtc.isValid() ? std::optional(move.toUtc) : std::nullopt;
            if (stores.posts.saveContent(*post) <= 0)
                refusal = stores.lastError();
        }
        if (refusal.isEmpty())
            outcome.changed.append(move.id);
        else
            outcome.refused.append({move.id, refusal});
    }
    return outcome;
}

BulkOutcome setAccountsMany(Stores &stores, const QHash<qint64, QList<PostAccount>> &accountsOf)
{
    BulkOutcome outcome;
    QList<qint64> ids = accountsOf.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        std::optional<Post> post = stores.posts.load(id);
        if (!post) {
            outcome.refused.append(
                {id, stores.lastError().isEmpty()
                         ? PostStore::tr("Could not change post %1: it no longer exists (it was "
                                         "deleted).")
                               .arg(id)
                         : stores.lastError()});
            continue;
        }
        const QList<PostAccount> before = post->accounts;
        post->accounts = accountsOf.value(id);
        if (stores.posts.saveContent(*post) > 0) {
            outcome.changed.append(id);
            outcome.previousAccounts.insert(id, before);
        } else {
            outcome.refused.append({id, stores.lastError()});
        }
    }
    return outcome;
}

QList<Post> duplicateMany(Stores &stores, const QList<qint64> &ids)
{
    QList<Post> copies;
    for (qint64 id : ids) {
        if (std::optional<Post> copy = stores.posts.duplicate(id))
            copies.append(*copy);
    }
    return copies;
}

} // namespace tokdeck
