// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "domain/Post.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace tokdeck {

class ApiClient;
class PostSubmission;
class StorageWorker;
class Clock;

// One post's trip from "ready" to its end state. It first claims the post (ready → uploading
// under this runner's lease; another runner may have got it first: then it ends quietly) and
// renews the lease while it works. Every step is written to the database before the next
// network step: uploading → (each upload recorded) → submitting → scheduled, published, failed
// or needs attention, each a compare-and-set that holds only while the lease is this runner's.
// The create call starts only after "submitting" is on disk (synchronous=FULL), so a crash at
// any point can never lead to sending it twice; a lost lease stops the run before its next
// network step.
class OutboxRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxRun)

public:
    struct Lease
    {
        QString runner; // the Outbox's runner id
        int leaseMs;
        int renewMs;
    };

    OutboxRun(const Post &post, ApiClient *client, StorageWorker *storage, const Clock &clock,
              Lease lease, QObject *parent = nullptr);
    ~OutboxRun() override;

    qint64 postId() const { return m_post.id; }
    void start();
    void cancel(); // while uploading only; the post goes back to draft

Q_SIGNALS:
    void stateChanged(qint64 postId, tokdeck::PostState state, const QString &message);
    void progress(qint64 postId, qint64 sent, qint64 total);
    void finished(qint64 postId);

private:
    struct Prepared;
    void prepareMedia();
    void upload(const QList<Prepared> &prepared);
    void submit();
    void reserveThen(int requests, const QStringList &createAccounts, std::function<void()> next);
    void end(PostState state, const QString &message, const QString &serverPostId = {});
    // Crosspostify refused a call with a rate limit and said until when: back to ready, not
    // claimed by any runner before `retryAt`.
    void requeue(const QDateTime &retryAt);
    void storageFailed(const QString &message);
    void renewLease();
    void lostLease();
    QDateTime leaseEnd() const;

    Post m_post;
    ApiClient *m_client;
    StorageWorker *m_storage;
    const Clock &m_clock;
    Lease m_lease;
    QTimer m_renewal;
    PostState m_state = PostState::Ready; // as this run last wrote it
    QPointer<PostSubmission> m_submission;
    QList<PostAccountResult> m_results; // per account, from the create answer (stored at the end)
    bool m_cancelled = false;
    bool m_ended = false;
};

} // namespace tokdeck
