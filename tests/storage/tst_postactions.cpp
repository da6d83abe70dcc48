// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The named operations behind delete, duplicate and "move back to draft", against a real
// SQLite file (and, in tst_postactions_postgres, a PostgreSQL database): a duplicate is a fresh
// draft with the same content sharing the media rows (and their uploads); remove refuses posts a
// runner holds and keeps media another post uses; only ready and failed posts go back to draft.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/Stores.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPostActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;

    // A post stored directly in `state` (a fixture: the app only inserts drafts and ready posts).
    qint64 postIn(PostState state)
    {
        Post post = samplePost(m_clock.nowUtc().addDays(2));
        post.state = state;
        return m_stores->posts.saveContent(post);
    }

private Q_SLOTS:
    void init()
    {
        m_stores.reset();
        // One database per data row too: rows of one function must not see each other's posts.
        const QString location = testDatabaseLocation(
            m_dir, QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' ')));
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location, m_clock);
        QVERIFY(m_db->open().ok());
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
    }
    void cleanup()
    {
        m_stores.reset();
        m_db.reset();
    }

    void duplicateCopiesTheContentAsADraft()
    {
        const qint64 id = postIn(PostState::Ready); // with a server id and an error
        QVERIFY(m_stores->uploads.setMediaUploaded(m_stores->posts.load(id)->media.at(0).id,
                                                   QStringLiteral("img_up"), m_clock.nowUtc()));
        const Post original = *m_stores->posts.load(id);
        m_stores->context.changedPosts.clear();

        const std::optional<Post> copy = m_stores->posts.duplicate(id);
        QVERIFY2(copy, qPrintable(m_stores->lastError()));
        QVERIFY(copy->id != id);
        QCOMPARE(copy->state, PostState::Draft);
        QVERIFY(copy->serverPostId.isEmpty());
        QVERIFY(copy->lastError.isEmpty());
        QCOMPARE(copy->revision, qint64(1));
        QVERIFY(m_stores->context.changedPosts.contains(copy->id)); // announced

        const Post stored = *m_stores->posts.load(copy->id);
        QCOMPARE(stored.type, original.type);
        QCOMPARE(stored.caption, original.caption);
        QCOMPARE(stored.title, original.title);
        QCOMPARE(stored.isAigc, original.isAigc);
        QCOMPARE(stored.accounts, original.accounts);
        QCOMPARE(stored.plannedAt, original.plannedAt);
        QCOMPARE(stored.handOver, original.handOver);
        QCOMPARE(stored.media, original.media); // the same rows: the upload is reused
        QCOMPARE(stored.media.at(0).mediaId, QStringLiteral("img_up"));
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), qint64(original.media.size()));
        // The original is untouched.
        QCOMPARE(*m_stores->posts.load(id), original);

        // Removing either keeps the rows the other still uses.
        QVERIFY(m_stores->posts.remove(id));
        QCOMPARE(m_stores->posts.load(copy->id)->media, original.media);
        QVERIFY(m_stores->posts.remove(copy->id));
        // The last rows of each file stay for the media library, used by no post.
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), qint64(original.media.size()));
        QCOMPARE(countRows(*m_db, QStringLiteral("post_media")), qint64(0));
    }

    void duplicateOfAMissingPostSaysSo()
    {
        QVERIFY(!m_stores->posts.duplicate(4242));
        QVERIFY2(m_stores->lastError().contains(QStringLiteral("no such post")),
                 qPrintable(m_stores->lastError()));
    }

    void removeRefusesPostsARunnerHolds_data()
    {
        QTest::addColumn<PostState>("state");
        QTest::addColumn<bool>("removable");
        QTest::newRow("draft") << PostState::Draft << true;
        QTest::newRow("ready") << PostState::Ready << true;
        QTest::newRow("failed") << PostState::Failed << true;
        QTest::newRow("uploading") << PostState::Uploading << false;
        QTest::newRow("submitting") << PostState::Submitting << false;
        // With Crosspostify: the UI asks first ("Forget it here"); the store may forget it.
        QTest::newRow("scheduled") << PostState::Scheduled << true;
        QTest::newRow("published") << PostState::Published << true;
        QTest::newRow("needs attention") << PostState::NeedsAttention << true;
    }
    void removeRefusesPostsARunnerHolds()
    {
        QFETCH(PostState, state);
        QFETCH(bool, removable);
        const qint64 id = postIn(state);
        QVERIFY(id > 0);
        m_stores->context.changedPosts.clear();
        QCOMPARE(m_stores->posts.remove(id), removable);
        if (removable) {
            QVERIFY(m_stores->lastError().isEmpty());
            QVERIFY(!m_stores->posts.load(id));
            QVERIFY(m_stores->context.changedPosts.contains(id));
            QCOMPARE(countRows(*m_db, QStringLiteral("post_media")), qint64(0));
        } else {
            const QString error = m_stores->lastError();
            QVERIFY2(error.contains(QStringLiteral("being sent")), qPrintable(error));
            QVERIFY2(error.contains(postDisplayStateName(toDisplayState(state))),
                     qPrintable(error));
            QCOMPARE(m_stores->posts.load(id)->state, state); // still there, with its media
            QCOMPARE(countRows(*m_db, QStringLiteral("media")), qint64(3));
            QVERIFY(m_stores->context.changedPosts.isEmpty());
        }
    }

    void removeOfAMissingPostSaysSo()
    {
        QVERIFY(!m_stores->posts.remove(4242));
        QVERIFY2(m_stores->lastError().contains(QStringLiteral("no such post")),
                 qPrintable(m_stores->lastError()));
    }

    void onlyReadyAndFailedGoBackToDraft()
    {
        for (PostState state : allPostStates) {
            const qint64 id = postIn(state);
            const TransitionOutcome outcome = m_stores->lifecycle.transition(
                id, {PostState::Ready, PostState::Failed}, PostState::Draft);
            const bool expected = state == PostState::Ready || state == PostState::Failed;
            QVERIFY2(outcome.done() == expected, qPrintable(postStateKey(state)));
            const Post after = *m_stores->posts.load(id);
            QCOMPARE(after.state, expected ? PostState::Draft : state);
            if (expected) {
                QVERIFY(after.lastError.isEmpty()); // the old failure no longer applies
            } else {
                QCOMPARE(outcome.kind, TransitionOutcome::Kind::Refused);
                QCOMPARE(outcome.current, std::optional<PostState>(state));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPostActions)
#include "tst_postactions.moc"
