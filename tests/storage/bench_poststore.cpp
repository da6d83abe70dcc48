// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostStore figures on a realistic database: 10,000 posts over a year, 2 accounts, 1-4 media
// each. Targets: draft autosave median <= 2 ms, one calendar month loaded <= 16 ms (a frame).
// Prints plain `name=value` lines.

#include "SamplePosts.h"
#include "storage/Database.h"
#include "storage/Stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
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

void printCount(const char *name, qsizetype value)
{
    std::printf("%s=%lld\n", name, static_cast<long long>(value));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // An optional argument keeps the database for a look with sqlite3 afterwards.
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(path);
    Database db(path);
    const DatabaseOpenResult opened = db.open();
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Stores stores(db, Clock::system());
    PostStore &store = stores.posts;

    constexpr int postCount = 10'000;
    const QDateTime yearStart(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 yearMs = 365LL * 24 * 3600 * 1000;
    QRandomGenerator random(42); // the same database every run
    QElapsedTimer fillTimer;
    fillTimer.start();
    int mediaSerial = 0;
    for (int i = 0; i < postCount; ++i) {
        Post post;
        post.type = PostType::Video;
        post.caption = QStringLiteral("Post %1 🎬 a caption of ordinary length with a few words "
                                      "and #fyp #tag%2")
                           .arg(i)
                           .arg(i % 50);
        post.title = QStringLiteral("Title %1").arg(i);
        post.accounts = {
            {QStringLiteral("acc_tiktok_1"), {}, {}},
            {QStringLiteral("acc_tiktok_2"), QStringLiteral("Override %1").arg(i), {}}};
        const int mediaCount = 1 + int(random.bounded(4));
        for (int m = 0; m < mediaCount; ++m)
            post.media.append(sampleMedia(++mediaSerial));
        post.plannedAt = yearStart.addMSecs(qint64(random.bounded(1.0) * double(yearMs)));
        post.state = (i % 10 == 0) ? PostState::Draft
                                   : (i % 3 == 0 ? PostState::Ready : PostState::Scheduled);
        if (!store.saveContent(post)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
    }
    printCount("posts", postCount);
    print("fill_seconds", double(fillTimer.elapsed()) / 1000.0);

    // Autosave: one draft edited and saved 1,000 times, as the composer would.
    Post draft = samplePost(yearStart.addDays(200));
    draft.state = PostState::Draft;
    draft.media = {sampleMedia(++mediaSerial), sampleMedia(++mediaSerial)};
    if (!store.saveContent(draft))
        return 1;
    QList<double> saves;
    QElapsedTimer timer;
    for (int i = 0; i < 1000; ++i) {
        draft.caption = QStringLiteral("Edited %1 🎬 #fyp").arg(i);
        timer.start();
        if (!store.saveContent(draft)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        saves.append(double(timer.nsecsElapsed()) / 1e6);
    }
    print("save_median_ms", percentile(saves, 0.5));
    print("save_p99_ms", percentile(saves, 0.99));

    // Calendar: each month of the year, several times over.
    QList<double> months;
    qsizetype postsPerMonth = 0;
    for (int round = 0; round < 5; ++round) {
        for (int month = 0; month < 12; ++month) {
            const QDateTime from = yearStart.addMonths(month);
            timer.start();
            const QList<Post> posts = store.inRange(from, from.addMonths(1));
            months.append(double(timer.nsecsElapsed()) / 1e6);
            postsPerMonth = std::max(postsPerMonth, posts.size());
            if (posts.isEmpty()) {
                std::fprintf(stderr, "empty month: %s\n", qPrintable(store.lastError()));
                return 1;
            }
        }
    }
    printCount("month_posts_max", postsPerMonth);
    print("month_load_median_ms", percentile(months, 0.5));
    print("month_load_p99_ms", percentile(months, 0.99));
    return 0;
}
