// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A desktop on a team calendar (PostgreSQL) whose server goes away mid-session and comes
// back on the same port (issue #15): jobs fail at once with a sentence that says so instead of
// hanging, the worker says it is unreachable and reconnects by itself, an edit typed meanwhile
// is kept (in memory and in a private file) and saved once it is back, and a post a runner
// had claimed is never made due twice.

#include "PgServer.h"
#include "storage/DraftAutosaver.h"
#include "storage/DraftRecovery.h"
#include "storage/Reconnect.h"
#include "storage/StorageWorker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;
using namespace tokdeck::test;

namespace {

Post draft(const QString &caption)
{
    Post post;
    post.caption = caption;
    post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
    return post;
}

} // namespace

class TestTeamOffline : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;

    // Waits for the worker to say it is back (it retries on its own; the server restarted).
    static bool backAgain(StorageWorker &storage, QSignalSpy &reachable)
    {
        QElapsedTimer timer;
        timer.start();
        while (!storage.isReachable() && timer.elapsed() < 20'000)
            reachable.wait(1000);
        return storage.isReachable();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        if (!m_server.isRunning())
            QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error()));
    }

    void jobsFailFastThenItReconnects()
    {
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        QCOMPARE(storage.host(), QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        const qint64 id = storage.saveContent(draft(QStringLiteral("Before"))).result().value.id;
        QVERIFY(id > 0);
        QVERIFY(storage.isReachable());
        QSignalSpy reachable(&storage, &StorageWorker::reachableChanged);
        QSignalSpy reset(&storage, &StorageWorker::postsReset);

        QVERIFY(m_server.stopKeepingData());
        QElapsedTimer timer;
        timer.start();
        const auto first = storage.load(id).result(); // finds the server gone
        QVERIFY(!first.ok());
        QVERIFY2(first.error.contains(QStringLiteral("cannot be reached")),
                 qPrintable(first.error));
        QCOMPARE(reachable.count(), 1);
        QCOMPARE(reachable.at(0).at(0).toBool(), false);
        QVERIFY(!storage.isReachable());
        // Every later job fails at once with the same plain reason: nothing waits on the wire.
        const auto second = storage.saveContent(draft(QStringLiteral("Typed offline"))).result();
        QVERIFY(!second.ok());
        QVERIFY2(second.error.contains(QStringLiteral("the team calendar on 127.0.0.1:%1 cannot be "
                                                      "reached")
                                           .arg(m_server.port())),
                 qPrintable(second.error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        qInfo("two jobs failed in %lld ms after the server stopped", timer.elapsed());

        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        timer.restart();
        QVERIFY(backAgain(storage, reachable));
        qInfo("reconnected %lld ms after the server was back", timer.elapsed());
        QCOMPARE(reachable.last().at(0).toBool(), true);
        QTRY_VERIFY(reset.count() >= 1); // what is on screen reloads
        const auto loaded = storage.load(id).result();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.value->caption, QStringLiteral("Before"));
    }

    void theRetriesBackOff()
    {
        QCOMPARE(Reconnect::firstRetryMs, 250);
        QCOMPARE(Reconnect::maxRetryMs, 30'000);
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        QSignalSpy reachable(&storage, &StorageWorker::reachableChanged);
        QVERIFY(m_server.stopKeepingData());
        QVERIFY(!storage.load(1).result().ok());
        QVERIFY(!storage.isReachable());
        // A few retries (250 + 500 + 1000 ms) without the server: still unreachable, no
        // flapping back and forth.
        QVERIFY(!reachable.wait(2000));
        QCOMPARE(reachable.count(), 1);
        QVERIFY(!storage.isReachable());
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QVERIFY(backAgain(storage, reachable));
        QCOMPARE(reachable.count(), 2);
    }

    void anEditTypedMeanwhileIsKeptThenSaved()
    {
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        Post post = storage.saveContent(draft(QStringLiteral("Before"))).result().value;
        QVERIFY(post.id > 0);
        const QString recovery = m_dir.filePath(QStringLiteral("recovery/draft.json"));
        DraftAutosaver autosaver(&storage);
        autosaver.setRecoveryFile(recovery);
        autosaver.track(post);
        QSignalSpy failed(&autosaver, &DraftAutosaver::saveFailed);
        QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
        QSignalSpy kept(&autosaver, &DraftAutosaver::keptLocallyChanged);
        QSignalSpy reachable(&storage, &StorageWorker::reachableChanged);

        QVERIFY(m_server.stopKeepingData());
        post.caption = QStringLiteral("Typed while the server was away");
        autosaver.edit(post);
        autosaver.flush();
        QVERIFY(failed.wait(5000));
        QVERIFY(autosaver.isKeptLocally());
        QVERIFY(autosaver.hasUnsavedChanges());
        QCOMPARE(kept.count(), 1);
        QCOMPARE(kept.at(0).at(0).toBool(), true);
        // On disk too, for the user's eyes only.
        QVERIFY(QFile::exists(recovery));
        QVERIFY(QFile::permissions(recovery).testFlag(QFile::ReadOwner));
        QCOMPARE(
            QFile::permissions(recovery)
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        const std::optional<Post> onDisk = DraftRecovery::read(recovery);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->id, post.id);
        QCOMPARE(onDisk->caption, post.caption);
        QCOMPARE(onDisk->accounts, post.accounts);
        // Typing on while it is away keeps the newest text.
        post.caption = QStringLiteral("Typed while the server was away, and more");
        autosaver.edit(post);
        autosaver.flush();
        QVERIFY(failed.wait(5000));
        QCOMPARE(DraftRecovery::read(recovery)->caption, post.caption);
        QCOMPARE(saved.count(), 0);

        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QVERIFY(backAgain(storage, reachable));
        QVERIFY(saved.wait(10'000)); // saved by itself once it is back
        QCOMPARE(saved.count(), 1);  // once
        QVERIFY(!autosaver.hasUnsavedChanges());
        QVERIFY(!autosaver.isKeptLocally());
        QCOMPARE(kept.last().at(0).toBool(), false);
        QVERIFY(!QFile::exists(recovery));
        const auto stored = storage.load(post.id).result();
        QVERIFY(stored.ok());
        QCOMPARE(stored.value->caption, post.caption);
        QCOMPARE(stored.value->revision, 2); // one save, not one per keystroke replayed
    }

    void aClaimedPostIsNeverDueTwice()
    {
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        const qint64 uploading = storage.saveContent(draft(QStringLiteral("A"))).result().value.id;
        const qint64 submitting = storage.saveContent(draft(QStringLiteral("B"))).result().value.id;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime leaseEnd = now.addSecs(60);
        for (qint64 id : {uploading, submitting}) {
            QVERIFY(
                storage.transition(id, {PostState::Draft}, PostState::Ready).result().value.done());
            QVERIFY(storage
                        .run([id, leaseEnd](Stores &stores) {
                            return stores.lifecycle.claim(id, QStringLiteral("runner-a"), leaseEnd);
                        })
                        .result());
        }
        // B's create call went out: "submitting" was written first, as the outbox does.
        QVERIFY(storage
                    .transition(submitting, {PostState::Uploading}, PostState::Submitting,
                                {{}, {}, QStringLiteral("runner-a"), {}})
                    .result()
                    .value.done());
        QSignalSpy reachable(&storage, &StorageWorker::reachableChanged);

        QVERIFY(m_server.stopKeepingData());
        // The run's lease renewal fails at once (the run stops before its next network step).
        QElapsedTimer timer;
        timer.start();
        const bool renewed = storage
                                 .run([uploading, leaseEnd](Stores &stores) {
                                     return stores.lifecycle.renewLease(
                                         uploading, QStringLiteral("runner-a"), leaseEnd);
                                 })
                                 .result();
        QVERIFY(!renewed);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!storage.isReachable());
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QVERIFY(backAgain(storage, reachable));

        // Back within the lease: both are still runner A's; no one else can take them.
        auto recover = [&storage](const QDateTime &at) {
            return storage.run([at](Stores &stores) { return stores.lifecycle.recoverExpired(at); })
                .result();
        };
        QVERIFY(recover(now.addSecs(5)).isEmpty());
        for (qint64 id : {uploading, submitting}) {
            QVERIFY(!storage
                         .run([id, leaseEnd](Stores &stores) {
                             return stores.lifecycle.claim(id, QStringLiteral("runner-b"),
                                                           leaseEnd.addSecs(60));
                         })
                         .result());
        }
        // After the lease: the upload may start again (nothing was created yet), the create
        // call that may have arrived is never sent again on its own.
        const QList<qint64> recovered = recover(leaseEnd.addSecs(1));
        QCOMPARE(recovered.size(), 2);
        QCOMPARE(storage.load(uploading).result().value->state, PostState::Ready);
        QCOMPARE(storage.load(submitting).result().value->state, PostState::NeedsAttention);
        QVERIFY(recover(leaseEnd.addSecs(120)).isEmpty()); // and only once
        QVERIFY(!storage
                     .run([submitting](Stores &stores) {
                         return stores.lifecycle.claim(submitting, QStringLiteral("runner-b"),
                                                       QDateTime::currentDateTimeUtc());
                     })
                     .result());
    }

    void aLocalCalendarIsAlwaysReachable()
    {
        StorageWorker storage(m_dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(storage.open().result().ok());
        QVERIFY(storage.host().isEmpty());
        QVERIFY(!storage.load(12345).result().value);
        QVERIFY(storage.isReachable());
    }
};

QTEST_GUILESS_MAIN(TestTeamOffline)
#include "tst_teamoffline.moc"
