// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "support/Clock.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tokdeck {

class ApiClient;
class OutboxRun;
class StorageWorker;
struct Stores;

// Carries ready posts to Crosspostify, a few at a time, whenever they are due: posts "now" at
// once; scheduled posts once inside the 30-day window (hand-over "now"), or an hour before
// their time ("keep editable"); until then they are held locally.
//
// Never alone: the app, several windows and any number of `tokdeck-cli outbox run` may share
// one database. Each Outbox is a runner with its own id; it claims a post (ready → uploading)
// with a compare-and-set and a lease that its run renews while it works, so two runners share
// the due posts and neither sends one the other holds. Each round first recovers posts whose
// runner stopped renewing (crashed, killed, lost its disk): an expired upload starts again, an
// expired create call goes to "needs attention" and is never sent twice on its own.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    static constexpr int defaultLeaseMs = 60'000;
    static constexpr int defaultRenewMs = 10'000;

    Outbox(ApiClient *client, StorageWorker *storage, const Clock &clock = Clock::system(),
           QObject *parent = nullptr);
    ~Outbox() override;

    QString runnerId() const { return m_runnerId; }
    // The API host this outbox sends to; posts bound to another host are not its to send.
    QString apiHost() const;
    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }
    // How long a claim lasts without renewal, and how often a run renews it (tests shorten
    // both; the lease must be several renewals long).
    void setLeaseTiming(int leaseMs, int renewMs);
    // Checks for due posts (and expired leases) every `intervalMs` (0: only when asked).
    void setAutoRun(int intervalMs);

    void resume();               // recovers expired leases → resumed()
    void runDue();               // → idle() once nothing due is left running
    void runOne(qint64 postId);  // only this post, if it is due (tokdeck-cli post)
    void enqueue(qint64 postId); // draft or failed → ready, then runDue()
    // Asked on the storage thread before enqueue() makes a post ready; a non-empty answer (a
    // translated sentence) refuses it with refused() and the post stays as it is. Planning's
    // capRefusalFor() is the one to install (TikTok's 24-hour cap); without one, none runs.
    using ReadyCheck = std::function<QString(Stores &, qint64 postId, const QDateTime &nowUtc)>;
    void setReadyCheck(ReadyCheck check) { m_readyCheck = std::move(check); }
    void confirmPublished(qint64 postId);
    // Needs attention (the user checked it was not published) or failed on TikTok → ready. It
    // goes only to the accounts that did not take it (Post::resolvedTargets).
    void sendAgain(qint64 postId);
    void cancel(qint64 postId);
    bool isBusy() const { return !m_runs.isEmpty() || !m_waiting.isEmpty() || m_checking; }

Q_SIGNALS:
    void stateChanged(qint64 postId, tokdeck::PostState state, const QString &message);
    void progress(qint64 postId, qint64 sent, qint64 total);
    // A state change this outbox asked for was refused (another runner or window got there
    // first); `message` says what the post is now.
    void refused(qint64 postId, const QString &message);
    void resumed();
    void idle();

private:
    void collectDue(std::optional<qint64> only);
    void startNext();
    void change(qint64 postId, const QList<PostState> &from, PostState to, bool thenRun);

    ApiClient *m_client;
    StorageWorker *m_storage;
    const Clock &m_clock;
    QString m_runnerId;
    QHash<qint64, OutboxRun *> m_runs; // children
    QList<Post> m_waiting;
    QTimer m_timer;
    int m_maxConcurrent = 2;
    int m_leaseMs = defaultLeaseMs;
    int m_renewMs = defaultRenewMs;
    bool m_checking = false;
    ReadyCheck m_readyCheck;
};

} // namespace tokdeck
