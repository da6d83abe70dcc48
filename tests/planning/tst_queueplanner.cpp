// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Add to queue": the next slot of the first account that is free on every account of the
// post, far enough ahead, and within the cap; read from a real database by loadAccountPlans.

#include "TestStorage.h"
#include "planning/PlanningData.h"
#include "planning/QueuePlanner.h"

#include <QTest>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
PostingSlots weekdays()
{
    // 09:00 and 18:00 Berlin; in March 2027 before the change that is 08:00 and 17:00 UTC.
    return *PostingSlots::parse(QStringLiteral("Mon-Fri 09:00,18:00"), QByteArray("Europe/Berlin"))
                .slots;
}
AccountPlan plan(const char *id, std::optional<PostingSlots> slots, QList<QDateTime> taken = {})
{
    const QString name = QString::fromLatin1(id).toUpper();
    return {QString::fromLatin1(id), name, std::move(slots), std::move(taken)};
}
} // namespace

class TestQueuePlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void skipsSlotsTakenOnAnyAccount()
    {
        // Monday 2027-03-01, 07:00 Berlin. The first account's 09:00 is taken by its own post,
        // its 18:00 by a post of the second account: the queue goes to Tuesday 09:00.
        const QDateTime now = utc("2027-03-01T06:00:00Z");
        const QList<AccountPlan> accounts = {
            plan("acc_a", weekdays(), {utc("2027-03-01T08:00:00Z")}),
            plan("acc_b", std::nullopt, {utc("2027-03-01T17:00:00Z")}),
        };
        const QueuePlanner::Choice choice = QueuePlanner::next(accounts, now);
        QVERIFY2(choice.ok(), qPrintable(choice.reason));
        QCOMPARE(*choice.slotUtc, utc("2027-03-02T08:00:00Z"));
        // Alone, the first account's own 18:00 is free.
        QCOMPARE(*QueuePlanner::next({accounts.first()}, now).slotUtc, utc("2027-03-01T17:00:00Z"));
    }

    void keepsTheMinimumLeadTime()
    {
        const QList<AccountPlan> accounts = {plan("acc_a", weekdays())};
        // 10 minutes before 09:00: exactly the lead time, so 09:00 is allowed.
        QCOMPARE(*QueuePlanner::next(accounts, utc("2027-03-01T07:50:00Z")).slotUtc,
                 utc("2027-03-01T08:00:00Z"));
        // 5 minutes before: too soon, the next slot is 18:00.
        QCOMPARE(*QueuePlanner::next(accounts, utc("2027-03-01T07:55:00Z")).slotUtc,
                 utc("2027-03-01T17:00:00Z"));
    }

    void skipsSlotsOverTheCap()
    {
        // Twenty posts from 07:00 Berlin Monday, five minutes apart: every slot until Tuesday
        // 07:00 would be the 21st in 24 hours. Tuesday 09:00 is the first that fits.
        QList<QDateTime> busy;
        for (int i = 0; i < 20; ++i)
            busy.append(utc("2027-03-01T06:00:00Z").addSecs(i * 300));
        const auto choice =
            QueuePlanner::next({plan("acc_a", weekdays(), busy)}, utc("2027-03-01T05:00:00Z"));
        QCOMPARE(*choice.slotUtc, utc("2027-03-02T08:00:00Z"));
    }

    void saysHowToSetSlots()
    {
        const auto choice = QueuePlanner::next(
            {plan("acc_b", std::nullopt), plan("acc_a", weekdays())}, utc("2027-03-01T06:00:00Z"));
        QVERIFY(!choice.ok());
        QVERIFY2(choice.reason.contains(QStringLiteral("ACC_B")), qPrintable(choice.reason));
        QVERIFY2(choice.reason.contains(QStringLiteral("tokdeck-cli slots set acc_b")),
                 qPrintable(choice.reason));
    }

    void plansFromTheDatabase()
    {
        const auto storage = test::openTestStorage(m_dir);
        QVERIFY(storage);
        QVERIFY(storage
                    ->setPostingSlots({QStringLiteral("acc_a"), weekdays().toSpec(),
                                       QStringLiteral("Europe/Berlin")})
                    .result()
                    .ok());
        QVERIFY(storage
                    ->saveAccounts({{QStringLiteral("acc_a"),
                                     QStringLiteral("tiktok"),
                                     QStringLiteral("Pixel & Pine"),
                                     {},
                                     {}}})
                    .result()
                    .ok());
        const auto save = [&](const char *at, PostState state, const char *account) {
            Post post;
            post.type = PostType::Photo;
            post.caption = QStringLiteral("queued");
            post.state = state;
            post.plannedAt = utc(at);
            post.accounts = {{QString::fromLatin1(account), {}, {}}};
            return storage->saveContent(post).result().value.id;
        };
        // 09:00 held by a ready post of acc_a, 18:00 by acc_b; a draft at Tuesday 09:00 does
        // not hold its slot.
        QVERIFY(save("2027-03-01T08:00:00Z", PostState::Ready, "acc_a") > 0);
        QVERIFY(save("2027-03-01T17:00:00Z", PostState::Ready, "acc_b") > 0);
        const qint64 self = save("2027-03-02T08:00:00Z", PostState::Ready, "acc_a");
        QVERIFY(save("2027-03-02T17:00:00Z", PostState::Draft, "acc_a") > 0);

        const QDateTime now = utc("2027-03-01T06:00:00Z");
        const auto plans =
            storage
                ->run([now, self](Stores &stores) {
                    return loadAccountPlans(
                        stores, {QStringLiteral("acc_a"), QStringLiteral("acc_b")}, now, self);
                })
                .result();
        QVERIFY(plans);
        QCOMPARE(plans->size(), 2);
        QCOMPARE(plans->first().name, QStringLiteral("Pixel & Pine"));
        QCOMPARE(plans->first().slots->toSpec(), QStringLiteral("Mon-Fri 09:00,18:00"));
        QVERIFY(!plans->at(1).slots);
        // The post being planned does not hold Tuesday 09:00 against itself.
        QCOMPARE(*QueuePlanner::next(*plans, now).slotUtc, utc("2027-03-02T08:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestQueuePlanner)
#include "tst_queueplanner.moc"
