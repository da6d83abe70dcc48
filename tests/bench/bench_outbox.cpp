// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The outbox with many runners: creates per post when three real `tokdeck-cli outbox run`
// processes share 30 due posts (must print 1.00), and how long one claim takes (a
// compare-and-set UPDATE committed with synchronous=FULL), against a plain content save of the
// same size as a baseline in the same program.

#include "CliRunner.h"
#include "TestMedia.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "storage/StorageWorker.h"
#include "storage/Stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace tokdeck;

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

Post photoPost(const QString &path, int i)
{
    Post post;
    post.type = PostType::Photo;
    post.state = PostState::Ready;
    post.caption = QStringLiteral("bench %1").arg(i);
    post.accounts = {{QStringLiteral("acc_tiktok_%1").arg(i % 3 + 1), {}, {}}};
    PostMedia media;
    media.path = path;
    media.size = QFileInfo(path).size();
    media.kind = MediaKind::Image;
    post.media = {media};
    return post;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    // Claim latency on a real file.
    {
        Database db(dir.filePath(QStringLiteral("claims.sqlite")));
        if (!db.open().ok())
            return 1;
        Stores stores(db, Clock::system());
        QList<double> claims, saves;
        for (int i = 0; i < 300; ++i) {
            Post post = photoPost(test::dataFile(QStringLiteral("portrait.jpg")), i);
            QElapsedTimer timer;
            timer.start();
            stores.posts.saveContent(post);
            saves.append(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            if (!stores.lifecycle.claim(post.id, QStringLiteral("bench"),
                                        QDateTime::currentDateTimeUtc().addSecs(60)))
                return 1;
            claims.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("claim_median_ms=%.2f\nclaim_p95_ms=%.2f\ninsert_save_median_ms=%.2f\n",
                    percentile(claims, 0.5), percentile(claims, 0.95), percentile(saves, 0.5));
    }

    // Three runners, 30 posts, a slow /media so that they really compete.
    SandboxServer server;
    server.setRateLimits(0, 0, 0);
    if (!server.listen())
        return 1;
    constexpr int posts = 30;
    {
        StorageWorker storage(dir.filePath(QStringLiteral("tokdeck.sqlite")));
        storage.open().waitForFinished();
        for (int i = 0; i < posts; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1.jpg").arg(i));
            QFile::copy(test::dataFile(QStringLiteral("portrait.jpg")), path);
            QFile file(path);
            file.open(QIODevice::Append);
            file.write(QByteArray::number(i));
            file.close();
            storage.saveContent(photoPost(path, i)).waitForFinished();
        }
    }
    server.delayNext(QStringLiteral("/media"), 150, posts);
    test::CliRunner cli(server.baseUrl(), server.apiKey(), dir.path());
    cli.setEnv(QStringLiteral("TOKDECK_API_LIMITS"), QStringLiteral("0,0,0"));
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < 3; ++i)
        cli.outboxRunOnce();
    if (!cli.waitAll())
        return 1;
    std::printf("runners=3\nposts=%d\ncreates=%lld\ncreates_per_post=%.2f\nall_sent_s=%.1f\n",
                posts, qint64(server.createdPosts().size()),
                double(server.createdPosts().size()) / posts, double(all.elapsed()) / 1000.0);
    return 0;
}
