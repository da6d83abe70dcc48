// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "support/Clock.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace tokdeck {

class ApiClient;
class OutboxRun;
class StorageWorker;

// Carries ready posts to Crosspostify, a few at a time, whenever they are due:
// posts "now" at once; scheduled posts once inside the 30-day window (hand-over "now"), or an
// hour before their time ("keep editable"); until then they are held locally. resume() at
// start continues what a crash or quit interrupted: uploads start again (finished uploads are
// kept), and a post caught while its create call was out goes to "needs attention", never
// sent twice. The app and `tokdeck-cli outbox run` drive the same class.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    Outbox(ApiClient *client, StorageWorker *storage, const Clock &clock = Clock::system(),
           QObject *parent = nullptr);
    ~Outbox() override;

    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }
    // Checks for due posts every `intervalMs` (0: only when asked).
    void setAutoRun(int intervalMs);

    void resume();               // → resumed()
    void runDue();               // → idle() once nothing due is left running
    void runOne(qint64 postId);  // only this post, if it is due (tokdeck-cli post)
    void enqueue(qint64 postId); // draft or failed → ready, then runDue()
    void confirmPublished(qint64 postId);
    void sendAgain(qint64 postId);
    void cancel(qint64 postId);
    bool isBusy() const { return !m_runs.isEmpty() || !m_waiting.isEmpty() || m_checking; }

Q_SIGNALS:
    void stateChanged(qint64 postId, tokdeck::PostState state, const QString &message);
    void progress(qint64 postId, qint64 sent, qint64 total);
    void resumed();
    void idle();

private:
    void collectDue(std::optional<qint64> only);
    void startNext();
    void setStateThenRun(qint64 postId, PostState state, const QString &message = {});

    ApiClient *m_client;
    StorageWorker *m_storage;
    const Clock &m_clock;
    QHash<qint64, OutboxRun *> m_runs; // children
    QList<Post> m_waiting;
    QTimer m_timer;
    int m_maxConcurrent = 2;
    bool m_checking = false;
};

} // namespace tokdeck
