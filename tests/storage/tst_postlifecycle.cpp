// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The table of a post's allowed state changes, against a real SQLite file (and, in the
// tst_postlifecycle_postgres run, a real PostgreSQL server): every allowed edge
// is taken, every other pair is refused (and says what the post is), claims are exclusive,
// leases guard the runner's writes, recovery touches only expired leases, and a state change
// never raises the content revision.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "domain/PostTransitions.h"
#include "storage/Database.h"
#include "storage/Stores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPostLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;

    // A post stored directly in `state` (as a test fixture; the app only inserts drafts and
    // ready posts).
    qint64 postIn(PostState state)
    {
        Post post = samplePost(m_clock.nowUtc().addDays(2));
        post.state = state;
        return m_stores->posts.saveContent(post);
    }
    PostState stateOf(qint64 id) { return m_stores->posts.load(id)->state; }

private Q_SLOTS:
    void init()
    {
        m_stores.reset();
        // A file per test function, or the "postgres" run's server with an emptied schema.
        const QString location = testDatabaseLocation(m_dir);
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location, m_clock);
        const DatabaseOpenResult opened = m_db->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(m_db->isPostgres(), testPgServer() != nullptr);
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
    }
    void cleanup()
    {
        m_stores.reset();
        m_db.reset();
    }

    void everyAllowedEdgeIsTaken()
    {
        for (const auto &[from, to] : allowedPostTransitions()) {
            const qint64 id = postIn(from);
            const qint64 revision = m_stores->posts.load(id)->revision;
            const TransitionOutcome outcome = m_stores->lifecycle.transition(
                id, {from}, to, {QStringLiteral("why"), QStringLiteral("srv_1"), {}, {}});
            QVERIFY2(outcome.done(),
                     qPrintable(postStateKey(from) + QStringLiteral(" -> ") + postStateKey(to)));
            const Post after = *m_stores->posts.load(id);
            QCOMPARE(after.state, to);
            QCOMPARE(after.lastError, QStringLiteral("why"));
            QCOMPARE(after.serverPostId, QStringLiteral("srv_1"));
            QCOMPARE(after.revision, revision); // content untouched: the composer's copy holds
        }
    }

    void everyOtherPairIsRefusedAndSaysWhy()
    {
        int refused = 0;
        for (PostState from : allPostStates) {
            for (PostState to : allPostStates) {
                if (isAllowedTransition(from, to))
                    continue;
                const qint64 id = postIn(from);
                const TransitionOutcome outcome = m_stores->lifecycle.transition(id, {from}, to);
                QCOMPARE(outcome.kind, TransitionOutcome::Kind::Refused);
                QCOMPARE(outcome.current, from);
                QCOMPARE(stateOf(id), from);
                QVERIFY(m_stores->lastError().isEmpty()); // a normal answer, not a failure
                ++refused;
            }
        }
        const int pairs = int(std::size(allPostStates) * std::size(allPostStates));
        QCOMPARE(refused, pairs - int(allowedPostTransitions().size()));
        // An allowed edge from the wrong current state is refused too (compare-and-set).
        const qint64 id = postIn(PostState::Published);
        const TransitionOutcome outcome =
            m_stores->lifecycle.transition(id, {PostState::Draft}, PostState::Ready);
        QCOMPARE(outcome.kind, TransitionOutcome::Kind::Refused);
        QCOMPARE(outcome.current, PostState::Published);
        QCOMPARE(m_stores->lifecycle.transition(4242, {PostState::Draft}, PostState::Ready).kind,
                 TransitionOutcome::Kind::NotFound);
    }

    void aClaimIsExclusiveAndItsLeaseGuardsTheRunner()
    {
        const qint64 id = postIn(PostState::Ready);
        const QDateTime until = m_clock.nowUtc().addSecs(60);
        QVERIFY(m_stores->lifecycle.claim(id, QStringLiteral("a"), until));
        QVERIFY(!m_stores->lifecycle.claim(id, QStringLiteral("b"), until)); // a holds it
        QVERIFY(m_stores->lastError().isEmpty());
        QCOMPARE(m_stores->lifecycle.leaseOwner(id), QStringLiteral("a"));
        // Only the holder writes the next step; b's attempt is refused.
        QCOMPARE(m_stores->lifecycle
                     .transition(id, {PostState::Uploading}, PostState::Submitting,
                                 {{}, {}, QStringLiteral("b"), {}})
                     .kind,
                 TransitionOutcome::Kind::Refused);
        QVERIFY(m_stores->lifecycle.renewLease(id, QStringLiteral("a"), until.addSecs(30)));
        QVERIFY(!m_stores->lifecycle.renewLease(id, QStringLiteral("b"), until.addSecs(30)));
        QVERIFY(m_stores->lifecycle
                    .transition(id, {PostState::Uploading}, PostState::Submitting,
                                {{}, {}, QStringLiteral("a"), {}})
                    .done());
        QCOMPARE(m_stores->lifecycle.leaseOwner(id), QStringLiteral("a")); // kept while leased
        QVERIFY(m_stores->lifecycle
                    .transition(id, {PostState::Submitting}, PostState::Published,
                                {{}, {}, QStringLiteral("a"), {}})
                    .done());
        QCOMPARE(m_stores->lifecycle.leaseOwner(id), QString()); // ended with the lease
    }

    void recoveryTouchesOnlyExpiredLeases()
    {
        const QDateTime now = m_clock.nowUtc();
        const qint64 live = postIn(PostState::Ready);
        const qint64 deadUpload = postIn(PostState::Ready);
        const qint64 deadSubmit = postIn(PostState::Ready);
        QVERIFY(m_stores->lifecycle.claim(live, QStringLiteral("alive"), now.addSecs(60)));
        QVERIFY(m_stores->lifecycle.claim(deadUpload, QStringLiteral("dead"), now.addSecs(10)));
        QVERIFY(m_stores->lifecycle.claim(deadSubmit, QStringLiteral("dead"), now.addSecs(10)));
        QVERIFY(m_stores->lifecycle
                    .transition(deadSubmit, {PostState::Uploading}, PostState::Submitting,
                                {{}, {}, QStringLiteral("dead"), {}})
                    .done());
        QVERIFY(m_stores->lifecycle.recoverExpired(now).isEmpty()); // nothing expired yet

        const QList<qint64> recovered = m_stores->lifecycle.recoverExpired(now.addSecs(11));
        QCOMPARE(recovered.size(), 2);
        QCOMPARE(stateOf(live), PostState::Uploading); // a live runner's post is never touched
        QCOMPARE(stateOf(deadUpload), PostState::Ready);
        QCOMPARE(stateOf(deadSubmit), PostState::NeedsAttention);
        QVERIFY(m_stores->posts.load(deadSubmit)
                    ->lastError.contains(QStringLiteral("may have been published")));
        // The dead runner, should it wake up, can no longer write its post.
        QCOMPARE(m_stores->lifecycle
                     .transition(deadSubmit, {PostState::Submitting}, PostState::Published,
                                 {{}, {}, QStringLiteral("dead"), {}})
                     .kind,
                 TransitionOutcome::Kind::Refused);
        QVERIFY(
            !m_stores->lifecycle.renewLease(deadUpload, QStringLiteral("dead"), now.addSecs(60)));
    }

    void aPostBelongsToTheHostItWasPublishedFor()
    {
        // Published for the sandbox: Crosspostify's runner cannot claim it, the sandbox's can.
        const qint64 sandboxPost = postIn(PostState::Draft);
        QVERIFY(m_stores->lifecycle
                    .transition(sandboxPost, {PostState::Draft}, PostState::Ready,
                                {{}, {}, {}, QStringLiteral("127.0.0.1:8765")})
                    .done());
        QCOMPARE(m_stores->posts.load(sandboxPost)->apiHost, QStringLiteral("127.0.0.1:8765"));
        const QDateTime until = m_clock.nowUtc().addSecs(60);
        QVERIFY(!m_stores->lifecycle.claim(sandboxPost, QStringLiteral("real"), until,
                                           QStringLiteral("api.crosspostify.com")));
        QVERIFY(m_stores->lifecycle.claim(sandboxPost, QStringLiteral("sbx"), until,
                                          QStringLiteral("127.0.0.1:8765")));
        // A post not bound yet (older data, a CSV import) is bound by the runner that claims it.
        const qint64 unbound = postIn(PostState::Ready);
        QVERIFY(m_stores->lifecycle.claim(unbound, QStringLiteral("real"), until,
                                          QStringLiteral("api.crosspostify.com")));
        QCOMPARE(m_stores->posts.load(unbound)->apiHost, QStringLiteral("api.crosspostify.com"));
        // Content saves never change it.
        Post copy = *m_stores->posts.load(sandboxPost);
        copy.apiHost.clear();
        QVERIFY(
            m_stores->lifecycle.transition(sandboxPost, {PostState::Uploading}, PostState::Draft)
                .done());
        copy.caption = QStringLiteral("edited");
        QVERIFY(m_stores->posts.saveContent(copy));
        QCOMPARE(m_stores->posts.load(sandboxPost)->apiHost, QStringLiteral("127.0.0.1:8765"));
    }

    void contentSavesNeverWriteTheState()
    {
        Post post = samplePost(m_clock.nowUtc().addDays(2));
        post.state = PostState::Draft;
        QVERIFY(m_stores->posts.saveContent(post));
        QVERIFY(
            m_stores->lifecycle.transition(post.id, {PostState::Draft}, PostState::Ready).done());
        // A copy that still says "draft" saves its caption, and the post stays ready.
        post.caption = QStringLiteral("edited while ready");
        QVERIFY2(m_stores->posts.saveContent(post), qPrintable(m_stores->lastError()));
        QCOMPARE(post.state, PostState::Ready); // the store's state is reported back
        QCOMPARE(stateOf(post.id), PostState::Ready);
        // A move is a compare-and-set on the time, and a content change (new revision).
        const QDateTime at = *post.plannedAt;
        QCOMPARE(m_stores->posts.movePlannedAt(post.id, at, at.addDays(1)), post.revision + 1);
        QCOMPARE(m_stores->posts.movePlannedAt(post.id, at, at.addDays(2)), 0); // not there now
        QVERIFY(m_stores->lastError().contains(QStringLiteral("moved elsewhere")));
        QCOMPARE(*m_stores->posts.load(post.id)->plannedAt, at.addDays(1));
    }

    void sharedRateLimitsAreCountedInTheDatabase()
    {
        ApiCallLedger &ledger = m_stores->apiCalls;
        ledger.setLimits({5, 8, 2});
        const QDateTime now = m_clock.nowUtc();
        const QString host = QStringLiteral("api.example");
        const QStringList account = {QStringLiteral("acc_1")};
        QCOMPARE(ledger.reserve(host, 1, account, now), 0);
        QCOMPARE(ledger.reserve(host, 1, account, now.addSecs(1)), 0);
        // The third create for one account within a minute waits until the first leaves.
        const qint64 wait = ledger.reserve(host, 1, account, now.addSecs(2));
        QVERIFY2(wait > 57'000 && wait <= 58'001, qPrintable(QString::number(wait)));
        QCOMPARE(ledger.reserve(host, 1, account, now.addSecs(61)), 0);
        // Key requests: 2 of 5 in this minute; 4 more do not fit (all or nothing), 3 do.
        QVERIFY(ledger.reserve(host, 4, {}, now.addSecs(61)) > 0);
        QCOMPARE(ledger.reserve(host, 3, {}, now.addSecs(61)), 0);
        // Another connection (another process) sees the same counts: 6 of 8 this hour.
        Database other(m_db->path(), m_clock);
        QVERIFY(other.open().ok());
        Stores otherStores(other, m_clock);
        otherStores.apiCalls.setLimits({50, 8, 2});
        QVERIFY(otherStores.apiCalls.reserve(host, 3, {}, now.addSecs(62)) > 0);
        QCOMPARE(otherStores.apiCalls.reserve(host, 2, {}, now.addSecs(62)), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostLifecycle)
#include "tst_postlifecycle.moc"
