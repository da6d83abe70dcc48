// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "publish/Outbox.h"

#include "api/ApiClient.h"
#include "publish/OutboxRun.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "support/Logging.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

namespace tokdeck {

namespace {
// Unique per Outbox object, and readable in the database: which machine and process hold a
// post (two Outboxes in one process, as in tests, still differ).
QString newRunnerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}
} // namespace

Outbox::Outbox(ApiClient *client, StorageWorker *storage, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
    , m_clock(clock)
    , m_runnerId(newRunnerId())
{
    connect(&m_timer, &QTimer::timeout, this, &Outbox::runDue);
    // A team database that comes back: what is due (and the leases that expired meanwhile,
    // through the usual recovery, never a second send) goes on.
    connect(m_storage, &StorageWorker::reachableChanged, this, [this](bool reachable) {
        if (reachable)
            runDue();
    });
}

Outbox::~Outbox() = default;

QString Outbox::apiHost() const
{
    return m_client->baseUrl().authority();
}

void Outbox::setLeaseTiming(int leaseMs, int renewMs)
{
    m_leaseMs = std::max(1, leaseMs);
    m_renewMs = std::clamp(renewMs, 1, m_leaseMs);
}

void Outbox::setAutoRun(int intervalMs)
{
    if (intervalMs > 0)
        m_timer.start(intervalMs);
    else
        m_timer.stop();
}

void Outbox::resume()
{
    onResult(this, m_storage->run([now = m_clock.nowUtc()](Stores &stores) {
        return stores.lifecycle.recoverExpired(now);
    }),
             [this](const QList<qint64> &) { Q_EMIT resumed(); });
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
    if (!m_storage->isReachable()) {
        // Nothing may start while the team database is away: a claim could not be written.
        // Runs already out stop at their next database step (their lease lapses; see resume).
        if (!isBusy())
            Q_EMIT idle();
        return;
    }
    m_checking = true;
    // Recovery first, in the same job: a post left by a crashed runner is due again at once.
    auto due = m_storage->run([now = m_clock.nowUtc()](Stores &stores) {
        stores.lifecycle.recoverExpired(now);
        // Rate-limited posts wait for the time Crosspostify gave, whatever their plan says.
        return std::pair(stores.posts.withStates({PostState::Ready}),
                         stores.lifecycle.deferredAt(now));
    });
    onResult(this, due, [this, only](const std::pair<QList<Post>, QList<qint64>> &found) {
        m_checking = false;
        const auto &[ready, deferred] = found;
        const QDateTime now = m_clock.nowUtc();
        for (const Post &post : ready) {
            if ((only && post.id != *only) || deferred.contains(post.id))
                continue;
            const auto handOverAt = post.handOverAt();
            const bool isDue = !handOverAt || *handOverAt <= now;
            if (!post.apiHost.isEmpty() && post.apiHost != apiHost())
                continue; // made for another server (the sandbox, or the real API)
            const bool known = m_runs.contains(post.id)
                               || std::any_of(m_waiting.begin(), m_waiting.end(),
                                              [&](const Post &p) { return p.id == post.id; });
            if (isDue && !known)
                m_waiting.append(post);
        }
        startNext();
    });
}

void Outbox::startNext()
{
    while (m_runs.size() < m_maxConcurrent && !m_waiting.isEmpty() && m_storage->isReachable()) {
        const Post post = m_waiting.takeFirst();
        auto *run = new OutboxRun(post, m_client, m_storage, m_clock,
                                  OutboxRun::Lease{m_runnerId, m_leaseMs, m_renewMs}, this);
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

void Outbox::change(qint64 postId, const QList<PostState> &from, PostState to, bool thenRun)
{
    // Publishing binds the post to this outbox's server.
    TransitionDetails details;
    if (to == PostState::Ready)
        details.apiHost = apiHost();
    onResult(this, m_storage->transition(postId, from, to, details),
             [this, postId, to, thenRun](const StorageResult<TransitionOutcome> &result) {
                 if (!result.ok()) {
                     Q_EMIT refused(postId, result.error);
                     return;
                 }
                 if (!result.value.done()) {
                     const QString now =
                         result.value.current
                             ? postDisplayStateName(toDisplayState(*result.value.current))
                             : tr("deleted");
                     Q_EMIT refused(postId, tr("The post was not changed: it is now \"%1\" "
                                               "(changed elsewhere, for example by another "
                                               "Tokdeck window or tokdeck-cli).")
                                                .arg(now));
                     return;
                 }
                 Q_EMIT stateChanged(postId, to, {});
                 if (thenRun)
                     runDue();
             });
}

void Outbox::enqueue(qint64 postId)
{
    const QList<PostState> from{PostState::Draft, PostState::Failed};
    if (!m_readyCheck) {
        change(postId, from, PostState::Ready, true);
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    auto refusal = m_storage->run(
        [check = m_readyCheck, postId, now](Stores &stores) { return check(stores, postId, now); });
    onResult(this, refusal, [this, postId, from](const QString &reason) {
        if (!reason.isEmpty()) {
            Q_EMIT refused(postId, reason);
            return;
        }
        change(postId, from, PostState::Ready, true);
    });
}

void Outbox::confirmPublished(qint64 postId)
{
    change(postId, {PostState::NeedsAttention}, PostState::Published, false);
}

void Outbox::sendAgain(qint64 postId)
{
    // The user checked that it was not published: now, and only now, it may go again.
    change(postId, {PostState::NeedsAttention, PostState::FailedOnTikTok}, PostState::Ready, true);
}

void Outbox::cancel(qint64 postId)
{
    if (OutboxRun *run = m_runs.value(postId))
        run->cancel();
    m_waiting.removeIf([postId](const Post &post) { return post.id == postId; });
}

} // namespace tokdeck
