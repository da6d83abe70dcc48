// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>

namespace tokdeck {

class Database;
struct StoreContext;

// A team database (PostgreSQL) that went away: the network dropped, the server restarted.
// After a failed job the storage worker asks check(); when the server no longer answers a
// trivial query the store goes unreachable: every later job fails at once with a sentence
// that says so (StoreContext::unreachable), and the connection is opened again with backoff
// (firstRetryMs, doubling, at most maxRetryMs). Once it is back: reachableChanged(true), then
// reconnected() (what is on screen may have changed meanwhile: reload it).
//
// Nothing here resends anything: work a runner had claimed stays claimed under its lease, and
// only the lease rules (PostLifecycle::recoverExpired) ever make it due again.
// Lives on the storage thread; SQLite stores never have one (a local file does not go away).
class Reconnect final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconnect)

public:
    static constexpr int firstRetryMs = 250;
    static constexpr int maxRetryMs = 30'000;

    Reconnect(Database &database, StoreContext &context, QString host, QObject *parent = nullptr);

    bool isReachable() const { return m_reachable; }
    // After a job: when it left an error and the server does not answer, goes unreachable and
    // rewrites the job's error into one that says so. True when this call found it lost.
    bool check();
    // The next retry's delay (tests, the log).
    int nextDelayMs() const { return m_delayMs; }

    // "The team calendar on HOST cannot be reached…", the sentence failed jobs carry.
    static QString unreachableReason(const QString &host);

Q_SIGNALS:
    void reachableChanged(bool reachable);
    void reconnected();

private:
    void lost();
    void retry();

    Database &m_database;
    StoreContext &m_context;
    QString m_host;
    QTimer m_timer;
    int m_delayMs = firstRetryMs;
    bool m_reachable = true;
    QString m_checked; // the last error already probed for: one probe per failure
};

} // namespace tokdeck
