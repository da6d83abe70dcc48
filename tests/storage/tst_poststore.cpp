// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostStore against a real SQLite file (and a real PostgreSQL server in tst_poststore_postgres):
// round trips, ranges, states, upload reuse, atomicity, stale copies, the accounts cache and
// hashtags.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/Stores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestPostStore : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0{QDate(2025, 6, 1), QTime(14, 0), Qt::UTC};
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2025, 5, 1), QTime(9, 30, 15, 123), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    PostStore *m_store = nullptr;

    // Draft → ready → claimed → submitting → scheduled, as the outbox does it.
    void handOver(qint64 id, const QString &serverPostId)
    {
        PostLifecycle &life = m_stores->lifecycle;
        life.transition(id, {PostState::Draft}, PostState::Ready); // refused if ready already
        QVERIFY(life.claim(id, QStringLiteral("runner"), m_clock.nowUtc().addSecs(60)));
        QVERIFY(life.transition(id, {PostState::Uploading}, PostState::Submitting).done());
        QVERIFY(life.transition(id, {PostState::Submitting}, PostState::Scheduled,
                                {{}, serverPostId, {}, {}})
                    .done());
    }

private Q_SLOTS:
    void searchFiltersByStatesAndText()
    {
        const QDateTime when = m_clock.nowUtc().addDays(3);
        Post draft = test::samplePost(when);
        draft.state = PostState::Draft;
        draft.caption = QStringLiteral("Summer sale ☀️ #deals");
        Post failed = test::samplePost(when);
        failed.state = PostState::Failed;
        failed.caption = QStringLiteral("Summer teaser");
        Post scheduled = test::samplePost(when);
        scheduled.state = PostState::Scheduled;
        scheduled.caption = QStringLiteral("Winter drop");
        QVERIFY(m_store->saveContent(draft) > 0);
        QVERIFY(m_store->saveContent(failed) > 0);
        QVERIFY(m_store->saveContent(scheduled) > 0);

        QCOMPARE(m_store->search({}).size(), 3);
        QCOMPARE(m_store->search({PostState::Draft, PostState::Failed}).size(), 2);
        QCOMPARE(m_store->search({}, QStringLiteral("Summer")).size(), 2);
        const QList<Post> one = m_store->search({PostState::Failed}, QStringLiteral("Summer"));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().caption, QStringLiteral("Summer teaser"));
        QCOMPARE(m_store->drafts().size(), 1);
    }

    void init()
    {
        m_store = nullptr;
        m_stores.reset();
        // A file per test function, or the "postgres" run's server with an emptied schema.
        const QString location = testDatabaseLocation(m_dir);
        QVERIFY(!location.isEmpty());
        m_db = std::make_unique<Database>(location, m_clock);
        const DatabaseOpenResult opened = m_db->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(m_db->isPostgres(), testPgServer() != nullptr);
        m_stores = std::make_unique<Stores>(*m_db, m_clock);
        m_store = &m_stores->posts;
    }

    void cleanup()
    {
        m_store = nullptr;
        m_stores.reset(); // before its Database
        m_db.reset();
    }

    // The calendar's read is brief: what its views show and check is there, in order; the
    // rest is read when a post is opened by id.
    void theCalendarReadsWhatItShowsAndChecks()
    {
        const Post sample = samplePost(t0);
        Post later = samplePost(t0.addSecs(3600));
        later.caption = QStringLiteral("Later the same day");
        const qint64 second = m_store->saveContent(later);
        Post firstPost = sample;
        const qint64 first = m_store->saveContent(firstPost);
        QVERIFY(first > 0 && second > 0);
        const QList<Post> month = m_store->calendarRange(t0.addDays(-1), t0.addDays(1));
        QCOMPARE(month.size(), 2);
        QCOMPARE(month.at(0).id, first); // by time, not by id
        const Post &shown = month.at(0);
        QCOMPARE(shown.caption, sample.caption);
        QCOMPARE(shown.title, sample.title);
        QCOMPARE(shown.state, sample.state);
        QCOMPARE(shown.plannedAt, sample.plannedAt);
        QCOMPARE(shown.handOver, sample.handOver); // "held here" is worked out from it
        QCOMPARE(shown.lastError, sample.lastError);
        QCOMPARE(shown.accounts.size(), 2);
        QCOMPARE(shown.accounts.at(1).accountId, sample.accounts.at(1).accountId);
        QCOMPARE(shown.media.size(), 3);
        QCOMPARE(shown.media.at(0).path, sample.media.at(0).path); // the chip's preview
        QCOMPARE(shown.media.at(0).kind, sample.media.at(0).kind);
        QVERIFY(shown.accounts.at(1).captionOverride.isEmpty()); // left out
        const std::optional<Post> opened = m_store->load(first);
        QVERIFY(opened);
        QCOMPARE(opened->accounts.at(1).captionOverride, sample.accounts.at(1).captionOverride);
        QCOMPARE(opened->media.at(0).sha256, sample.media.at(0).sha256);
    }

    void roundTripsEveryField()
    {
        Post post = samplePost(t0);
        const qint64 id = m_store->saveContent(post);
        QVERIFY2(id > 0, qPrintable(m_store->lastError()));
        QCOMPARE(post.id, id);
        QCOMPARE(post.createdAt, m_clock.nowUtc());
        QCOMPARE(post.updatedAt, m_clock.nowUtc());
        QCOMPARE(post.revision, 1);
        for (const PostMedia &media : std::as_const(post.media))
            QVERIFY(media.id > 0);

        const std::optional<Post> loaded = m_store->load(id);
        QVERIFY2(loaded, qPrintable(m_store->lastError()));
        QCOMPARE(loaded->caption, post.caption); // emoji outside the BMP survive
        QCOMPARE(loaded->accounts, post.accounts);
        QCOMPARE(loaded->media, post.media); // in the order given, not by id or hash
        QCOMPARE(loaded->media.at(0).sha256, sampleMedia(3).sha256);
        QCOMPARE(loaded->plannedAt, post.plannedAt);
        QCOMPARE(*loaded, post);
        QVERIFY(m_store->lastError().isEmpty());

        // Resolved per account: an empty override means the shared text.
        const QList<AccountTarget> targets = loaded->resolvedTargets();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).caption, post.caption);
        QCOMPARE(targets.at(0).title, post.title);
        QCOMPARE(targets.at(1).caption, QStringLiteral("Own caption 🚀 #fyp"));
        QCOMPARE(targets.at(1).title, QStringLiteral("Own title"));
    }

    void roundTripsEveryStateAndType_data()
    {
        QTest::addColumn<PostState>("state");
        QTest::addColumn<PostType>("type");
        int n = 0;
        for (PostState state : allPostStates) {
            const PostType type = PostType(n++ % 3);
            QTest::addRow("%s", qPrintable(postStateKey(state))) << state << type;
        }
    }

    void roundTripsEveryStateAndType()
    {
        QFETCH(PostState, state);
        QFETCH(PostType, type);
        Post post;
        post.state = state;
        post.type = type;
        post.handOver = HandOver::Now;
        QVERIFY(m_store->saveContent(post)); // a minimal draft: null strings, no date, no children
        const std::optional<Post> loaded = m_store->load(post.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, post);
        QVERIFY(!loaded->plannedAt);
        QCOMPARE(postStateFromKey(postStateKey(state)), state);
    }

    void updateReplacesChildren()
    {
        Post post = samplePost(t0);
        QVERIFY(m_store->saveContent(post));
        const qint64 keptRow = post.media.at(1).id;
        const qint64 droppedRow = post.media.at(0).id;
        m_clock.advanceSeconds(60);

        post.caption = QStringLiteral("Edited ✂️");
        post.accounts.removeFirst();
        post.accounts.first().titleOverride.clear();
        post.media = {post.media.at(2), post.media.at(1), sampleMedia(9)}; // reorder, drop, add
        post.plannedAt = t0.addDays(1);
        QVERIFY2(m_store->saveContent(post), qPrintable(m_store->lastError()));
        QCOMPARE(post.revision, 2);
        QCOMPARE(post.updatedAt, m_clock.nowUtc());
        QVERIFY(post.createdAt < post.updatedAt);
        QCOMPARE(post.media.at(1).id, keptRow);

        const std::optional<Post> loaded = m_store->load(post.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, post);
        QCOMPARE(countRows(*m_db, QStringLiteral("post_accounts")), 1);
        QCOMPARE(countRows(*m_db, QStringLiteral("post_media")), 3);
        // The dropped file's row stays for the media library (its last row), used by no post.
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), 4);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM post_media WHERE media_row = %1")
                               .arg(droppedRow)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void inRangeIsHalfOpenAndOrdered()
    {
        const QDateTime from(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC);
        const QList<QDateTime> times = {from.addMSecs(-1), to.addMSecs(-1), from, to,
                                        from.addDays(10),  to.addDays(3)};
        for (const QDateTime &when : times) {
            Post post = samplePost(when);
            QVERIFY(m_store->saveContent(post));
        }
        Post undated;
        QVERIFY(m_store->saveContent(undated)); // "post now": never in a range

        const QList<Post> posts = m_store->inRange(from, to);
        QVERIFY(m_store->lastError().isEmpty());
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.at(0).plannedAt, from);
        QCOMPARE(posts.at(1).plannedAt, from.addDays(10));
        QCOMPARE(posts.at(2).plannedAt, to.addMSecs(-1));
        for (const Post &post : posts) { // children batch-loaded for every post
            QCOMPARE(post.accounts.size(), 2);
            QCOMPARE(post.media.size(), 3);
            QCOMPARE(post.media.first().path, sampleMedia(3).path);
        }
        QVERIFY(m_store->inRange(to.addDays(30), to.addDays(60)).isEmpty());
        QVERIFY(m_store->lastError().isEmpty());

        // A local-time range is the same instant range.
        QCOMPARE(m_store->inRange(from.toLocalTime(), to.toLocalTime()).size(), 3);
    }

    void withStatesAndDrafts()
    {
        Post now;
        now.state = PostState::Ready;
        QVERIFY(m_store->saveContent(now));
        Post later = samplePost(t0);
        QVERIFY(m_store->saveContent(later));
        Post failed = samplePost(t0.addSecs(-3600));
        failed.state = PostState::Failed;
        QVERIFY(m_store->saveContent(failed));

        Post draftA;
        draftA.caption = QStringLiteral("Summer 50% sale");
        QVERIFY(m_store->saveContent(draftA));
        m_clock.advanceSeconds(1);
        Post draftB;
        draftB.title = QStringLiteral("summer vibes");
        QVERIFY(m_store->saveContent(draftB));
        m_clock.advanceSeconds(1);
        Post draftC;
        draftC.caption = QStringLiteral("Winter");
        QVERIFY(m_store->saveContent(draftC));

        const QList<Post> toSend = m_store->withStates({PostState::Ready, PostState::Failed});
        QCOMPARE(toSend.size(), 3);
        QCOMPARE(toSend.at(0).id, now.id); // "post now" first
        QCOMPARE(toSend.at(1).id, failed.id);
        QCOMPARE(toSend.at(2).id, later.id);
        QVERIFY(m_store->withStates({}).isEmpty());

        QList<Post> drafts = m_store->drafts();
        QCOMPARE(drafts.size(), 3);
        QCOMPARE(drafts.at(0).id, draftC.id); // most recently edited first
        drafts = m_store->drafts(QStringLiteral("SUMMER"));
        QCOMPARE(drafts.size(), 2);
        drafts = m_store->drafts(QStringLiteral("50%"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.at(0).id, draftA.id);
        QVERIFY(m_store->drafts(QStringLiteral("0%_")).isEmpty()); // wildcards are literal
    }

    void uploadsAreReusedByHash()
    {
        Post first = samplePost(t0);
        QVERIFY(m_store->saveContent(first));
        const PostMedia media =
            first.media.at(0); // a copy: saving below may reallocate first.media
        QVERIFY(!m_stores->uploads.findMediaIdBySha256(media.sha256));
        QVERIFY(m_store->lastError().isEmpty());

        const QDateTime at = m_clock.nowUtc();
        QVERIFY(m_stores->uploads.setMediaUploaded(media.id, QStringLiteral("vid_777"), at));
        QCOMPARE(m_stores->uploads.findMediaIdBySha256(media.sha256), QStringLiteral("vid_777"));
        QVERIFY(!m_stores->uploads.findMediaIdBySha256(QStringLiteral("nope")));
        QVERIFY(!m_stores->uploads.findMediaIdBySha256(QString()));

        std::optional<Post> loaded = m_store->load(first.id);
        QCOMPARE(loaded->media.at(0).mediaId, QStringLiteral("vid_777"));
        QCOMPARE(loaded->media.at(0).uploadedAt, at);

        // A copy made before the upload does not forget it when saved.
        first.caption = QStringLiteral("edited after the upload");
        QVERIFY2(m_store->saveContent(first), qPrintable(m_store->lastError()));
        QCOMPARE(first.media.at(0).mediaId, QStringLiteral("vid_777")); // reported back
        QCOMPARE(m_store->load(first.id)->media.at(0).mediaId, QStringLiteral("vid_777"));

        // Other bytes under the same row: the old upload no longer applies.
        first.media[0].sha256 = QStringLiteral("f").repeated(64);
        first.media[0].mediaId.clear();
        QVERIFY(m_store->saveContent(first));
        QVERIFY(m_store->load(first.id)->media.at(0).mediaId.isEmpty());

        // A second post with the original bytes finds nothing any more, then a new upload.
        QVERIFY(!m_stores->uploads.findMediaIdBySha256(media.sha256));
        QVERIFY(!m_stores->uploads.setMediaUploaded(999999, QStringLiteral("vid_x"), at));
        QVERIFY(!m_store->lastError().isEmpty());
    }

    void sharedMediaRowSurvivesRemoval()
    {
        Post first = samplePost(t0);
        QVERIFY(m_store->saveContent(first));
        Post second = first; // duplicated: same media rows
        second.id = 0;
        second.revision = 0;
        QVERIFY(m_store->saveContent(second));
        QCOMPARE(second.media.at(0).id, first.media.at(0).id);
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), 3);

        QVERIFY(m_store->remove(first.id));
        QVERIFY(!m_store->load(first.id));
        QVERIFY(m_store->lastError().isEmpty());                // not found is not an error
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), 3); // still used by `second`
        QCOMPARE(m_store->load(second.id)->media, second.media);

        QVERIFY(m_store->remove(second.id));
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), 3); // kept for the media library
        QCOMPARE(countRows(*m_db, QStringLiteral("post_accounts")), 0);
        QCOMPARE(countRows(*m_db, QStringLiteral("post_media")), 0);

        QVERIFY(!m_store->remove(second.id));
        QVERIFY(!m_store->lastError().isEmpty());
    }

    void failingInsertLeavesNothing()
    {
        Post post = samplePost(t0);
        post.accounts.append(post.accounts.first()); // the same account twice: a constraint fails
        const Post before = post;
        QCOMPARE(m_store->saveContent(post), 0);
        QVERIFY2(m_store->lastError().contains(QStringLiteral("Could not save the new post")),
                 qPrintable(m_store->lastError()));
        QCOMPARE(post, before); // untouched: no id, no media row ids
        for (const QString &table : {QStringLiteral("posts"), QStringLiteral("post_accounts"),
                                     QStringLiteral("media"), QStringLiteral("post_media")})
            QCOMPARE(countRows(*m_db, table), 0);
    }

    void failingUpdateLeavesOldVersion()
    {
        Post post = samplePost(t0);
        QVERIFY(m_store->saveContent(post));
        const Post saved = post;

        post.caption = QStringLiteral("half-written?");
        post.media.append(sampleMedia(8));
        post.accounts.append(post.accounts.first());
        QCOMPARE(m_store->saveContent(post), 0);
        QVERIFY(!m_store->lastError().isEmpty());
        QCOMPARE(m_store->load(saved.id), std::optional<Post>(saved));
        QCOMPARE(countRows(*m_db, QStringLiteral("media")), 3);
    }

    void staleOrLockedCopyIsRefused()
    {
        Post post = samplePost(t0);
        QVERIFY(m_store->saveContent(post));
        Post otherWindow = *m_store->load(post.id);

        post.caption = QStringLiteral("first edit");
        QVERIFY(m_store->saveContent(post));
        otherWindow.caption = QStringLiteral("second edit from a stale copy");
        QCOMPARE(m_store->saveContent(otherWindow), 0);
        QVERIFY2(m_store->lastError().contains(QStringLiteral("changed elsewhere")),
                 qPrintable(m_store->lastError()));
        QCOMPARE(m_store->load(post.id)->caption, QStringLiteral("first edit"));

        handOver(post.id, QStringLiteral("post_1"));
        Post reloaded = *m_store->load(post.id);
        reloaded.caption = QStringLiteral("too late");
        QCOMPARE(m_store->saveContent(reloaded), 0); // handed over: the dashboard owns it now
        QVERIFY(!m_store->lastError().isEmpty());
        QCOMPARE(m_store->load(post.id)->caption, QStringLiteral("first edit"));

        Post gone = reloaded;
        QVERIFY(m_store->remove(post.id));
        QCOMPARE(m_store->saveContent(gone), 0);
        QVERIFY2(m_store->lastError().contains(QStringLiteral("no longer exists")),
                 qPrintable(m_store->lastError()));
    }

    void accountsCache()
    {
        QVERIFY(m_stores->accounts.cachedAccounts().isEmpty());
        const QList<Account> accounts = {
            {QStringLiteral("acc_2"), QStringLiteral("tiktok"), QStringLiteral("Brand ✨"),
             QStringLiteral("brand"), QStringLiteral("https://a/1.png")},
            {QStringLiteral("acc_1"), QStringLiteral("facebook"), {}, {}, {}}};
        QVERIFY(m_stores->accounts.saveAccounts(accounts));
        QCOMPARE(m_stores->accounts.cachedAccounts(), accounts);
        QVERIFY(m_stores->accounts.saveAccounts({accounts.at(1)}));
        QCOMPARE(m_stores->accounts.cachedAccounts(), QList<Account>{accounts.at(1)});
        // A duplicate id fails as a whole: the previous list stays.
        QVERIFY(!m_stores->accounts.saveAccounts({accounts.at(0), accounts.at(0)}));
        QCOMPARE(m_stores->accounts.cachedAccounts(), QList<Account>{accounts.at(1)});
    }

    void knownHashtags()
    {
        for (const QString &caption :
             {QStringLiteral("a #FYP #cats"), QStringLiteral("#fyp #dogs #café"),
              QStringLiteral("#fyp #Cats"), QStringLiteral("no tags")}) {
            Post post;
            post.caption = caption;
            QVERIFY(m_store->saveContent(post));
        }
        Post withOverride;
        withOverride.accounts = {{QStringLiteral("acc"), QStringLiteral("#café day"), {}}};
        QVERIFY(m_store->saveContent(withOverride));

        QCOMPARE(m_stores->hashtags.knownHashtags(10),
                 (QStringList{QStringLiteral("#FYP"), QStringLiteral("#café"),
                              QStringLiteral("#cats"), QStringLiteral("#dogs")}));
        QCOMPARE(m_stores->hashtags.knownHashtags(1), QStringList{QStringLiteral("#FYP")});
    }

    void closedDatabaseIsReported()
    {
        Database closed(m_dir.filePath(QStringLiteral("never-opened.sqlite")));
        Stores stores(closed, Clock::system());
        Post post;
        QCOMPARE(stores.posts.saveContent(post), 0);
        QVERIFY2(stores.lastError().contains(QStringLiteral("not open")),
                 qPrintable(stores.lastError()));
        QVERIFY(stores.posts.inRange(t0, t0.addDays(1)).isEmpty());
        QVERIFY(!stores.lastError().isEmpty());
    }

    void heldLocallyIsDerived()
    {
        Post post = samplePost(t0);
        post.handOver = HandOver::Now;
        const QDateTime handOver = t0.addSecs(-handover::windowSeconds);
        QVERIFY(post.isHeldLocally(handOver.addSecs(-1)));
        QCOMPARE(post.displayState(handOver.addSecs(-1)), PostDisplayState::HeldLocally);
        QVERIFY(!post.isHeldLocally(handOver));
        QCOMPARE(post.displayState(handOver), PostDisplayState::Ready);
        post.handOver = HandOver::KeepEditable;
        QVERIFY(post.isHeldLocally(t0.addSecs(-3601)));
        QVERIFY(!post.isHeldLocally(t0.addSecs(-3600)));
        post.plannedAt.reset();
        QVERIFY(!post.isHeldLocally(t0.addYears(-1)));
        post.plannedAt = t0;
        post.state = PostState::Draft;
        QVERIFY(!post.isHeldLocally(t0.addYears(-1)));
        QVERIFY(post.isEditable() && !post.isLocked());
        post.state = PostState::Uploading;
        QVERIFY(!post.isEditable() && !post.isLocked());
        post.state = PostState::NeedsAttention;
        QVERIFY(!post.isEditable() && post.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestPostStore)
#include "tst_poststore.moc"
