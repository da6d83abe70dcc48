// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "publish/Outbox.h"

#include "publish/OutboxRun.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "support/Logging.h"

namespace tokdeck {

Outbox::Outbox(ApiClient *client, StorageWorker *storage, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &Outbox::runDue);
}

Outbox::~Outbox() = default;

void Outbox::setAutoRun(int intervalMs)
{
    if (intervalMs > 0)
        m_timer.start(intervalMs);
    else
        m_timer.stop();
}

void Outbox::resume()
{
    auto future = m_storage->run([](PostStore &store) {
        QList<std::pair<qint64, PostState>> changed;
        for (const Post &post : store.withStates({PostState::Uploading})) {
            if (store.setState(post.id, PostState::Ready))
                changed.append({post.id, PostState::Ready});
        }
        for (const Post &post : store.withStates({PostState::Submitting})) {
            if (store.setState(
                    post.id, PostState::NeedsAttention,
                    tr("Tokdeck stopped while this post was being sent, so it may have been "
                       "published. Check TikTok or the Crosspostify dashboard, then mark it "
                       "published or send it again.")))
                changed.append({post.id, PostState::NeedsAttention});
        }
        return changed;
    });
    onResult(this, future, [this](const QList<std::pair<qint64, PostState>> &changed) {
        for (const auto &[id, state] : changed)
            Q_EMIT stateChanged(id, state, {});
        Q_EMIT resumed();
    });
}

void Outbox::runDue()
{
    collectDue(std::nullopt);
}

void Outbox::runOne(qint64 postId)
{
    collectDue(postId);
}

void Outbox::collectDue(std::optional<qint64> only)
{
    if (m_checking)
        return;
    m_checking = true;
    onResult(this, m_storage->withStates({PostState::Ready}),
             [this, only](const StorageResult<QList<Post>> &result) {
                 m_checking = false;
                 const QDateTime now = m_clock.nowUtc();
                 for (const Post &post : result.value) {
                     if (only && post.id != *only)
                         continue;
                     const auto handOverAt = post.handOverAt();
                     const bool due = !handOverAt || *handOverAt <= now;
                     const bool known =
                         m_runs.contains(post.id)
                         || std::any_of(m_waiting.begin(), m_waiting.end(),
                                        [&](const Post &p) { return p.id == post.id; });
                     if (due && !known)
                         m_waiting.append(post);
                 }
                 startNext();
             });
}

void Outbox::startNext()
{
    while (m_runs.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        const Post post = m_waiting.takeFirst();
        auto *run = new OutboxRun(post, m_client, m_storage, m_clock, this);
        m_runs.insert(post.id, run);
        connect(run, &OutboxRun::stateChanged, this, &Outbox::stateChanged);
        connect(run, &OutboxRun::progress, this, &Outbox::progress);
        connect(run, &OutboxRun::finished, this, [this, run](qint64 id) {
            m_runs.remove(id);
            run->deleteLater();
            startNext();
        });
        run->start();
    }
    if (!isBusy())
        Q_EMIT idle();
}

void Outbox::setStateThenRun(qint64 postId, PostState state, const QString &message)
{
    onResult(this, m_storage->setState(postId, state, message),
             [this, postId, state](const StorageResult<bool> &result) {
                 if (!result.ok()) {
                     Q_EMIT stateChanged(postId, PostState::Failed, result.error);
                     return;
                 }
                 Q_EMIT stateChanged(postId, state, {});
                 runDue();
             });
}

void Outbox::enqueue(qint64 postId)
{
    setStateThenRun(postId, PostState::Ready);
}

void Outbox::confirmPublished(qint64 postId)
{
    onResult(this, m_storage->setState(postId, PostState::Published),
             [this, postId](const StorageResult<bool> &result) {
                 if (result.ok())
                     Q_EMIT stateChanged(postId, PostState::Published, {});
             });
}

void Outbox::sendAgain(qint64 postId)
{
    // The user checked that it was not published: now, and only now, it may go again.
    setStateThenRun(postId, PostState::Ready);
}

void Outbox::cancel(qint64 postId)
{
    if (OutboxRun *run = m_runs.value(postId))
        run->cancel();
    m_waiting.removeIf([postId](const Post &post) { return post.id == postId; });
}

} // namespace tokdeck
