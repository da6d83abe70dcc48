// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The queue's operations: the empty slots of a range, "Move to next slot", "Shuffle queue"
// (the same set of times, dealt out again) and "Stagger" (one post per account, an hour apart,
// saved in one transaction).

#include "TestStorage.h"
#include "planning/DuplicateContent.h"
#include "planning/PlanningData.h"
#include "planning/QueueOps.h"

#include <QTest>
#include <algorithm>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
PostingSlots weekdays()
{
    // 09:00 and 18:00 Berlin: 08:00 and 17:00 UTC in March 2027, before the change.
    return *PostingSlots::parse(QStringLiteral("Mon-Fri 09:00,18:00"), QByteArray("Europe/Berlin"))
                .slots;
}
Post queued(qint64 id, const QDateTime &at, PostState state = PostState::Ready,
            const QString &account = QStringLiteral("acc_a"))
{
    Post post;
    post.id = id;
    post.type = PostType::Photo;
    post.caption = QStringLiteral("post %1").arg(id);
    post.state = state;
    post.plannedAt = at;
    post.accounts = {{account, {}, {}}};
    return post;
}
} // namespace

class TestQueueOps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void emptySlotsLeaveOutHeldOnes()
    {
        const QList<QDateTime> times = QueueOps::slotTimesBetween(
            weekdays(), utc("2027-03-01T00:00:00Z"), utc("2027-03-02T00:00:00Z"));
        QCOMPARE(times,
                 (QList<QDateTime>{utc("2027-03-01T08:00:00Z"), utc("2027-03-01T17:00:00Z")}));
        QList<AccountSlot> slots;
        for (const QDateTime &t : times) {
            slots.append({t, QStringLiteral("acc_a"), QStringLiteral("A")});
            slots.append({t, QStringLiteral("acc_b"), QStringLiteral("B")});
        }
        // A ready post holds acc_a's 09:00; a draft at 18:00 holds nothing.
        const QList<Post> posts = {queued(1, times.at(0)),
                                   queued(2, times.at(1), PostState::Draft)};
        const QList<AccountSlot> empty = QueueOps::emptySlots(slots, posts);
        QCOMPARE(empty.size(), 3);
        QVERIFY(!empty.contains(slots.at(0)));
        QCOMPARE(QueueOps::emptySlots(slots, posts, QStringLiteral("acc_a")),
                 (QList<AccountSlot>{slots.at(2)}));
    }

    void nextSlotIsAfterTheCurrentTime()
    {
        const QList<AccountPlan> plans = {{QStringLiteral("acc_a"),
                                           QStringLiteral("A"),
                                           weekdays(),
                                           {utc("2027-03-01T17:00:00Z")}}};
        const QDateTime now = utc("2027-02-26T12:00:00Z");
        // From Monday 09:00: 18:00 is taken, so Tuesday 09:00.
        const auto choice = QueueOps::nextSlotAfter(plans, utc("2027-03-01T08:00:00Z"), now);
        QVERIFY2(choice.ok(), qPrintable(choice.reason));
        QCOMPARE(*choice.slotUtc, utc("2027-03-02T08:00:00Z"));
        // Without slots: QueuePlanner's reason.
        const auto none = QueueOps::nextSlotAfter(
            {{QStringLiteral("acc_a"), QStringLiteral("A"), std::nullopt, {}}},
            utc("2027-03-01T08:00:00Z"), now);
        QVERIFY(!none.ok());
        QVERIFY(none.reason.contains(QStringLiteral("no posting slots")));
    }

    void nextSlotMovesARunOfPostsOneSlotOn()
    {
        const auto storage = test::openTestStorage(m_dir);
        QVERIFY(storage);
        QVERIFY(storage
                    ->setPostingSlots({QStringLiteral("acc_a"), weekdays().toSpec(),
                                       QStringLiteral("Europe/Berlin")})
                    .result()
                    .ok());
        const auto save = [&](const char *at, PostState state) {
            Post post = queued(0, utc(at), state);
            return storage->saveContent(post).result().value.id;
        };
        const qint64 first = save("2027-03-01T08:00:00Z", PostState::Ready);
        const qint64 second = save("2027-03-01T17:00:00Z", PostState::Ready);
        const qint64 locked = save("2027-03-02T08:00:00Z", PostState::Ready);
        QVERIFY(first && second && locked);
        QVERIFY(
            storage->transition(locked, {PostState::Ready}, PostState::Uploading).result().ok());
        const QDateTime now = utc("2027-02-26T12:00:00Z");
        const auto planned =
            storage
                ->run([&](Stores &stores) {
                    return QueueOps::planNextSlotMoves(stores, {first, second}, now);
                })
                .result();
        // Tuesday 09:00 is held by the uploading post: the second goes to Tuesday 18:00 and
        // the first takes the 18:00 the second left.
        QCOMPARE(planned.refused.size(), 0);
        QCOMPARE(planned.moves.size(), 2);
        for (const PlannedMove &move : planned.moves) {
            if (move.id == second)
                QCOMPARE(move.toUtc, utc("2027-03-02T17:00:00Z"));
            else
                QCOMPARE(move.toUtc, utc("2027-03-01T17:00:00Z"));
        }
        // The uploading post is refused with a reason.
        const auto refused = storage
                                 ->run([&](Stores &stores) {
                                     return QueueOps::planNextSlotMoves(stores, {locked}, now);
                                 })
                                 .result();
        QCOMPARE(refused.moves.size(), 0);
        QCOMPARE(refused.refused.size(), 1);
        QVERIFY(!refused.refused.first().second.isEmpty());
    }

    void shuffleKeepsTheSetOfTimes()
    {
        const QDateTime now = utc("2027-02-26T12:00:00Z");
        const QList<QDateTime> slots = QueueOps::slotTimesBetween(
            weekdays(), utc("2027-03-01T00:00:00Z"), utc("2027-03-06T00:00:00Z"));
        QCOMPARE(slots.size(), 10);
        QList<Post> posts;
        for (int i = 0; i < 8; ++i)
            posts.append(queued(i + 1, slots.at(i)));
        posts[6].state = PostState::Scheduled;              // with Crosspostify
        posts.append(queued(20, slots.at(8).addSecs(600))); // off the slots
        posts.append(queued(21, slots.at(9), PostState::Ready, QStringLiteral("acc_b")));
        QRandomGenerator random(42);
        const QList<PlannedMove> moves =
            QueueOps::shuffle(posts, QStringLiteral("acc_a"), slots, now, random);
        QVERIFY(!moves.isEmpty());
        QList<QDateTime> from;
        QList<QDateTime> to;
        for (const PlannedMove &move : moves) {
            QVERIFY2(move.id >= 1 && move.id <= 8 && move.id != 7, "only local posts on slots");
            QCOMPARE(move.fromUtc, slots.at(move.id - 1));
            from.append(move.fromUtc);
            to.append(move.toUtc);
        }
        std::sort(from.begin(), from.end());
        std::sort(to.begin(), to.end());
        QCOMPARE(to, from); // the same times, only dealt out again
        // Seeded: the same seed gives the same shuffle.
        QRandomGenerator again(42);
        QCOMPARE(QueueOps::shuffle(posts, QStringLiteral("acc_a"), slots, now, again).size(),
                 moves.size());
    }

    void staggerSplitsPerAccount()
    {
        Post post = queued(7, utc("2027-03-01T08:00:00Z"));
        post.accounts = {{QStringLiteral("acc_a"), QStringLiteral("caption A"), {}},
                         {QStringLiteral("acc_b"), {}, QStringLiteral("title B")},
                         {QStringLiteral("acc_c"), {}, {}}};
        const QList<Post> split =
            QueueOps::staggered(post, DuplicateContent::windowSeconds, utc("2027-02-26T12:00:00Z"));
        QCOMPARE(split.size(), 3);
        QCOMPARE(split.at(0).id, 7);
        QCOMPARE(*split.at(0).plannedAt, utc("2027-03-01T08:00:00Z"));
        QCOMPARE(split.at(0).accounts, QList<PostAccount>{post.accounts.at(0)});
        QCOMPARE(split.at(1).id, 0);
        QCOMPARE(*split.at(1).plannedAt, utc("2027-03-01T09:00:00Z"));
        QCOMPARE(split.at(1).accounts, QList<PostAccount>{post.accounts.at(1)});
        QCOMPARE(*split.at(2).plannedAt, utc("2027-03-01T10:00:00Z"));
        QCOMPARE(split.at(2).caption, post.caption);
    }

    void staggerIsSavedInOneTransaction()
    {
        const auto storage = test::openTestStorage(m_dir);
        QVERIFY(storage);
        Post post = queued(0, utc("2027-03-01T08:00:00Z"));
        post.accounts = {{QStringLiteral("acc_a"), QStringLiteral("caption A"), {}},
                         {QStringLiteral("acc_b"), {}, QStringLiteral("title B")}};
        post = storage->saveContent(post).result().value;
        QVERIFY(post.id > 0);
        const QDateTime now = utc("2027-02-26T12:00:00Z");
        const auto saved = storage
                               ->run([&](Stores &stores) {
                                   QList<Post> split = QueueOps::staggered(
                                       post, DuplicateContent::windowSeconds, now);
                                   return std::pair(stores.posts.saveContentMany(split), split);
                               })
                               .result();
        QVERIFY(saved.first);
        QCOMPARE(saved.second.size(), 2);
        QCOMPARE(saved.second.at(0).id, post.id);
        QVERIFY(saved.second.at(1).id > post.id);
        const auto first = storage->load(post.id).result().value;
        QVERIFY(first);
        QCOMPARE(first->accounts.size(), 1);
        QCOMPARE(first->accounts.first().captionOverride, QStringLiteral("caption A"));
        const auto copy = storage->load(saved.second.at(1).id).result().value;
        QVERIFY(copy);
        QCOMPARE(*copy->plannedAt, utc("2027-03-01T09:00:00Z"));
        QCOMPARE(copy->accounts.first().titleOverride, QStringLiteral("title B"));

        // A stale copy of the original (changed meanwhile): nothing is saved, not even the
        // copies' inserts.
        const auto stale =
            storage
                ->run([&](Stores &stores) {
                    QList<Post> split =
                        QueueOps::staggered(post, DuplicateContent::windowSeconds, now);
                    const bool ok = stores.posts.saveContentMany(split);
                    return std::pair(ok, stores.posts.inRange(now, now.addDays(30)).size());
                })
                .result();
        QVERIFY(!stale.first);
        QCOMPARE(stale.second, 2);
    }
};

QTEST_GUILESS_MAIN(TestQueueOps)
#include "tst_queueops.moc"
