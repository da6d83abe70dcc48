// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team review (issue #15) on a real SQLite file (and, in the tst_postreview_postgres run, a
// real PostgreSQL server): submit, reject with a comment, approve; a post in review is locked
// and says who to ask; while the team requires approval no draft becomes ready except through
// review, not even by raw SQL; every state change leaves one audit row with who and why.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "domain/PostTransitions.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/Stores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPostReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;

    qint64 draft()
    {
        Post post = samplePost(m_clock.nowUtc().addDays(2));
        post.state = PostState::Draft;
        return m_stores->posts.saveContent(post);
    }
    PostState stateOf(qint64 id) { return m_stores->posts.load(id)->state; }
    TransitionOutcome move(qint64 id, PostState from, PostState to, const QString &comment = {})
    {
        TransitionDetails details;
        details.comment = comment;
        return m_stores->lifecycle.transition(id, {from}, to, details);
    }

private Q_SLOTS:
    void init()
    {
        m_stores.reset();
        const QString location = testDatabaseLocation(m_dir);
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location, m_clock);
        const DatabaseOpenResult opened = m_db->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
    }
    void cleanup()
    {
        m_stores.reset();
        m_db.reset();
    }

    void submitRejectAndApproveFollowTheTable()
    {
        QVERIFY(isAllowedTransition(PostState::Draft, PostState::InReview));
        QVERIFY(isAllowedTransition(PostState::InReview, PostState::Draft));
        QVERIFY(isAllowedTransition(PostState::InReview, PostState::Ready));
        QVERIFY(!isAllowedTransition(PostState::InReview, PostState::Uploading));
        QVERIFY(!isAllowedTransition(PostState::Ready, PostState::InReview));
        QCOMPARE(postStateKey(PostState::InReview), QStringLiteral("in_review"));

        const qint64 id = draft();
        QVERIFY(id > 0);
        // Approving a draft that nobody submitted is refused, and says what it is.
        TransitionOutcome outcome = move(id, PostState::InReview, PostState::Ready);
        QCOMPARE(outcome.kind, TransitionOutcome::Kind::Refused);
        QCOMPARE(outcome.current, PostState::Draft);
        QVERIFY(move(id, PostState::Draft, PostState::InReview).done());
        QCOMPARE(stateOf(id), PostState::InReview);
        QVERIFY(move(id, PostState::InReview, PostState::Draft, QStringLiteral("too long")).done());
        QCOMPARE(stateOf(id), PostState::Draft);
        QVERIFY(move(id, PostState::Draft, PostState::InReview).done());
        QVERIFY(move(id, PostState::InReview, PostState::Ready).done());
        QCOMPARE(stateOf(id), PostState::Ready);
        // The outbox can take an approved post.
        QVERIFY(
            m_stores->lifecycle.claim(id, QStringLiteral("runner"), m_clock.nowUtc().addSecs(60)));
        QVERIFY(m_stores->lastError().isEmpty());
    }

    void aPostInReviewIsLockedAndSaysWhoToAsk()
    {
        const qint64 id = draft();
        QVERIFY(move(id, PostState::Draft, PostState::InReview).done());
        std::optional<Post> post = m_stores->posts.load(id);
        QVERIFY(post);
        QVERIFY(!post->isEditable());
        const qint64 revision = post->revision;
        post->caption = QStringLiteral("changed while in review");
        QCOMPARE(m_stores->posts.saveContent(*post), qint64(0));
        const QString error = m_stores->lastError();
        QVERIFY2(error.contains(QStringLiteral("post %1 is in review").arg(id)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("approver")), qPrintable(error));
        // The submitter, as the audit names them.
        QVERIFY2(error.contains(sql::currentMember(m_db->connection())), qPrintable(error));
        const Post stored = *m_stores->posts.load(id);
        QCOMPARE(stored.revision, revision);
        QVERIFY(stored.caption != QStringLiteral("changed while in review"));
        // Nor can the calendar move it.
        QCOMPARE(m_stores->posts.movePlannedAt(id, *stored.plannedAt, stored.plannedAt->addDays(1)),
                 qint64(0));
        // Withdrawn, it is a draft that can be edited again.
        QVERIFY(move(id, PostState::InReview, PostState::Draft).done());
        Post again = *m_stores->posts.load(id);
        again.caption = QStringLiteral("changed after withdrawing");
        QVERIFY2(m_stores->posts.saveContent(again) == id, qPrintable(m_stores->lastError()));
    }

    void approvalRequiredRefusesDraftToReady()
    {
        QCOMPARE(m_stores->team.approvalRequired(), std::optional<bool>(false));
        const qint64 before = draft();
        QVERIFY(m_stores->team.setApprovalRequired(true));
        QCOMPARE(m_stores->team.approvalRequired(), std::optional<bool>(true));

        const TransitionOutcome outcome = move(before, PostState::Draft, PostState::Ready);
        QCOMPARE(outcome.kind, TransitionOutcome::Kind::Refused);
        QCOMPARE(outcome.current, PostState::Draft);
        QVERIFY2(outcome.reason.contains(QStringLiteral("requires approval")),
                 qPrintable(outcome.reason));
        QVERIFY(m_stores->lastError().isEmpty()); // a normal answer
        QCOMPARE(stateOf(before), PostState::Draft);

        // The database itself refuses the shortcut, for a raw UPDATE and for a post born ready.
        QSqlQuery raw(m_db->connection());
        QVERIFY(!raw.exec(
            QStringLiteral("UPDATE posts SET state = 'ready' WHERE id = %1").arg(before)));
        QVERIFY2(raw.lastError().text().contains(QStringLiteral("approval required")),
                 qPrintable(raw.lastError().text()));
        QCOMPARE(stateOf(before), PostState::Draft);
        Post born = samplePost(m_clock.nowUtc().addDays(3));
        born.state = PostState::Ready;
        QCOMPARE(m_stores->posts.saveContent(born), qint64(0));
        QVERIFY2(m_stores->lastError().contains(QStringLiteral("approval required")),
                 qPrintable(m_stores->lastError()));

        // Through review it becomes ready; a retry of a failed post needs no new approval.
        QVERIFY(move(before, PostState::Draft, PostState::InReview).done());
        QVERIFY(move(before, PostState::InReview, PostState::Ready).done());
        QCOMPARE(stateOf(before), PostState::Ready);

        QVERIFY(m_stores->team.setApprovalRequired(false));
        const qint64 after = draft();
        QVERIFY(move(after, PostState::Draft, PostState::Ready).done());
    }

    void theAuditListsEachStepWithMemberAndComment()
    {
        const qint64 id = draft();
        const qint64 other = draft();
        QVERIFY(m_stores->team.audit(id).isEmpty()); // content saves are not state changes
        const QDateTime t0 = m_clock.nowUtc();
        QVERIFY(move(id, PostState::Draft, PostState::InReview).done());
        m_clock.advanceSeconds(60);
        QVERIFY(move(id, PostState::InReview, PostState::Draft, QStringLiteral("Fix the title"))
                    .done());
        m_clock.advanceSeconds(60);
        QVERIFY(move(id, PostState::Draft, PostState::InReview).done());
        QVERIFY(move(other, PostState::Draft, PostState::InReview).done());
        m_clock.advanceSeconds(60);
        QVERIFY(move(id, PostState::InReview, PostState::Ready, QStringLiteral("Good")).done());
        // A refused change leaves no row.
        QCOMPARE(move(id, PostState::InReview, PostState::Draft).kind,
                 TransitionOutcome::Kind::Refused);
        QVERIFY(m_stores->lifecycle.claim(id, QStringLiteral("runner"), t0.addSecs(3600)));

        const QString me = sql::currentMember(m_db->connection());
        QVERIFY(!me.isEmpty());
        using S = PostState;
        const QList<PostAuditEntry> expected = {
            {id, t0, me, S::Draft, S::InReview, {}},
            {id, t0.addSecs(60), me, S::InReview, S::Draft, QStringLiteral("Fix the title")},
            {id, t0.addSecs(120), me, S::Draft, S::InReview, {}},
            {id, t0.addSecs(180), me, S::InReview, S::Ready, QStringLiteral("Good")},
            {id, t0.addSecs(180), me, S::Ready, S::Uploading, {}},
        };
        const QList<PostAuditEntry> trail = m_stores->team.audit(id);
        QVERIFY(m_stores->lastError().isEmpty());
        QCOMPARE(trail.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(trail.at(i).from, expected.at(i).from);
            QCOMPARE(trail.at(i).to, expected.at(i).to);
            QCOMPARE(trail.at(i).member, expected.at(i).member);
            QCOMPARE(trail.at(i).comment, expected.at(i).comment);
            QCOMPARE(trail.at(i).at, expected.at(i).at);
        }
        QCOMPARE(m_stores->team.audit(other).size(), qsizetype(1));

        // Recovery after a crash is traced as well, with why.
        m_clock.advanceSeconds(7200);
        QCOMPARE(m_stores->lifecycle.recoverExpired(m_clock.nowUtc()), QList<qint64>{id});
        const PostAuditEntry last = m_stores->team.audit(id).last();
        QCOMPARE(last.from, S::Uploading);
        QCOMPARE(last.to, S::Ready);
        QVERIFY(!last.comment.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostReview)
#include "tst_postreview.moc"
