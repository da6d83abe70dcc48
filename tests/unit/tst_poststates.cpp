// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The honest states after the hand-over: what a scheduled post shows before and after its time
// (the clock is the `now` passed in), the user-only states and their edges, the TikTok link
// check, and which accounts a retry goes to.

#include "domain/Post.h"
#include "domain/PostTransitions.h"

#include <QTest>

using namespace tokdeck;

class TestPostStates : public QObject
{
    Q_OBJECT

    const QDateTime due = QDateTime(QDate(2026, 12, 1), QTime(14, 5), Qt::UTC);

    Post scheduledPost() const
    {
        Post post;
        post.state = PostState::Scheduled;
        post.plannedAt = due;
        post.caption = QStringLiteral("Two accounts");
        post.accounts = {{QStringLiteral("acc_1"), {}, {}}, {QStringLiteral("acc_2"), {}, {}}};
        return post;
    }

private Q_SLOTS:
    void keysRoundTripAndTheOldOnesStay()
    {
        for (PostState state : allPostStates)
            QVERIFY(postStateFromKey(postStateKey(state)) == state);
        QCOMPARE(postStateKey(PostState::Scheduled), QStringLiteral("scheduled"));
        QCOMPARE(postStateKey(PostState::Published), QStringLiteral("published"));
        QCOMPARE(postStateKey(PostState::Live), QStringLiteral("live"));
        QCOMPARE(postStateKey(PostState::FailedOnTikTok), QStringLiteral("failed_on_tiktok"));
    }

    void aScheduledPostIsHandedOverUntilItsTimeThenDueNotConfirmed()
    {
        const Post post = scheduledPost();
        QCOMPARE(post.displayState(due.addSecs(-1)), PostDisplayState::Scheduled);
        QVERIFY(post.statusText(due.addSecs(-60))
                    .startsWith(QStringLiteral("Handed to Crosspostify · due ")));
        QCOMPARE(post.displayState(due), PostDisplayState::DueNotConfirmed);
        QCOMPARE(post.displayState(due.addDays(3)), PostDisplayState::DueNotConfirmed);
        QCOMPARE(post.statusText(due.addSecs(1)), QStringLiteral("Due on TikTok — not confirmed"));
        QVERIFY(!post.statusText(due.addDays(1)).contains(QStringLiteral("Live")));
    }

    void postNowIsHandedOverNotLive()
    {
        Post post = scheduledPost();
        post.state = PostState::Published;
        post.plannedAt.reset();
        QCOMPARE(post.displayState(due), PostDisplayState::Published);
        QCOMPARE(post.statusText(due), QStringLiteral("Handed to Crosspostify — not confirmed"));
    }

    void onlyTheUserMakesItLiveOrFailedOnTikTok()
    {
        Post post = scheduledPost();
        post.state = PostState::Live;
        post.tiktokUrl = QStringLiteral("https://www.tiktok.com/@shop/video/1");
        QCOMPARE(post.displayState(due.addDays(1)), PostDisplayState::Live);
        QCOMPARE(post.statusText(due),
                 QStringLiteral("Live on TikTok · https://www.tiktok.com/@shop/video/1"));
        post.state = PostState::FailedOnTikTok;
        post.lastError = QStringLiteral("Muted for music rights");
        QCOMPARE(post.statusText(due), QStringLiteral("Failed on TikTok: Muted for music rights"));
        QVERIFY(post.isLocked());
        QVERIFY(!post.isEditable());
    }

    void theNewEdges_data()
    {
        QTest::addColumn<PostState>("from");
        QTest::addColumn<PostState>("to");
        QTest::addColumn<bool>("allowed");
        using S = PostState;
        QTest::newRow("scheduled→live") << S::Scheduled << S::Live << true;
        QTest::newRow("published→live") << S::Published << S::Live << true;
        QTest::newRow("scheduled→failed on tiktok") << S::Scheduled << S::FailedOnTikTok << true;
        QTest::newRow("published→failed on tiktok") << S::Published << S::FailedOnTikTok << true;
        QTest::newRow("live→failed on tiktok") << S::Live << S::FailedOnTikTok << true;
        QTest::newRow("failed on tiktok→draft") << S::FailedOnTikTok << S::Draft << true;
        QTest::newRow("failed on tiktok→ready") << S::FailedOnTikTok << S::Ready << true;
        // Refused: only the user's word after a hand-over, and never from before one.
        QTest::newRow("failed on tiktok→live") << S::FailedOnTikTok << S::Live << false;
        QTest::newRow("live→draft") << S::Live << S::Draft << false;
        QTest::newRow("live→ready") << S::Live << S::Ready << false;
        QTest::newRow("ready→live") << S::Ready << S::Live << false;
        QTest::newRow("submitting→live") << S::Submitting << S::Live << false;
        QTest::newRow("needs attention→live") << S::NeedsAttention << S::Live << false;
        QTest::newRow("failed→failed on tiktok") << S::Failed << S::FailedOnTikTok << false;
        QTest::newRow("scheduled→ready") << S::Scheduled << S::Ready << false;
    }
    void theNewEdges()
    {
        QFETCH(PostState, from);
        QFETCH(PostState, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(from, to), allowed);
    }

    void theTikTokLinkIsChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("video") << QStringLiteral(" https://www.tiktok.com/@shop/video/7312 ")
                               << true;
        QTest::newRow("short link") << QStringLiteral("https://vm.tiktok.com/ZMabc/") << true;
        QTest::newRow("bare host") << QStringLiteral("https://tiktok.com/@shop") << true;
        QTest::newRow("http") << QStringLiteral("http://www.tiktok.com/@shop/video/1") << false;
        QTest::newRow("look-alike") << QStringLiteral("https://tiktok.com.evil.example/x") << false;
        QTest::newRow("suffix") << QStringLiteral("https://nottiktok.com/x") << false;
        QTest::newRow("user info") << QStringLiteral("https://me@www.tiktok.com/x") << false;
        QTest::newRow("no scheme") << QStringLiteral("www.tiktok.com/@shop") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void theTikTokLinkIsChecked()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(!normalisedTikTokUrl(text).isEmpty(), accepted);
    }

    void theAnswerSaysWhichAccountsTookIt()
    {
        const QList<PostAccountResult> results =
            accountResultsFromAnswer({QStringLiteral("acc_1"), QStringLiteral("acc_2")},
                                     {{QStringLiteral("acc_1"), QStringLiteral("scheduled")}}, due);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).status, QStringLiteral("scheduled"));
        QVERIFY(results.at(0).taken());
        QCOMPARE(results.at(1).status, PostAccountResult::notTaken);
        QVERIFY(!results.at(1).taken());
        // No per-account word at all: nothing is known per account, nothing is marked missing.
        QVERIFY(accountResultsFromAnswer({QStringLiteral("acc_1")}, {}, due).isEmpty());
    }

    void aRetryGoesOnlyToTheAccountsThatDidNotTakeIt()
    {
        Post post = scheduledPost();
        QCOMPARE(post.resolvedTargets().size(), 2); // nothing known: everyone
        post.accountResults = {{QStringLiteral("acc_1"), QStringLiteral("scheduled"), due},
                               {QStringLiteral("acc_2"), PostAccountResult::notTaken, due}};
        QCOMPARE(post.accountsNotTaken(), QStringList{QStringLiteral("acc_2")});
        QCOMPARE(post.resolvedTargets().size(), 1);
        QCOMPARE(post.resolvedTargets().first().accountId, QStringLiteral("acc_2"));
        // An account added since has no result: it goes too.
        post.accounts.append({QStringLiteral("acc_3"), {}, {}});
        QCOMPARE(post.resolvedTargets().size(), 2);
        QCOMPARE(post.resolvedTargets().last().accountId, QStringLiteral("acc_3"));
        // Every account took it, and the user sends it again anyway (failed on TikTok): all.
        post.accounts.removeLast();
        post.accountResults[1].status = QStringLiteral("queued");
        QCOMPARE(post.resolvedTargets().size(), 2);
    }

    void eachAccountSaysWhatItGot()
    {
        Post post = scheduledPost();
        QVERIFY(accountResultLines(post, {}).isEmpty());
        post.accountResults = {{QStringLiteral("acc_1"), QStringLiteral("queued"), due},
                               {QStringLiteral("acc_2"), PostAccountResult::notTaken, due}};
        const QStringList lines =
            accountResultLines(post, {{QStringLiteral("acc_1"), QStringLiteral("Pixel & Pine")}});
        QCOMPARE(lines, (QStringList{QStringLiteral("Pixel & Pine: queued"),
                                     QStringLiteral("acc_2: did not take it (send it again)")}));
    }
};

QTEST_GUILESS_MAIN(TestPostStates)
#include "tst_poststates.moc"
