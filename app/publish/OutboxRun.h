// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "domain/Post.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace tokdeck {

class ApiClient;
class PostSubmission;
class StorageWorker;
class Clock;

// One post's trip from "ready" to its end state. Every step is written to the database before
// the next network step: uploading → (each upload recorded) → submitting → scheduled,
// published, failed or needs attention. The create call starts only after "submitting" is on
// disk, so a crash at any point can never lead to sending it twice.
class OutboxRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxRun)

public:
    OutboxRun(const Post &post, ApiClient *client, StorageWorker *storage, const Clock &clock,
              QObject *parent = nullptr);
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
    void end(PostState state, const QString &message, const QString &serverPostId = {});
    void storageFailed(const QString &message);

    Post m_post;
    ApiClient *m_client;
    StorageWorker *m_storage;
    const Clock &m_clock;
    QPointer<PostSubmission> m_submission;
    bool m_cancelled = false;
    bool m_ended = false;
};

} // namespace tokdeck
