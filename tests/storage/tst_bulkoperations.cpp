// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The named operations behind the bulk actions, against a real SQLite file (and, in
// tst_bulkoperations_postgres, a PostgreSQL database): moving many posts is a compare-and-set per
// post (a locked or moved-elsewhere post is refused with its reason, the others move), a post
// without a planned time moves on its revision, moving back undoes it; changing the accounts of
// many posts keeps what each had (for undo) and refuses posts no longer editable; every changed
// post is announced.

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/Database.h"
#include "storage/PostBulk.h"
#include "storage/Stores.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestBulkOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    const QDateTime m_at = QDateTime(QDate(2026, 5, 3), QTime(18, 0), Qt::UTC);

    qint64 postIn(PostState state, std::optional<QDateTime> at)
    {
        Post post = samplePost(m_at);
        post.plannedAt = at;
        post.state = state;
        return m_stores->posts.saveContent(post);
    }

private Q_SLOTS:
    void init()
    {
        m_stores.reset();
        const QString location = testDatabaseLocation(m_dir);
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

    void moveManySkipsThoseThatCannotMove()
    {
        const qint64 a = postIn(PostState::Draft, m_at);
        const qint64 b = postIn(PostState::Ready, m_at.addSecs(3600));
        const qint64 locked = postIn(PostState::Scheduled, m_at);
        const qint64 loose = postIn(PostState::Draft, std::nullopt);
        const QDateTime later = m_at.addDays(2);
        m_stores->context.changedPosts.clear();

        const BulkOutcome moved = movePlannedAtMany(
            *m_stores, {{a, m_at, later},
                        {b, m_at, later}, // not at that time: moved elsewhere meanwhile
                        {locked, m_at, later},
                        {loose, {}, later}}); // no planned time: moves on its revision
        QCOMPARE(moved.changed, (QList<qint64>{a, loose}));
        QCOMPARE(moved.refused.size(), 2);
        QCOMPARE(moved.refused.at(0).first, b);
        QVERIFY2(moved.refused.at(0).second.contains(QStringLiteral("moved elsewhere")),
                 qPrintable(moved.refused.at(0).second));
        QCOMPARE(moved.refused.at(1).first, locked);
        QVERIFY2(moved.refused.at(1).second.contains(QStringLiteral("can no longer be moved")),
                 qPrintable(moved.refused.at(1).second));
        QCOMPARE(m_stores->posts.load(a)->plannedAt, later);
        QCOMPARE(m_stores->posts.load(loose)->plannedAt, later);
        QCOMPARE(m_stores->posts.load(b)->plannedAt, m_at.addSecs(3600));
        QCOMPARE(m_stores->posts.load(locked)->plannedAt, m_at);
        QVERIFY(m_stores->context.changedPosts.contains(a));
        QVERIFY(m_stores->context.changedPosts.contains(loose));

        // The undo: the same operation the other way round.
        const BulkOutcome back =
            movePlannedAtMany(*m_stores, {{a, later, m_at}, {loose, later, {}}});
        QCOMPARE(back.changed, (QList<qint64>{a, loose}));
        QCOMPARE(m_stores->posts.load(a)->plannedAt, m_at);
        QVERIFY(!m_stores->posts.load(loose)->plannedAt);
    }

    void moveManyOfAPostGoneIsRefused()
    {
        const qint64 a = postIn(PostState::Draft, std::nullopt);
        QVERIFY(m_stores->posts.remove(a));
        const BulkOutcome moved =
            movePlannedAtMany(*m_stores, {{a, {}, m_at}, {a + 100, m_at, m_at.addDays(1)}});
        QVERIFY(moved.changed.isEmpty());
        QCOMPARE(moved.refused.size(), 2);
        for (const auto &[id, why] : moved.refused)
            QVERIFY2(why.contains(QStringLiteral("no longer exists")), qPrintable(why));
    }

    void duplicateManyMakesDrafts()
    {
        const qint64 a = postIn(PostState::Scheduled, m_at);
        const qint64 b = postIn(PostState::Draft, std::nullopt);
        const QList<Post> copies = duplicateMany(*m_stores, {a, b + 100, b});
        QCOMPARE(copies.size(), 2); // the one that does not exist is left out
        for (const Post &copy : copies) {
            QVERIFY(copy.id != a && copy.id != b);
            QCOMPARE(m_stores->posts.load(copy.id)->state, PostState::Draft);
        }
        QCOMPARE(copies.at(0).plannedAt, std::optional<QDateTime>(m_at));
        QVERIFY(!copies.at(1).plannedAt);
    }

    void setAccountsManyKeepsWhatEachHad()
    {
        const qint64 a = postIn(PostState::Draft, m_at);
        const qint64 b = postIn(PostState::Ready, m_at);
        const qint64 locked = postIn(PostState::Published, m_at);
        const QList<PostAccount> before = m_stores->posts.load(a)->accounts;
        const QList<PostAccount> only = {{QStringLiteral("acc_tiktok_555"), {}, {}}};

        const BulkOutcome changed =
            setAccountsMany(*m_stores, {{a, only}, {b, only}, {locked, only}});
        QCOMPARE(changed.changed, (QList<qint64>{a, b}));
        QCOMPARE(changed.refused.size(), 1);
        QCOMPARE(changed.refused.at(0).first, locked);
        QVERIFY(!changed.refused.at(0).second.isEmpty());
        QCOMPARE(changed.previousAccounts.value(a), before);
        QCOMPARE(m_stores->posts.load(a)->accounts, only);
        QCOMPARE(m_stores->posts.load(b)->accounts, only);
        QCOMPARE(m_stores->posts.load(locked)->accounts, before);

        // Undo: each post gets back its own accounts (overrides included).
        const BulkOutcome undone = setAccountsMany(*m_stores, changed.previousAccounts);
        QCOMPARE(undone.changed.size(), 2);
        QCOMPARE(m_stores->posts.load(a)->accounts, before);
        QCOMPARE(m_stores->posts.load(a)->accounts.at(1).captionOverride,
                 QStringLiteral("Own caption 🚀 #fyp"));
    }
};

QTEST_GUILESS_MAIN(TestBulkOperations)
#include "tst_bulkoperations.moc"
