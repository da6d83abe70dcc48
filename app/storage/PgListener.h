// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace tokdeck {

// How quickly PgListener batches, notices a dead connection and tries again (tests shorten
// them; the defaults are the app's).
struct PgListenerTiming
{
    int batchMs = 5;          // ids arriving within this time go out as one signal
    int healthCheckMs = 3000; // a `SELECT 1` this often: a dead connection says nothing
    int firstRetryMs = 250;   // the first reconnect attempt; doubled after each failure
    int maxRetryMs = 30'000;  // the longest wait between attempts
};

// Live updates from a shared PostgreSQL database (team mode): LISTENs on the channel the posts
// trigger notifies (migration step 14, MigrationsNotify.h) and tells which posts another
// connection changed, as soon as it commits. Its own thread and its own connection, so a long
// query of the storage worker never delays a notice, and notices never wait for a job.
//
// Notifications are lost while the connection is down (the server keeps none for a listener
// that is gone): the listener notices (a `SELECT 1` every healthCheckMs, or at once when the
// socket closes), reconnects with a doubling backoff, and then emits reset(): what is on screen
// must be read again. Changes made through this process's own storage connection come too (the
// server cannot tell them apart from the listener's side): reloading them is harmless.
class PgListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgListener)

public:
    // `location`: the postgresql:// URL the store opened (with its password, if it has one).
    explicit PgListener(QString location, PgListenerTiming timing = {}, QObject *parent = nullptr);
    // Stops listening and closes the connection on its thread, then stops the thread.
    ~PgListener() override;

    // Connects and listens (trying again until it can). Call once.
    void start();

Q_SIGNALS:
    // Distinct post ids, sorted, changed by a commit since the last signal; from the
    // listener's thread.
    void postsChanged(const QList<qint64> &postIds);
    // Changes may have been missed (the connection was down, or a notice named no post):
    // reload what is shown. From the listener's thread.
    void reset();
    // LISTEN is in place (after start() and after each reconnect); for tests and logs.
    void listening();
    // The connection was found dead; reconnecting follows.
    void connectionLost(const QString &reason);
    // No connection (lost, or the server refused it): the next attempt is in `delayMs`.
    void reconnecting(int delayMs);

private:
    class Session;

    QString m_location;
    PgListenerTiming m_timing;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: what start() and ~PgListener queue
    std::unique_ptr<Session> m_session; // created, used and destroyed on m_thread
};

} // namespace tokdeck
