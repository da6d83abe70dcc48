// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "publish/PostSubmission.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tokdeck;

class TestPostSubmission : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalSandbox> sandbox;
    SandboxServer *server = nullptr; // sandbox->server and ->client, for short
    ApiClient *client = nullptr;

    CreatePostRequest slideshow()
    {
        CreatePostRequest request;
        request.type = PostType::Slideshow;
        request.targets = {{QStringLiteral("acc_tiktok_1"), QStringLiteral("Swipe 👀"), {}}};
        return request;
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start());
        server = &sandbox->server;
        client = &sandbox->client;
    }

    void uploadsInOrderThenSubmitsOnlyWhenTold()
    {
        const QList<SubmissionMedia> media = {
            {test::dataFile(QStringLiteral("portrait.jpg")), MediaFormat::Jpeg, {}},
            {test::dataFile(QStringLiteral("square.jpg")), MediaFormat::Jpeg, {}},
            {test::dataFile(QStringLiteral("small.png")), MediaFormat::Png, {}},
        };
        PostSubmission submission(client, media, slideshow());
        QSignalSpy uploaded(&submission, &PostSubmission::mediaUploaded);
        QSignalSpy uploadsDone(&submission, &PostSubmission::uploadsDone);
        QSignalSpy finished(&submission, &PostSubmission::finished);
        QSignalSpy progress(&submission, &PostSubmission::uploadProgress);
        submission.startUploads();
        QVERIFY(uploadsDone.wait(10'000));
        QCOMPARE(uploaded.size(), 3);
        QCOMPARE(server->requestCount(QStringLiteral("/post/images")), 0); // not before submit()
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), submission.totalBytes());

        submission.submit();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(!submission.error().isError(), qPrintable(submission.error().message()));
        QVERIFY(!submission.postId().isEmpty());
        const QJsonArray ids =
            server->createdPosts().first().value(QStringLiteral("mediaIds")).toArray();
        QCOMPARE(ids.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ids.at(i).toString(), submission.media().at(i).mediaId);
    }

    void reusesMediaAlreadyUploaded()
    {
        PostSubmission first(
            client, {{test::dataFile(QStringLiteral("portrait.jpg")), MediaFormat::Jpeg, {}}},
            slideshow());
        QSignalSpy done(&first, &PostSubmission::uploadsDone);
        first.startUploads();
        QVERIFY(done.wait(10'000));
        const QString known = first.media().first().mediaId;

        PostSubmission second(
            client,
            {{test::dataFile(QStringLiteral("portrait.jpg")), MediaFormat::Jpeg, known},
             {test::dataFile(QStringLiteral("square.jpg")), MediaFormat::Jpeg, {}}},
            slideshow());
        QSignalSpy secondDone(&second, &PostSubmission::uploadsDone);
        second.startUploads();
        QVERIFY(secondDone.wait(10'000));
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 2); // one each, none repeated
        QCOMPARE(second.media().first().mediaId, known);
    }

    void uploadFailureEndsWithTheError()
    {
        PostSubmission submission(
            client, {{test::dataFile(QStringLiteral("not-a-video.mp4")), MediaFormat::Mp4, {}}},
            slideshow());
        QSignalSpy finished(&submission, &PostSubmission::finished);
        QSignalSpy uploadsDone(&submission, &PostSubmission::uploadsDone);
        submission.startUploads();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(uploadsDone.size(), 0);
        QCOMPARE(submission.error().kind(), ApiError::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestPostSubmission)
#include "tst_postsubmission.moc"
