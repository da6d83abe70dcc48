// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team mode's live updates, end to end on a private PostgreSQL server: a post changed and
// committed on one connection, until PgListener's signal names it (the trigger's NOTIFY, the
// server's delivery, the listener's 5 ms batch, the signal). 200 changes, one at a time.
// Target: p95 well under the 1 s the calendar is allowed. Prints plain `name=value` lines.

#include "BenchFigures.h"
#include "PgServer.h"
#include "storage/Database.h"
#include "storage/PgListener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace tokdeck;
using namespace tokdeck::test;

namespace {

void print(const char *name, double value)
{
    std::printf("%s=%.3f\n", name, value);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int changes = 200;
    PgServer server;
    if (!server.start())
        return fail(server.error());
    Database writer(server.url());
    if (const DatabaseOpenResult opened = writer.open(); !opened.ok())
        return fail(opened.error);
    QSqlQuery query(writer.connection());
    if (!query.exec(QStringLiteral("INSERT INTO posts (type, state, created_at, updated_at) "
                                   "VALUES ('photo', 'draft', 0, 0) RETURNING id"))
        || !query.next())
        return fail(query.lastError().text());
    const qint64 id = query.value(0).toLongLong();

    PgListener listener(server.url());
    QSemaphore listening;
    QSemaphore announced;
    QElapsedTimer timer;
    std::atomic<qint64> announcedAtNs{0};
    std::atomic<bool> onlyThePost{true};
    // Direct: timed in the listener's thread as it signals, not when this thread wakes up.
    QObject::connect(
        &listener, &PgListener::listening, &listener, [&listening] { listening.release(); },
        Qt::DirectConnection);
    QObject::connect(
        &listener, &PgListener::postsChanged, &listener,
        [&](const QList<qint64> &ids) {
            announcedAtNs = timer.nsecsElapsed();
            if (ids != QList<qint64>{id})
                onlyThePost = false;
            announced.release();
        },
        Qt::DirectConnection);
    listener.start();
    if (!listening.tryAcquire(1, 10'000))
        return fail(QStringLiteral("the listener did not connect"));

    if (!query.prepare(QStringLiteral("UPDATE posts SET caption = ? WHERE id = ?")))
        return fail(query.lastError().text());
    QList<double> roundTrips;
    QList<double> commits;
    for (int n = 0; n < changes; ++n) {
        query.addBindValue(QStringLiteral("change %1").arg(n));
        query.addBindValue(id);
        timer.start();
        if (!query.exec()) // autocommit: the notice leaves at this commit
            return fail(query.lastError().text());
        commits << double(timer.nsecsElapsed()) / 1e6;
        if (!announced.tryAcquire(1, 5000))
            return fail(QStringLiteral("change %1 was never announced").arg(n));
        roundTrips << double(announcedAtNs.load()) / 1e6;
    }
    if (!onlyThePost)
        return fail(QStringLiteral("a signal named other posts"));
    std::printf("changes=%d\n", changes);
    print("commit_median_ms", percentile(commits, 0.5));
    print("notify_round_trip_median_ms", percentile(roundTrips, 0.5));
    print("notify_round_trip_p95_ms", percentile(roundTrips, 0.95));
    print("notify_round_trip_max_ms", percentile(roundTrips, 1.0));
    return 0;
}
