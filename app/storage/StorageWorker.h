// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/Post.h"
#include "storage/Database.h"
#include "storage/PostStore.h"
#include "support/Clock.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace tokdeck {

// A store call's answer: the value, plus the translated error when it failed (value is then
// the call's "nothing" value: 0, false, nullopt, an empty list, or the unchanged post).
template<class T> struct StorageResult
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// The one place the app touches its database: a QObject owning a QThread on which its Database
// (and so its named connection) and PostStore are created, used and destroyed. The GUI thread
// never waits on disk: every call queues a job and returns a QFuture at once.
//
// Jobs run one at a time in the order they were queued, so a save queued before a load is
// visible to that load. Results arrive through the QFuture; in GUI code use
// tokdeck::onResult(contextObject, future, [](StorageResult<T> r) { ... }) from
// support/FutureCallback.h (the callback runs on the context's thread). Every failed call also
// emits storageFailed().
//
// Autosave: the composer debounces edits and calls save(post) with its current copy; the answer
// carries the saved post (id, media row ids, revision), which the composer must take before its
// next save of the same post, so at most one save per post should be in flight.
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

    // Runs f(PostStore &) on the worker thread; the future carries what f returns. The escape
    // hatch for anything the typed calls below do not cover; f must not keep the reference.
    template<class F> auto run(F f) -> QFuture<std::invoke_result_t<F &, PostStore &>>
    {
        return runJob([this, f = std::move(f)]() mutable { return f(*m_store); });
    }

    QFuture<StorageResult<Post>> save(Post post); // value: the post as saved
    QFuture<StorageResult<std::optional<Post>>> load(qint64 id);
    QFuture<StorageResult<bool>> remove(qint64 id);
    QFuture<StorageResult<QList<Post>>> inRange(QDateTime fromUtc, QDateTime toUtc);
    QFuture<StorageResult<QList<Post>>> withStates(QList<PostState> states);
    QFuture<StorageResult<QList<Post>>> drafts(QString search = {});
    QFuture<StorageResult<QList<Post>>> search(QList<PostState> states, QString text = {});
    QFuture<StorageResult<bool>> setState(qint64 id, PostState state, QString lastError = {},
                                          QString serverPostId = {});
    QFuture<StorageResult<bool>> setMediaUploaded(qint64 mediaRowId, QString mediaId,
                                                  QDateTime atUtc);
    QFuture<StorageResult<std::optional<QString>>> findMediaIdBySha256(QString sha256);
    QFuture<StorageResult<bool>> saveAccounts(QList<Account> accounts);
    QFuture<StorageResult<QList<Account>>> cachedAccounts();
    QFuture<StorageResult<QStringList>> knownHashtags(int limit);

    QThread *workerThread() { return &m_thread; }

Q_SIGNALS:
    // Any failed call or open, as the translated sentence (emitted from the worker thread;
    // connect with a context object to get it queued to the GUI).
    void storageFailed(const QString &message);

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
        enqueue([promise, g = std::move(g)]() mutable {
            if constexpr (std::is_void_v<R>) {
                g();
            } else {
                promise->addResult(g());
            }
            promise->finish();
        });
        return future;
    }

    // A store call that also reports failures through storageFailed().
    template<class Op> auto call(Op op)
    {
        using T = std::invoke_result_t<Op &, PostStore &>;
        return run([this, op = std::move(op)](PostStore &store) mutable {
            StorageResult<T> result{op(store), {}};
            result.error = store.lastError();
            if (!result.ok())
                Q_EMIT storageFailed(result.error);
            return result;
        });
    }

    void enqueue(std::function<void()> job);

    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: queued jobs are delivered to it
    // Created, used and destroyed on m_thread only.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostStore> m_store;
};

} // namespace tokdeck
