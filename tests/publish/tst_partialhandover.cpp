// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A partial hand-over against the real sandbox: the create answer names one of the two
// accounts, the other "did not take it". The per-account results are stored with the state,
// and sending again (after the user marks it failed on TikTok) goes to the missing account only.

#include "LocalSandbox.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "publish/Outbox.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestPartialHandOver : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<test::LocalSandbox> sandbox;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<Outbox> outbox;

    qint64 saveReadyPost()
    {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Ready;
        post.caption = QStringLiteral("Partial 🎬");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}},
                         {QStringLiteral("acc_tiktok_2"), {}, {}}};
        PostMedia media;
        media.path = dir.filePath(QStringLiteral("vertical.mp4"));
        QFile::remove(media.path);
        QFile::copy(test::dataFile(QStringLiteral("vertical.mp4")), media.path);
        media.size = QFileInfo(media.path).size();
        media.kind = MediaKind::Video;
        post.media = {media};
        return storage->saveContent(post).result().value.id;
    }

    Post load(qint64 id) { return *storage->load(id).result().value; }

    void runUntilIdle()
    {
        QSignalSpy idle(outbox.get(), &Outbox::idle);
        outbox->runDue();
        QVERIFY(idle.wait(20'000));
    }

    QStringList sentAccounts(int create) const
    {
        QStringList ids;
        const QJsonArray posts =
            sandbox->server.createdPosts().value(create).value(QStringLiteral("posts")).toArray();
        for (const QJsonValue &post : posts)
            ids.append(post.toObject().value(QStringLiteral("accountId")).toString());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start(&clock));
        sandbox->retryFast();
        storage = test::openTestStorage(dir, clock);
        QVERIFY(storage);
        outbox = std::make_unique<Outbox>(&sandbox->client, storage.get(), clock);
    }
    void cleanup()
    {
        outbox.reset();
        storage.reset();
        sandbox.reset();
    }

    void everyAccountTakingItIsStoredPerAccount()
    {
        const qint64 id = saveReadyPost();
        runUntilIdle();
        const Post sent = load(id);
        QCOMPARE(sent.state, PostState::Published);
        QCOMPARE(sent.accountResults.size(), 2);
        for (const PostAccountResult &result : sent.accountResults) {
            QCOMPARE(result.status, QStringLiteral("queued"));
            QVERIFY(result.taken());
            QVERIFY(result.at.isValid());
        }
        QVERIFY(sent.accountsNotTaken().isEmpty());
    }

    void aRetrySendsOnlyToTheAccountThatDidNotTakeIt()
    {
        sandbox->server.setAccountsNotTaking({QStringLiteral("acc_tiktok_2")});
        const qint64 id = saveReadyPost();
        runUntilIdle();
        QCOMPARE(sandbox->server.createdPosts().size(), 1);
        QCOMPARE(sentAccounts(0),
                 (QStringList{QStringLiteral("acc_tiktok_1"), QStringLiteral("acc_tiktok_2")}));
        Post partial = load(id);
        QCOMPARE(partial.state, PostState::Published); // accepted: Crosspostify has it
        QCOMPARE(partial.accountResult(QStringLiteral("acc_tiktok_1"))->status,
                 QStringLiteral("queued"));
        QCOMPARE(partial.accountResult(QStringLiteral("acc_tiktok_2"))->status,
                 PostAccountResult::notTaken);
        QCOMPARE(partial.accountsNotTaken(), QStringList{QStringLiteral("acc_tiktok_2")});

        // The user: it never showed for the second account. Then "send again".
        TransitionDetails reason;
        reason.lastError = QStringLiteral("Not on @second");
        QVERIFY(storage->transition(id, {PostState::Published}, PostState::FailedOnTikTok, reason)
                    .result()
                    .value.done());
        sandbox->server.setAccountsNotTaking({});
        outbox->sendAgain(id); // → ready, then the outbox runs it
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->server.createdPosts().size(), 2, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(load(id).state, PostState::Published, 10'000);
        QCOMPARE(sentAccounts(1), QStringList{QStringLiteral("acc_tiktok_2")}); // not twice on 1
        const Post done = load(id);
        QVERIFY(done.accountsNotTaken().isEmpty());
        QVERIFY(done.accountResult(QStringLiteral("acc_tiktok_1"))->taken());
        QVERIFY(done.accountResult(QStringLiteral("acc_tiktok_2"))->taken());
    }

    void aContentSaveKeepsTheResults()
    {
        sandbox->server.setAccountsNotTaking({QStringLiteral("acc_tiktok_1")});
        const qint64 id = saveReadyPost();
        runUntilIdle();
        QVERIFY(storage->transition(id, {PostState::Published}, PostState::FailedOnTikTok)
                    .result()
                    .value.done());
        QVERIFY(storage->transition(id, {PostState::FailedOnTikTok}, PostState::Draft)
                    .result()
                    .value.done());
        Post draft = load(id);
        draft.caption = QStringLiteral("Fixed caption");
        QVERIFY(storage->saveContent(draft).result().ok());
        const Post saved = load(id);
        QCOMPARE(saved.caption, QStringLiteral("Fixed caption"));
        QCOMPARE(saved.accountsNotTaken(), QStringList{QStringLiteral("acc_tiktok_1")});
        QCOMPARE(saved.resolvedTargets().size(), 1);
        QCOMPARE(saved.resolvedTargets().first().accountId, QStringLiteral("acc_tiktok_1"));
    }
};

QTEST_GUILESS_MAIN(TestPartialHandOver)
#include "tst_partialhandover.moc"
