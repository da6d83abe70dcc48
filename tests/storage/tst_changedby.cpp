// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two team members on one PostgreSQL calendar, each with their own login (issue #15): every
// content save records who made it (posts.updated_by, schema 16), and a save overtaken by the
// other member's is refused with their name. The composer's autosaver then holds the edits and
// offers the choice: take theirs, or keep its own as a new draft.

#include "PgServer.h"
#include "storage/DraftAutosaver.h"
#include "storage/Migrations.h"
#include "storage/StorageWorker.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestChangedBy : public QObject
{
    Q_OBJECT

    PgServer m_server;

    QString urlOf(const QString &member) const
    {
        QString url = m_server.url();
        return url.replace(QStringLiteral("//tokdeck@"), QStringLiteral("//%1@").arg(member));
    }
    std::unique_ptr<StorageWorker> openAs(const QString &member) const
    {
        auto storage = std::make_unique<StorageWorker>(urlOf(member));
        const DatabaseOpenResult opened = storage->open().result();
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.error));
            return nullptr;
        }
        return storage;
    }
    static Post draft(const QString &caption)
    {
        Post post;
        post.caption = caption;
        post.title = QStringLiteral("Title");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        return post;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        // Two logins of one team; superusers so that either may be the first to open (and so
        // own) the schema.
        QVERIFY2(m_server.exec({QStringLiteral("CREATE ROLE alice LOGIN SUPERUSER"),
                                QStringLiteral("CREATE ROLE bob LOGIN SUPERUSER")}),
                 qPrintable(m_server.error()));
    }
    void init() { QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error())); }

    void everySaveNamesItsMember()
    {
        QCOMPARE(Migrations::latestVersion, 16);
        const auto alice = openAs(QStringLiteral("alice"));
        const auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(alice->member(), QStringLiteral("alice"));
        QCOMPARE(bob->member(), QStringLiteral("bob"));
        Post post = alice->saveContent(draft(QStringLiteral("Hers"))).result().value;
        QVERIFY(post.id > 0);
        QCOMPARE(post.updatedBy, QStringLiteral("alice"));
        QCOMPARE(bob->load(post.id).result().value->updatedBy, QStringLiteral("alice"));
        Post his = *bob->load(post.id).result().value;
        his.title = QStringLiteral("His title");
        QVERIFY(bob->saveContent(his).result().ok());
        QCOMPARE(alice->load(post.id).result().value->updatedBy, QStringLiteral("bob"));
        // A calendar move is a content change too.
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(3);
        his = *alice->load(post.id).result().value;
        his.plannedAt = at;
        QVERIFY(bob->saveContent(his).result().ok());
        QVERIFY(alice->movePlannedAt(post.id, at, at.addSecs(3600)).result().value > 0);
        QCOMPARE(bob->load(post.id).result().value->updatedBy, QStringLiteral("alice"));
    }

    void theSecondSaveIsRefusedNamingTheFirst()
    {
        const auto alice = openAs(QStringLiteral("alice"));
        const auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        const Post created = alice->saveContent(draft(QStringLiteral("First"))).result().value;
        Post hers = *alice->load(created.id).result().value;
        Post his = *bob->load(created.id).result().value; // both open it at revision 1
        hers.caption = QStringLiteral("Alice's caption");
        QVERIFY(alice->saveContent(hers).result().ok());
        his.caption = QStringLiteral("Bob's caption");
        const StorageResult<Post> refused = bob->saveContent(his).result();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("alice changed this post")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("keep yours as a copy")),
                 qPrintable(refused.error));
        QCOMPARE(bob->load(created.id).result().value->caption, QStringLiteral("Alice's caption"));

        // The same member overtaken by their own other window is told as before, no name.
        const auto aliceElsewhere = openAs(QStringLiteral("alice"));
        Post stale = *aliceElsewhere->load(created.id).result().value;
        hers = *alice->load(created.id).result().value;
        hers.caption = QStringLiteral("Alice again");
        QVERIFY(alice->saveContent(hers).result().ok());
        stale.caption = QStringLiteral("Alice in another window");
        const StorageResult<Post> own = aliceElsewhere->saveContent(stale).result();
        QVERIFY(!own.ok());
        QVERIFY2(!own.error.contains(QStringLiteral("changed this post")), qPrintable(own.error));
    }

    void theComposerHoldsTheEditsAndOffersTheChoice_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("reload theirs") << false;
        QTest::newRow("keep mine as a copy") << true;
    }
    void theComposerHoldsTheEditsAndOffersTheChoice()
    {
        QFETCH(bool, keepMine);
        const auto alice = openAs(QStringLiteral("alice"));
        const auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        const Post created = alice->saveContent(draft(QStringLiteral("First"))).result().value;
        DraftAutosaver autosaver(bob.get());
        autosaver.track(*bob->load(created.id).result().value);
        QSignalSpy changedBy(&autosaver, &DraftAutosaver::changedByChanged);
        QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
        QSignalSpy rebased(&autosaver, &DraftAutosaver::rebased);

        Post hers = *alice->load(created.id).result().value;
        hers.caption = QStringLiteral("Alice's caption");
        QVERIFY(alice->saveContent(hers).result().ok());
        Post his = autosaver.lastSaved();
        his.caption = QStringLiteral("Bob's caption");
        autosaver.edit(his);
        autosaver.flush();
        QVERIFY(changedBy.wait(5000));
        QCOMPARE(changedBy.at(0).at(0).toString(), QStringLiteral("alice"));
        QCOMPARE(autosaver.changedBy(), QStringLiteral("alice"));
        QVERIFY(autosaver.hasUnsavedChanges());
        // Nothing more is saved over hers while Bob has not chosen, even as he types on.
        his.caption = QStringLiteral("Bob's caption, longer");
        autosaver.edit(his);
        autosaver.flush();
        QVERIFY(!saved.wait(500));
        QCOMPARE(alice->load(created.id).result().value->caption,
                 QStringLiteral("Alice's caption"));

        if (keepMine) {
            autosaver.keepMineAsCopy();
            QVERIFY(saved.wait(5000));
            const Post copy = saved.last().at(0).value<Post>();
            QVERIFY(copy.id != created.id);
            QCOMPARE(bob->load(copy.id).result().value->caption,
                     QStringLiteral("Bob's caption, longer"));
            QCOMPARE(bob->load(copy.id).result().value->state, PostState::Draft);
        } else {
            autosaver.reloadTheirs();
            QCOMPARE(rebased.count(), 1);
            QCOMPARE(rebased.at(0).at(0).value<Post>().caption, QStringLiteral("Alice's caption"));
            QVERIFY(!autosaver.hasUnsavedChanges());
        }
        QCOMPARE(autosaver.changedBy(), QString());
        QCOMPARE(changedBy.last().at(0).toString(), QString());
        QCOMPARE(alice->load(created.id).result().value->caption,
                 QStringLiteral("Alice's caption"));
        QCOMPARE(alice->load(created.id).result().value->updatedBy, QStringLiteral("alice"));
    }

    void editsToOtherFieldsStillMerge()
    {
        const auto alice = openAs(QStringLiteral("alice"));
        const auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        const Post created = alice->saveContent(draft(QStringLiteral("First"))).result().value;
        DraftAutosaver autosaver(bob.get());
        autosaver.track(*bob->load(created.id).result().value);
        QSignalSpy changedBy(&autosaver, &DraftAutosaver::changedByChanged);
        QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
        Post hers = *alice->load(created.id).result().value;
        hers.title = QStringLiteral("Her title");
        QVERIFY(alice->saveContent(hers).result().ok());
        Post his = autosaver.lastSaved();
        his.caption = QStringLiteral("His caption");
        autosaver.edit(his);
        autosaver.flush();
        QVERIFY(saved.wait(5000)); // refused once, merged, saved on top of hers
        QCOMPARE(changedBy.count(), 0);
        const Post stored = *alice->load(created.id).result().value;
        QCOMPARE(stored.title, QStringLiteral("Her title"));
        QCOMPARE(stored.caption, QStringLiteral("His caption"));
        QCOMPARE(stored.updatedBy, QStringLiteral("bob"));
    }
};

QTEST_GUILESS_MAIN(TestChangedBy)
#include "tst_changedby.moc"
