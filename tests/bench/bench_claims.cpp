// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Claims across desktops: 1, 3 and 10 runners, each a thread with its own connection (as a
// desktop or a `tokdeck-cli outbox run` has), race for the same 300 ready posts on a private
// PostgreSQL server; each walks the list from its own offset and tries to claim every post it
// meets (the compare-and-set UPDATE with a lease that the outbox uses). Prints, per runner count,
// throughput (claims won per second, all runners together), the latency of one claim attempt
// (won or refused) and how many posts were claimed twice (must be 0). The same with one runner
// on an SQLite file is the baseline in the same program.

#include "BenchFigures.h"
#include "PgServer.h"
#include "storage/Database.h"
#include "storage/Stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace tokdeck;

namespace {
constexpr int postCount = 300;

QList<qint64> readyPosts(const QString &location)
{
    Database db(location);
    if (!db.open().ok())
        return {};
    Stores stores(db, Clock::system());
    QList<qint64> ids;
    for (int i = 0; i < postCount; ++i) {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Ready;
        post.caption = QStringLiteral("claim bench %1").arg(i);
        post.accounts = {{QStringLiteral("acc_tiktok_%1").arg(i % 3 + 1), {}, {}}};
        if (!stores.posts.saveContent(post))
            return {};
        ids.append(post.id);
    }
    return ids;
}

struct Figures
{
    double claimsPerSecond = 0;
    double medianMs = 0;
    double p95Ms = 0;
    int won = 0;
    int claimedTwice = 0;
};

// `runners` threads claim the posts `ids` at `location`; every post should be won exactly once.
Figures race(const QString &location, const QList<qint64> &ids, int runners)
{
    QMutex mutex;
    QList<double> latencies;
    QHash<qint64, int> wins;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int r = 0; r < runners; ++r) {
        threads.push_back(std::unique_ptr<QThread>(QThread::create([&, r] {
            Database db(location); // one connection per runner, opened on its own thread
            if (!db.open().ok())
                return;
            Stores stores(db, Clock::system());
            const QString runner = QStringLiteral("runner-%1").arg(r);
            QList<double> mine;
            QList<qint64> won;
            const qsizetype offset = ids.size() * r / runners;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const qint64 id = ids.at((offset + i) % ids.size());
                QElapsedTimer timer;
                timer.start();
                const bool claimed =
                    stores.lifecycle.claim(id, runner, QDateTime::currentDateTimeUtc().addSecs(60));
                mine.append(double(timer.nsecsElapsed()) / 1e6);
                if (claimed)
                    won.append(id);
            }
            const QMutexLocker lock(&mutex);
            latencies += mine;
            for (qint64 id : won)
                ++wins[id];
        })));
    }
    QElapsedTimer all;
    all.start();
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        thread->wait();
    Figures figures;
    for (auto it = wins.cbegin(); it != wins.cend(); ++it) {
        figures.won += it.value();
        figures.claimedTwice += it.value() > 1 ? 1 : 0;
    }
    figures.claimsPerSecond = double(figures.won) / (double(all.nsecsElapsed()) / 1e9);
    figures.medianMs = test::percentile(latencies, 0.5);
    figures.p95Ms = test::percentile(latencies, 0.95);
    return figures;
}

void print(const char *backend, int runners, const Figures &f)
{
    std::printf("%s runners=%d posts=%d won=%d claimed_twice=%d claims_per_s=%.0f "
                "attempt_median_ms=%.2f attempt_p95_ms=%.2f\n",
                backend, runners, postCount, f.won, f.claimedTwice, f.claimsPerSecond, f.medianMs,
                f.p95Ms);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("claims.sqlite"));
    const QList<qint64> fileIds = readyPosts(file);
    const Figures baseline = race(file, fileIds, 1);
    print("sqlite", 1, baseline);
    failures += baseline.won == postCount ? 0 : 1;

    test::PgServer server;
    if (!server.start()) {
        std::fprintf(stderr, "PostgreSQL did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    for (int runners : {1, 3, 10}) {
        if (!server.resetSchema())
            return 1;
        const QList<qint64> ids = readyPosts(server.url());
        const Figures figures = race(server.url(), ids, runners);
        print("postgresql", runners, figures);
        if (baseline.claimsPerSecond > 0)
            std::printf("postgresql runners=%d throughput_vs_sqlite_1=%.2fx\n", runners,
                        figures.claimsPerSecond / baseline.claimsPerSecond);
        failures += figures.won == postCount && figures.claimedTwice == 0 ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}
