// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team mode's live updates, end to end on a private PostgreSQL server: a post changed and
// committed on one connection, until PgListener's signal names it (the trigger's NOTIFY, the
// server's delivery, the listener's 5 ms batch, the signal). 200 changes, one at a time.
// Target: p95 well under the 1 s the calendar is allowed. Prints plain `name=value` lines.

#include "PgServer.h"
#include "storage/Database.h"
#include "storage/PgListener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace tokdeck;
using namespace tokdeck::test;

namespace {

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::clamp<qsizetype>(qsizetype(p * double(samples.size() - 1) + 0.5),
                                                  0, samples.size() - 1);
    return samples.at(index);
}

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
    QSignalSpy listening(&listener, &PgListener::listening);
    QSignalSpy changed(&listener, &PgListener::postsChanged);
    listener.start();
    if (!listening.wait(10'000))
        return fail(QStringLiteral("the listener did not connect"));

    if (!query.prepare(QStringLiteral("UPDATE posts SET caption = ? WHERE id = ?")))
        return fail(query.lastError().text());
    QList<double> roundTrips;
    QList<double> commits;
    for (int n = 0; n < changes; ++n) {
        changed.clear();
        query.addBindValue(QStringLiteral("change %1").arg(n));
        query.addBindValue(id);
        QElapsedTimer timer;
        timer.start();
        if (!query.exec()) // autocommit: the notice leaves at this commit
            return fail(query.lastError().text());
        commits << double(timer.nsecsElapsed()) / 1e6;
        if (changed.isEmpty() && !changed.wait(5000))
            return fail(QStringLiteral("change %1 was never announced").arg(n));
        roundTrips << double(timer.nsecsElapsed()) / 1e6;
        if (changed.first().at(0).value<QList<qint64>>() != QList<qint64>{id})
            return fail(QStringLiteral("change %1 named other posts").arg(n));
    }
    print("changes", changes);
    print("commit_median_ms", percentile(commits, 0.5));
    print("notify_round_trip_median_ms", percentile(roundTrips, 0.5));
    print("notify_round_trip_p95_ms", percentile(roundTrips, 0.95));
    print("notify_round_trip_max_ms", percentile(roundTrips, 1.0));
    return 0;
}
