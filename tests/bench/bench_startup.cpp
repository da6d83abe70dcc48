// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Start-up at scale. Each case runs in a fresh child process (this program, started again with
// a mode), so CPU time and resident memory are that start's alone:
//   empty-qmainwindow   a bare QMainWindow built the same way: the floor for "mapped"
//   window DIR          Tokdeck's window on the data folder DIR (empty, then 100,000 posts)
// Each child prints mapped_ms (from the parent's launch of the process to the window constructed
// and exposed: a cold start, loading the libraries included, as a user waits for it),
// mapped_in_main_ms (the same from main()), settled_ms / settled_cpu_ms (the drafts list and
// the calendar have their first answers, then the event loop has been idle for 200 ms) and
// rss_mib. The parent prints medians and the ratios the targets are set in.
// Then, in this process: search-as-you-type over 100,000 posts through the storage worker.
// Usage: bench_startup [POSTS] [RUNS] [DIR]   (defaults 100000, 5, a temporary folder)
// DIR keeps the filled folder, and a DIR that already holds a database is reused as it is (no
// fill): so a profiler can run one child on it, e.g.
//   valgrind --tool=callgrind bench_startup window DIR

#include "BenchFigures.h"
#include "MainWindow.h"
#include "ProcessMemory.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "drafts/DraftsPanel.h"
#include "storage/StorageWorker.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace tokdeck;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
           + (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

// Qt's monotonic clock (CLOCK_MONOTONIC on Linux) is one clock for the whole machine: the
// parent's reading before it starts a child and the child's own readings can be subtracted.
qint64 monotonicNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

const char launchedVariable[] = "TOKDECK_BENCH_LAUNCHED_NS";

void printMapped(const QElapsedTimer &since)
{
    std::printf("mapped_in_main_ms=%.1f\n", double(since.nsecsElapsed()) / 1e6);
    if (const qint64 launched = qgetenv(launchedVariable).toLongLong(); launched > 0)
        std::printf("mapped_ms=%.1f\n", double(monotonicNs() - launched) / 1e6);
}

// Waits until nothing has been processed for `quietMs`: what "settled" means for a user.
void waitIdle(int quietMs)
{
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < quietMs) {
        if (QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents))
            quiet.restart();
        QTest::qSleep(5);
    }
}

int runEmptyWindow(const QElapsedTimer &since)
{
    QMainWindow window;
    window.setCentralWidget(new QWidget(&window));
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    printMapped(since);
    std::printf("rss_mib=%.1f\n", double(test::currentRssKiB()) / 1024.0);
    return 0;
}

int runWindow(const QString &dir, const QElapsedTimer &since)
{
    ApiClient client;
    StorageWorker storage(dir + QStringLiteral("/tokdeck.sqlite"));
    storage.open();
    MainWindow window(&client, nullptr, &storage);
    QSignalSpy drafts(window.draftsPanel(), &DraftsPanel::reloaded);
    QSignalSpy calendar(window.calendarPanel(), &CalendarPanel::reloaded);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    printMapped(since);
    if ((drafts.isEmpty() && !drafts.wait(60'000))
        || (calendar.isEmpty() && !calendar.wait(60'000)))
        return 2;
    waitIdle(200);
    std::printf("settled_ms=%.1f\n", double(since.nsecsElapsed()) / 1e6 - 200);
    std::printf("settled_cpu_ms=%.1f\n", cpuMs());
    std::printf("rss_mib=%.1f\n", double(test::currentRssKiB()) / 1024.0);
    return 0;
}

// posts in one transaction through a second connection: 100,000 single saves would each wait
// for the disk (synchronous=FULL), and the bench is about reading them.
bool fill(StorageWorker &storage, const QString &path, int count)
{
    if (!storage.open().result().ok())
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    bool ok = db.open();
    {
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("BEGIN"));
        QSqlQuery post(db), account(db);
        ok = ok
             && post.prepare(QStringLiteral(
                 "INSERT INTO posts (type, caption, title, state, planned_at, created_at, "
                 "updated_at) VALUES (?, ?, '', ?, ?, ?, ?)"))
             && account.prepare(QStringLiteral("INSERT INTO post_accounts (post_id, position, "
                                               "account_id) VALUES (?, 0, ?)"));
        const char *states[] = {"draft", "ready", "scheduled", "published"};
        const char *types[] = {"video", "photo", "slideshow"};
        // Two years, from a year ago to a year ahead, edited in that order.
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 365LL * 86'400'000;
        const qint64 step = 2 * 365LL * 86'400'000 / count;
        for (int i = 0; ok && i < count; ++i) {
            const qint64 at = start + qint64(i) * step;
            post.addBindValue(QString::fromLatin1(types[i % 3]));
            post.addBindValue(
                QStringLiteral("Post %1 with a caption long enough to be elided #fyp #brand%2")
                    .arg(i)
                    .arg(i % 50));
            post.addBindValue(QString::fromLatin1(states[i % 4]));
            post.addBindValue(at);
            post.addBindValue(at);
            post.addBindValue(at);
            ok = post.exec();
            account.addBindValue(post.lastInsertId());
            account.addBindValue(QStringLiteral("acc_tiktok_%1").arg(i % 3 + 1));
            ok = ok && account.exec();
        }
        ok = ok && q.exec(QStringLiteral("COMMIT"));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

QHash<QString, QList<double>> runChildren(const QStringList &arguments, int runs)
{
    QHash<QString, QList<double>> figures;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(launchedVariable), QString::number(monotonicNs()));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(180'000) || child.exitCode() != 0) {
            std::printf("child_failed=%s\n", qPrintable(arguments.join(u' ')));
            continue;
        }
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                figures[QString::fromLatin1(line.left(eq))].append(line.mid(eq + 1).toDouble());
        }
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer since;
    since.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"empty-qmainwindow")
        return runEmptyWindow(since);
    if (args.value(0) == u"window")
        return runWindow(args.value(1), since);

    const int count = args.value(0, QStringLiteral("100000")).toInt();
    const int runs = args.value(1, QStringLiteral("5")).toInt();
    QTemporaryDir empty, temporary;
    const QString folder = args.size() > 2 ? args.at(2) : temporary.path();
    const QString path = QDir(folder).filePath(QStringLiteral("tokdeck.sqlite"));
    QElapsedTimer filling;
    filling.start();
    if (QFileInfo::exists(path)) {
        std::printf("reused=%s\n", qPrintable(path));
    } else {
        QDir().mkpath(folder);
        StorageWorker storage(path);
        if (!fill(storage, path, count)) {
            std::printf("fill_failed=1\n");
            return 1;
        }
    }
    std::printf("posts=%d\nfill_s=%.1f\n", count, double(filling.elapsed()) / 1e3);

    const auto bare = runChildren({QStringLiteral("empty-qmainwindow")}, runs);
    const auto none = runChildren({QStringLiteral("window"), empty.path()}, runs);
    const auto many = runChildren({QStringLiteral("window"), folder}, runs);
    const auto m = [](const QHash<QString, QList<double>> &f, const char *key) {
        return test::percentile(f.value(QString::fromLatin1(key)), 0.5);
    };
    std::printf("empty_qmainwindow_mapped_ms=%.1f (in main %.1f)\n", m(bare, "mapped_ms"),
                m(bare, "mapped_in_main_ms"));
    std::printf("empty_folder_mapped_ms=%.1f (in main %.1f)\nempty_folder_settled_cpu_ms=%.1f\n"
                "empty_folder_rss_mib=%.1f\n",
                m(none, "mapped_ms"), m(none, "mapped_in_main_ms"), m(none, "settled_cpu_ms"),
                m(none, "rss_mib"));
    std::printf("posts_mapped_ms=%.1f (in main %.1f)\nposts_settled_ms=%.1f\n"
                "posts_settled_cpu_ms=%.1f\nposts_rss_mib=%.1f\n",
                m(many, "mapped_ms"), m(many, "mapped_in_main_ms"), m(many, "settled_ms"),
                m(many, "settled_cpu_ms"), m(many, "rss_mib"));
    std::printf("ratio_cpu_posts_vs_empty_folder=%.2f (target <= 1.5)\n",
                m(many, "settled_cpu_ms") / std::max(1.0, m(none, "settled_cpu_ms")));
    std::printf("ratio_mapped_posts_vs_empty_qmainwindow=%.2f (target <= 1.5; from main() "
                "only: %.2f)\n",
                m(many, "mapped_ms") / std::max(1.0, m(bare, "mapped_ms")),
                m(many, "mapped_in_main_ms") / std::max(1.0, m(bare, "mapped_in_main_ms")));

    // Search as you type: each prefix of a word, as the list would query it (one page).
    StorageWorker storage(path);
    storage.open().waitForFinished();
    QList<double> searches;
    // A rare word (2 % of posts) and a common phrase (every post) typed letter by letter.
    const QStringList words = {QStringLiteral("#brand17"), QStringLiteral("long enough")};
    for (int round = 0; round < 3; ++round) {
        for (const QString &typed : words) {
            for (qsizetype length = 1; length <= typed.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                const auto page =
                    storage.searchPage({}, typed.left(length), DraftsPanel::pageSize).result();
                if (!page.ok())
                    std::printf("search_failed=%s\n", qPrintable(page.error));
                searches.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    std::printf("search_page_median_ms=%.2f\nsearch_page_p95_ms=%.2f (target <= 30)\n",
                test::percentile(searches, 0.5), test::percentile(searches, 0.95));
    return 0;
}
