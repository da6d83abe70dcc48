// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Apply to selected…" in storage: one named operation that sets caption, schedule and
// accounts on many drafts, through the content save only (never a state), and skips (and
// counts) the posts that are no longer drafts instead of changing or failing them.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/StorageWorker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
template<class T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

Post draftWith(const QString &caption, const QList<PostAccount> &accounts)
{
    Post post;
    post.caption = caption;
    post.accounts = accounts;
    post.media = {test::sampleMedia(1)};
    post.state = PostState::Draft;
    return post;
}
} // namespace

class TestApplyToDrafts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsEverythingOnDraftsAndSkipsTheRest()
    {
        QTemporaryDir dir;
        auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        const PostAccount own{QStringLiteral("acc_a"), QStringLiteral("Own caption for A"), {}};
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const auto saved = await(storage->saveContent(
                draftWith(QString(), {own, {QStringLiteral("acc_b"), {}, {}}})));
            QVERIFY(saved.ok());
            ids << saved.value.id;
        }
        const auto ready = await(storage->saveContent(draftWith(QStringLiteral("Ready one"), {})));
        QVERIFY(ready.ok());
        QVERIFY(await(storage->transition(ready.value.id, {PostState::Draft}, PostState::Ready))
                    .value.done());
        const QList<qint64> selected = ids + QList<qint64>{ready.value.id, 999'999};

        PostStore::DraftChanges changes;
        changes.caption = QStringLiteral("Launch week #fyp");
        changes.setsSchedule = true;
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2);
        changes.plannedAt = when;
        changes.handOver = HandOver::KeepEditable;
        changes.accountIds = QStringList{QStringLiteral("acc_a"), QStringLiteral("acc_c")};
        QSignalSpy failures(storage.get(), &StorageWorker::storageFailed);
        const auto applied = await(storage->applyToDrafts(selected, changes));
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(applied.value.changed, ids);
        QCOMPARE(applied.value.skipped, 2); // the ready post and the one that does not exist
        QCOMPARE(failures.size(), 0);       // skipping is not a failure

        for (const qint64 id : std::as_const(ids)) {
            const Post post = *await(storage->load(id)).value;
            QCOMPARE(post.state, PostState::Draft); // content only
            QCOMPARE(post.caption, *changes.caption);
            QCOMPARE(post.plannedAt->toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
            QCOMPARE(post.handOver, HandOver::KeepEditable);
            QCOMPARE(post.accounts.size(), 2);
            QCOMPARE(post.accounts.at(0), own); // a kept account keeps its own text
            QCOMPARE(post.accounts.at(1).accountId, QStringLiteral("acc_c"));
            QCOMPARE(post.revision, 2);
            QCOMPARE(post.media.size(), 1); // media untouched
        }
        const Post stillReady = *await(storage->load(ready.value.id)).value;
        QCOMPARE(stillReady.state, PostState::Ready);
        QCOMPARE(stillReady.caption, QStringLiteral("Ready one"));
        QVERIFY(!stillReady.plannedAt);
    }

    void leavesUnsetFieldsAlone()
    {
        QTemporaryDir dir;
        auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        Post draft = draftWith(QStringLiteral("Keep me"), {{QStringLiteral("acc_a"), {}, {}}});
        draft.plannedAt = QDateTime::currentDateTimeUtc().addDays(3);
        const auto saved = await(storage->saveContent(draft));
        QVERIFY(saved.ok());

        PostStore::DraftChanges changes;
        changes.accountIds = QStringList{QStringLiteral("acc_b")};
        const auto applied = await(storage->applyToDrafts({saved.value.id}, changes));
        QVERIFY(applied.ok());
        QCOMPARE(applied.value.changed.size(), 1);
        QCOMPARE(applied.value.skipped, 0);
        const Post post = *await(storage->load(saved.value.id)).value;
        QCOMPARE(post.caption, QStringLiteral("Keep me"));
        QCOMPARE(post.plannedAt->toMSecsSinceEpoch(), draft.plannedAt->toMSecsSinceEpoch());
        QCOMPARE(post.accounts.size(), 1);
        QCOMPARE(post.accounts.first().accountId, QStringLiteral("acc_b"));
    }
};

QTEST_GUILESS_MAIN(TestApplyToDrafts)
#include "tst_applytodrafts.moc"
