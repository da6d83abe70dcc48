// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/Post.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/PgListener.h"
#include "storage/Stores.h"
#include "support/Clock.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace tokdeck {

class Reconnect;

// A store call's answer: the value, plus the translated error when it failed (value is then
// the call's "nothing" value: 0, false, nullopt, an empty list, or the unchanged post).
template<class T> struct StorageResult
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// The one place the app touches its database: a QObject owning a QThread on which its Database
// (and so its named connection) and Stores are created, used and destroyed. The GUI thread
// never waits on disk: every call queues a job and returns a QFuture at once.
//
// Jobs run one at a time in the order they were queued, so a save queued before a load is
// visible to that load. Results arrive through the QFuture; in GUI code use
// tokdeck::onResult(contextObject, future, [](StorageResult<T> r) { ... }) from
// support/FutureCallback.h (the callback runs on the context's thread). Every failed call also
// emits storageFailed().
//
// Storage announces what changed: after each job that committed changes to posts, one
// postsChanged(ids); with watchOtherProcesses(), also the posts other processes changed in the
// same file. Views subscribe to it and update those rows; no widget relays changes to another.
class StorageWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWorker)

public:
    // An empty path means Database::defaultPath(), resolved on the worker thread. `clock` is
    // used from the worker thread and must outlive the worker (Clock::system() does).
    explicit StorageWorker(QString databasePath = {}, const Clock &clock = Clock::system(),
                           QObject *parent = nullptr);
    // Runs every job already queued (a last autosave is not lost), closes the connection on
    // its own thread, then stops the thread.
    ~StorageWorker() override;

    // Opens (creating, checking, recovering and migrating) the database. Call once, first;
    // jobs queued before it fail with "not open".
    QFuture<DatabaseOpenResult> open();

    // The folder the database lives in (empty: the default data folder), for files kept beside
    // it, such as the preview cache.
    QString folder() const { return m_folder; }

    // Runs f(Stores &) on the worker thread; the future carries what f returns. For a
    // sequence of store calls that belongs together (the outbox's steps); f must not keep the
    // reference. Posts changed by f are announced once it returns.
    template<class F> auto run(F f) -> QFuture<std::invoke_result_t<F &, Stores &>>
    {
        return runJob([this, f = std::move(f)]() mutable { return f(*m_stores); });
    }

    // Also announce changes made by other processes: polls the file every `intervalMs` (a
    // `PRAGMA data_version`, nothing more while no one else writes). 0 stops. On PostgreSQL
    // the changes come as they commit (PgListener: LISTEN/NOTIFY, its reconnects as
    // postsReset()), and the poll of the change log only backs it up, every
    // max(intervalMs, safetyPollMs).
    void watchOtherProcesses(int intervalMs);
    static constexpr int safetyPollMs = 30'000;

    QFuture<StorageResult<Post>> saveContent(Post post); // value: the post as saved
    QFuture<StorageResult<std::optional<Post>>> load(qint64 id);
    // "Apply to selected…": see PostStore::applyToDrafts().
    QFuture<StorageResult<PostStore::AppliedChanges>>
    applyToDrafts(QList<qint64> ids, PostStore::DraftChanges changes);
    QFuture<StorageResult<QList<Post>>> loadMany(QList<qint64> ids);
    // Refused (false, error says why) while the post is uploading or submitting.
    QFuture<StorageResult<bool>> remove(qint64 id);
    // value: the new draft (see PostStore::duplicate()); nullopt when refused or failed.
    QFuture<StorageResult<std::optional<Post>>> duplicate(qint64 id);
    // value: the new revision (0: refused, error says why); see PostStore::movePlannedAt()
    QFuture<StorageResult<qint64>> movePlannedAt(qint64 id, QDateTime fromUtc, QDateTime toUtc);
    QFuture<StorageResult<QList<Post>>> inRange(QDateTime fromUtc, QDateTime toUtc);
    QFuture<StorageResult<QList<Post>>> withStates(QList<PostState> states);
    QFuture<StorageResult<QList<Post>>> drafts(QString search = {});
    QFuture<StorageResult<QList<Post>>> search(QList<PostState> states, QString text = {});
    // One page of search(): see PostStore::searchPage().
    QFuture<StorageResult<QList<Post>>>
    searchPage(QList<PostState> states, QString text, int limit,
               std::optional<PostStore::PageCursor> after = std::nullopt, QList<qint64> among = {});
    QFuture<StorageResult<TransitionOutcome>>
    transition(qint64 id, QList<PostState> from, PostState to, TransitionDetails details = {});
    QFuture<StorageResult<bool>> setMediaUploaded(qint64 mediaRowId, QString mediaId,
                                                  QDateTime atUtc);
    QFuture<StorageResult<std::optional<QString>>> findMediaIdBySha256(QString sha256);
    QFuture<StorageResult<bool>> saveAccounts(QList<Account> accounts);
    QFuture<StorageResult<QList<Account>>> cachedAccounts();
    QFuture<StorageResult<QStringList>> knownHashtags(int limit);
    // Posting slots per account (see SlotStore); an empty spec removes them.
    QFuture<StorageResult<bool>> setPostingSlots(AccountSlotSpec slots);
    QFuture<StorageResult<QList<AccountSlotSpec>>> postingSlots();
    // Recurring posts: see SeriesStore (the cap checks are app/planning's expandSeries()).
    QFuture<StorageResult<SeriesStore::Expansion>>
    expandRecurrence(qint64 postId, QList<QDateTime> timesUtc, PostState state, QString rule);
    QFuture<StorageResult<QHash<qint64, SeriesPosition>>> seriesPositions(QList<qint64> postIds);

    QThread *workerThread() { return &m_thread; }

    // A team database (PostgreSQL): whether its server answers (see Reconnect), and its
    // host[:port] to name it to the user. SQLite: always reachable, no host.
    bool isReachable() const { return m_reachable; }
    QString host() const { return m_host; }
    // Who this worker saves as (sql::currentMember()), known once the database has opened:
    // "changed by" compares it with a post's updatedBy.
    QString member() const;

Q_SIGNALS:
    // Any failed call or open, as the translated sentence (emitted from the worker thread;
    // connect with a context object to get it queued to the GUI).
    void storageFailed(const QString &message);
    // Posts inserted, changed or deleted (load them to tell which), from the worker thread.
    void postsChanged(const QList<qint64> &postIds);
    // More changed elsewhere than can be told post by post: reload what is on screen.
    void postsReset();
    // The team database's server stopped answering (false: jobs fail at once, Tokdeck retries)
    // or answers again (true, then postsReset()). From the worker thread.
    void reachableChanged(bool reachable);

private:
    QString m_folder;
    template<class G> auto runJob(G g) -> QFuture<std::invoke_result_t<G &>>
    {
        using R = std::invoke_result_t<G &>;
        // shared_ptr: QPromise is move-only but the queued job must be copyable. If the job
        // is dropped unrun, the promise's destructor cancels and finishes the future, so no
        // caller waits forever.
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        enqueue([this, promise, g = std::move(g)]() mutable {
            if constexpr (std::is_void_v<R>) {
                g();
                checkReachable();
            } else {
                R result = g();
                checkReachable();
                promise->addResult(std::move(result));
            }
            // Announced before the caller hears back, so a view reloading on the answer and
            // one updating on the notice see the same rows.
            announceChanges();
            promise->finish();
        });
        return future;
    }

    // A store call that also reports failures through storageFailed().
    template<class Op> auto call(Op op)
    {
        using T = std::invoke_result_t<Op &, Stores &>;
        return run([this, op = std::move(op)](Stores &stores) mutable {
            StorageResult<T> result{op(stores), {}};
            checkReachable(); // a lost server's failure says so
            result.error = stores.lastError();
            if (!result.ok())
                Q_EMIT storageFailed(result.error);
            return result;
        });
    }

    void enqueue(std::function<void()> job);
    void announceChanges(); // on the worker thread
    void pollOtherProcesses();
    void listenToOtherDesktops(); // PostgreSQL: on the worker thread
    // In Reconnect.cpp: after each job on PostgreSQL, is the server still there?
    void checkReachable();
    static QString hostOf(const QString &location);

    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: queued jobs are delivered to it
    // Created, used and destroyed on m_thread only.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<QTimer> m_watch;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<PgListener> m_listener;
    QString m_location; // as opened (a URL keeps its password, which the listener needs)
    std::unique_ptr<Reconnect> m_reconnect; // PostgreSQL only, made on the first job's end
    QString m_host;
    std::atomic_bool m_reachable{true};
    mutable QMutex m_memberLock;
    QString m_member; // under m_memberLock: written on the worker thread, read on any
};

} // namespace tokdeck
