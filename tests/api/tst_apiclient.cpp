// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The API client against the real sandbox server on 127.0.0.1: every endpoint, every error
// class, and the retry rules of the contract (no blind retry of a create call).

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "api/AccountsJob.h"
#include "api/CreatePostJob.h"
#include "api/UploadMediaJob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;
using Kind = ApiError::Kind;

namespace {
// Runs a job to its end and keeps what the test needs (the job deletes itself afterwards).
template<class Job, class Read> ApiError runJob(Job *job, Read read)
{
    ApiError error;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        error = job->error();
        read(*job);
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qFatal("job did not finish");
    return error;
}
template<class Job> ApiError runJob(Job *job)
{
    return runJob(job, [](Job &) {});
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalSandbox> sandbox;
    SandboxServer *server = nullptr; // sandbox->server and ->client, for short
    ApiClient *client = nullptr;

    CreatePostRequest videoPost(const QString &mediaId)
    {
        CreatePostRequest request;
        request.type = PostType::Video;
        request.mediaIds = {mediaId};
        request.targets = {{QStringLiteral("acc_tiktok_1"), QStringLiteral("Hello 🎬 #fyp"),
                            QStringLiteral("Title")}};
        return request;
    }

    QString upload(const QString &file, MediaFormat format)
    {
        QString mediaId;
        const ApiError error = runJob(client->uploadMedia(test::dataFile(file), format),
                                      [&](UploadMediaJob &job) { mediaId = job.mediaId(); });
        if (error.isError())
            qWarning() << error.message();
        return mediaId;
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start());
        sandbox->retryFast();
        server = &sandbox->server;
        client = &sandbox->client;
    }
    void cleanup() { sandbox.reset(); }

    void listsAccountsAndFiltersTikTok()
    {
        QList<Account> all, tiktok;
        const ApiError error = runJob(client->fetchAccounts(), [&](AccountsJob &job) {
            all = job.accounts();
            tiktok = job.tiktokAccounts();
        });
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(tiktok.size() >= 2);
        QVERIFY(all.size() > tiktok.size()); // the sandbox also has a non-TikTok account
        QVERIFY(std::all_of(tiktok.begin(), tiktok.end(),
                            [](const Account &a) { return a.isTikTok(); }));
    }

    void wrongKeyIsBadKey()
    {
        client->setApiKey(QStringLiteral("wrong"));
        const ApiError error = runJob(client->fetchAccounts());
        QCOMPARE(error.kind(), Kind::BadKey);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(server->requestCount(QStringLiteral("/social-accounts")), 1); // not retried
    }

    void uploadsStreamWithProgress()
    {
        int progressSignals = 0;
        qint64 lastSent = 0;
        auto *job =
            client->uploadMedia(test::dataFile(QStringLiteral("vertical.mp4")), MediaFormat::Mp4);
        connect(job, &ApiJob::uploadProgress, this, [&](qint64 sent, qint64) {
            ++progressSignals;
            lastSent = sent;
        });
        QString mediaId;
        const ApiError error = runJob(job, [&](UploadMediaJob &j) { mediaId = j.mediaId(); });
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(!mediaId.isEmpty());
        QVERIFY(progressSignals > 0);
        QVERIFY(lastSent >= QFileInfo(test::dataFile(QStringLiteral("vertical.mp4"))).size());
        QCOMPARE(server->mediaCount(), 1);
    }

    void uploadRejectedBySniffing()
    {
        const ApiError error = runJob(client->uploadMedia(
            test::dataFile(QStringLiteral("not-a-video.mp4")), MediaFormat::Mp4));
        QCOMPARE(error.kind(), Kind::Validation);
        QVERIFY(!error.serverMessage().isEmpty());
    }

    void missingFileIsFileError()
    {
        const ApiError error =
            runJob(client->uploadMedia(QStringLiteral("/nonexistent/clip.mp4"), MediaFormat::Mp4));
        QCOMPARE(error.kind(), Kind::FileError);
        QVERIFY(error.message().contains(QStringLiteral("clip.mp4")));
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 0);
    }

    void uploadCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.mp4"));
        QVERIFY(test::writeSparseMp4(big, 60LL * 1024 * 1024));
        auto *job = client->uploadMedia(big, MediaFormat::Mp4);
        connect(job, &ApiJob::uploadProgress, job, [job](qint64 sent, qint64) {
            if (sent > 1024 * 1024)
                job->abort();
        });
        const ApiError error = runJob(job);
        QCOMPARE(error.kind(), Kind::Cancelled);
        QCOMPARE(server->mediaCount(), 0);
    }

    void createsVideoForTwoAccountsWithSchedule()
    {
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        QVERIFY(!mediaId.isEmpty());
        CreatePostRequest request = videoPost(mediaId);
        request.targets.append(
            {QStringLiteral("acc_tiktok_2"), QStringLiteral("Own caption ✨"), {}});
        request.isAigc = true;
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(1);
        request.scheduledAt = when;
        QString postId;
        const ApiError error =
            runJob(client->createPost(request), [&](CreatePostJob &job) { postId = job.postId(); });
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(!postId.isEmpty());

        const QList<QJsonObject> posts = server->createdPosts();
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = posts.first();
        QCOMPARE(body.value(QStringLiteral("mediaId")).toString(), mediaId);
        QCOMPARE(body.value(QStringLiteral("scheduledDate")).toString(),
                 when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'));
        const QJsonArray targets = body.value(QStringLiteral("posts")).toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Own caption ✨"));
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Title"));
        QVERIFY(
            !targets.at(1).toObject().contains(QStringLiteral("title"))); // empty title not sent
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("is_aigc")).toBool(), true);
    }

    void photoAndSlideshowNeverCarryAigc()
    {
        const QString a = upload(QStringLiteral("portrait.jpg"), MediaFormat::Jpeg);
        const QString b = upload(QStringLiteral("square.jpg"), MediaFormat::Jpeg);
        CreatePostRequest photo;
        photo.type = PostType::Photo;
        photo.mediaIds = {a};
        photo.isAigc = true; // must be dropped: the API refuses it for images
        photo.targets = {{QStringLiteral("acc_tiktok_1"), QStringLiteral("Photo"), {}}};
        QVERIFY(!runJob(client->createPost(photo)).isError());

        CreatePostRequest slideshow = photo;
        slideshow.type = PostType::Slideshow;
        slideshow.mediaIds = {b, a};
        slideshow.targets = {{QStringLiteral("acc_tiktok_2"), QStringLiteral("Slides"), {}}};
        QVERIFY(!runJob(client->createPost(slideshow)).isError());

        const auto posts = server->createdPosts();
        QCOMPARE(posts.size(), 2);
        QVERIFY(!posts.at(0)
                     .value(QStringLiteral("posts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("is_aigc")));
        QCOMPARE(posts.at(1).value(QStringLiteral("mediaIds")).toArray(), QJsonArray({b, a}));
    }

    void validationErrorCarriesServerMessage()
    {
        CreatePostRequest request = videoPost(QStringLiteral("vid_missing"));
        const ApiError error = runJob(client->createPost(request));
        QCOMPARE(error.kind(), Kind::Validation);
        QVERIFY(!error.serverMessage().isEmpty());
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
    }

    void readsAreRetriedAfterServerErrors()
    {
        server->failNext(QStringLiteral("/social-accounts"), 500, 2);
        int attempts = 0;
        const ApiError error =
            runJob(client->fetchAccounts(), [&](AccountsJob &job) { attempts = job.attempts(); });
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(attempts, 3);
        QCOMPARE(server->requestCount(QStringLiteral("/social-accounts")), 3);
    }

    void createIsNotRetriedAfter500()
    {
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        server->failNext(QStringLiteral("/post/video"), 500);
        const ApiError error = runJob(client->createPost(videoPost(mediaId)));
        QCOMPARE(error.kind(), Kind::MaybePublished);
        QCOMPARE(error.cause(), Kind::Server);
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
    }

    void droppedCreateIsMaybePublishedWithOneRequest()
    {
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        server->dropNext(QStringLiteral("/post/video"));
        const ApiError error = runJob(client->createPost(videoPost(mediaId)));
        QCOMPARE(error.kind(), Kind::MaybePublished);
        QCOMPARE(error.cause(), Kind::Network);
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
        QVERIFY(server->createdPosts().isEmpty());
    }

    void rateLimitedCreateHonoursRetryAfter()
    {
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        server->failNext(QStringLiteral("/post/video"), 429, 1, 1);
        QElapsedTimer timer;
        timer.start();
        const ApiError error = runJob(client->createPost(videoPost(mediaId)));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(timer.elapsed() >= 1000);
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 2);
        QCOMPARE(server->createdPosts().size(), 1);
    }

    void slowServerTimesOut()
    {
        client->setIdleTimeoutMs(300);
        RetryPolicy once = client->retryPolicy();
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        server->delayNext(QStringLiteral("/social-accounts"), 2000);
        const ApiError error = runJob(client->fetchAccounts());
        QCOMPARE(error.kind(), Kind::Timeout);
    }

    void slowCreateIsMaybePublished()
    {
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        client->setIdleTimeoutMs(300);
        server->delayNext(QStringLiteral("/post/video"), 2000);
        const ApiError error = runJob(client->createPost(videoPost(mediaId)));
        QCOMPARE(error.kind(), Kind::MaybePublished);
        QCOMPARE(error.cause(), Kind::Timeout);
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
    }

    void malformedSuccessBody()
    {
        server->failNext(QStringLiteral("/social-accounts"), 200, 1, -1, "this is not json",
                         "application/json");
        const ApiError error = runJob(client->fetchAccounts());
        QCOMPARE(error.kind(), Kind::Malformed);
    }

    void htmlErrorPage()
    {
        RetryPolicy once = client->retryPolicy();
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        server->failNext(QStringLiteral("/social-accounts"), 502, 1, -1,
                         "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
        const ApiError error = runJob(client->fetchAccounts());
        QCOMPARE(error.kind(), Kind::Server);
        QCOMPARE(error.httpStatus(), 502);
        QVERIFY(!error.message().contains(QStringLiteral("<html>")));
    }

    void createWithUnreadableSuccessIsAccepted()
    {
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        server->failNext(QStringLiteral("/post/video"), 201, 1, -1, "", "text/plain");
        QString postId = QStringLiteral("unset");
        const ApiError error = runJob(client->createPost(videoPost(mediaId)),
                                      [&](CreatePostJob &job) { postId = job.postId(); });
        QVERIFY(!error.isError());
        QVERIFY(postId.isEmpty());
    }

    void refusedConnectionIsNeverSent()
    {
        QTcpServer probe; // find a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const ApiError error = runJob(client->createPost(videoPost(QStringLiteral("vid_1"))));
        // Safe to retry (and retried), and in the end a plain network error, not "maybe".
        QCOMPARE(error.kind(), Kind::Network);
        QVERIFY(error.neverSent());
    }

    void plainHttpIsRefusedOffLoopback()
    {
        client->setBaseUrl(QUrl(QStringLiteral("http://api.example.com")));
        const ApiError error = runJob(client->fetchAccounts());
        QCOMPARE(error.kind(), Kind::InsecureUrl);
    }

    void redirectIsNotFollowed()
    {
        server->failNext(QStringLiteral("/social-accounts"), 302, 1, -1, "", "text/plain");
        const ApiError error = runJob(client->fetchAccounts());
        QCOMPARE(error.kind(), Kind::UnexpectedStatus);
        QCOMPARE(server->requestCount(QStringLiteral("/social-accounts")), 1);
    }

    void clientSideLimiterSpacesCreatesPerAccount()
    {
        ManualClock clock;
        client->rateLimiter().setClock(&clock);
        client->rateLimiter().setLimits({50, 250, 1});
        const QString mediaId = upload(QStringLiteral("vertical.mp4"), MediaFormat::Mp4);
        QVERIFY(!runJob(client->createPost(videoPost(mediaId))).isError());
        // The second create for the same account must wait for the clock, not hit the server.
        auto *job = client->createPost(videoPost(mediaId));
        bool done = false;
        connect(job, &ApiJob::finished, this, [&] { done = true; });
        job->start();
        QTest::qWait(300);
        QVERIFY(!done);
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 1);
        clock.advanceSeconds(61);
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(server->requestCount(QStringLiteral("/post/video")), 2);
        client->rateLimiter().setClock(&Clock::system());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
