// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/StorageWorker.h"

#include "support/Logging.h"

#include <QFileInfo>
#include <QMetaObject>

namespace tokdeck {

StorageWorker::StorageWorker(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_folder(databasePath.isEmpty() ? QString() : QFileInfo(databasePath).absolutePath())
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("tokdeck-storage"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // The Database binds its connection to the thread that creates it: create it there. Being
    // the first job, every later job finds both objects in place.
    enqueue([this, path = std::move(databasePath), &clock]() {
        m_database =
            std::make_unique<Database>(path.isEmpty() ? Database::defaultPath() : path, clock);
        m_store = std::make_unique<PostStore>(*m_database, clock);
    });
}

StorageWorker::~StorageWorker()
{
    Q_ASSERT_X(QThread::currentThread() != &m_thread, "StorageWorker",
               "destroyed from its own worker thread");
    // Queued after every pending job, so those run first; the store goes before its Database,
    // and both on the thread that owns the connection.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this]() {
            m_store.reset();
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

QFuture<DatabaseOpenResult> StorageWorker::open()
{
    return runJob([this]() {
        const DatabaseOpenResult result = m_database->open();
        if (!result.ok())
            Q_EMIT storageFailed(result.error);
        return result;
    });
}

QFuture<StorageResult<Post>> StorageWorker::save(Post post)
{
    return call([post = std::move(post)](PostStore &store) mutable {
        store.save(post);
        return post;
    });
}

QFuture<StorageResult<std::optional<Post>>> StorageWorker::load(qint64 id)
{
    return call([id](PostStore &store) { return store.load(id); });
}

QFuture<StorageResult<bool>> StorageWorker::remove(qint64 id)
{
    return call([id](PostStore &store) { return store.remove(id); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::inRange(QDateTime fromUtc, QDateTime toUtc)
{
    return call([fromUtc, toUtc](PostStore &store) { return store.inRange(fromUtc, toUtc); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::withStates(QList<PostState> states)
{
    return call(
        [states = std::move(states)](PostStore &store) { return store.withStates(states); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::drafts(QString search)
{
    return call([search = std::move(search)](PostStore &store) { return store.drafts(search); });
}

QFuture<StorageResult<QList<Post>>> StorageWorker::search(QList<PostState> states, QString text)
{
    return call([states = std::move(states), text = std::move(text)](PostStore &store) {
        return store.search(states, text);
    });
}

QFuture<StorageResult<bool>> StorageWorker::setState(qint64 id, PostState state, QString lastError,
                                                     QString serverPostId)
{
    return call(
        [=](PostStore &store) { return store.setState(id, state, lastError, serverPostId); });
}

QFuture<StorageResult<bool>> StorageWorker::setMediaUploaded(qint64 mediaRowId, QString mediaId,
                                                             QDateTime atUtc)
{
    return call(
        [=](PostStore &store) { return store.setMediaUploaded(mediaRowId, mediaId, atUtc); });
}

QFuture<StorageResult<std::optional<QString>>> StorageWorker::findMediaIdBySha256(QString sha256)
{
    return call([sha256 = std::move(sha256)](PostStore &store) {
        return store.findMediaIdBySha256(sha256);
    });
}

QFuture<StorageResult<bool>> StorageWorker::saveAccounts(QList<Account> accounts)
{
    return call([accounts = std::move(accounts)](PostStore &store) {
        return store.saveAccounts(accounts);
    });
}

QFuture<StorageResult<QList<Account>>> StorageWorker::cachedAccounts()
{
    return call([](PostStore &store) { return store.cachedAccounts(); });
}

QFuture<StorageResult<QStringList>> StorageWorker::knownHashtags(int limit)
{
    return call([limit](PostStore &store) { return store.knownHashtags(limit); });
}

} // namespace tokdeck
