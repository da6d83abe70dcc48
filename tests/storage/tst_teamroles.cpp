// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team mode on a real PostgreSQL server (issue #15): `tokdeck-cli team init` twice changes
// nothing the second time; members join as viewer, editor and approver; each then connects as
// itself, and the server, not Tokdeck, refuses what its role does not allow: any write of a
// viewer, an editor's approval (by the store and by raw SQL), a change outside the table of
// allowed ones. The approver's approval lets the outbox claim the post, and the audit trail
// names who did each step.

#include "CliRunner.h"
#include "PgServer.h"
#include "SamplePosts.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/TeamSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

namespace {

// One member's own connection and stores.
struct Member
{
    explicit Member(const QString &url, const Clock &clock)
        : db(url, clock)
    {
        opened = db.open();
        if (opened.ok())
            stores = std::make_unique<Stores>(db, clock);
    }
    Database db;
    DatabaseOpenResult opened;
    std::unique_ptr<Stores> stores;

    QSqlError raw(const QString &statement)
    {
        QSqlQuery query(db.connection());
        return query.exec(statement) ? QSqlError() : query.lastError();
    }
};

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<CliRunner> m_cli;

    QString urlAs(const QString &user) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user)
            .arg(m_server.port())
            .arg(QLatin1StringView(PgServer::database));
    }
    CliRunner::Run cli(const QStringList &arguments, const QString &user)
    {
        m_cli->setEnv(QStringLiteral("TOKDECK_DATABASE_URL"), urlAs(user));
        return m_cli->run(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error()));
        QVERIFY(!SandboxProcess::cliPath().isEmpty());
        // No API is called: the address only has to be well formed.
        m_cli = std::make_unique<CliRunner>(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                            QStringLiteral("unused"), m_dir.path());
    }

    void teamInitTwiceThenMembersJoin()
    {
        const QString owner = QString::fromLatin1(PgServer::user);
        for (int round = 0; round < 2; ++round) {
            const CliRunner::Run init =
                cli({QStringLiteral("team"), QStringLiteral("init"), m_server.url()}, owner);
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        }
        for (const auto &[name, role] : {std::pair{"vera", "viewer"}, std::pair{"eddie", "editor"},
                                         std::pair{"alma", "approver"}}) {
            const CliRunner::Run added = cli({QStringLiteral("team"), QStringLiteral("add-member"),
                                              QLatin1StringView(name), QLatin1StringView(role)},
                                             owner);
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        // Adding again moves, never duplicates; a bad name or role is a usage error.
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("add-member"), QStringLiteral("vera"),
                      QStringLiteral("viewer")},
                     owner)
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("add-member"),
                      QStringLiteral("Bad-Name"), QStringLiteral("editor")},
                     owner)
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("add-member"), QStringLiteral("x"),
                      QStringLiteral("boss")},
                     owner)
                     .exitCode,
                 2);
        const CliRunner::Run shown =
            cli({QStringLiteral("team"), QStringLiteral("show"), QStringLiteral("--json")}, owner);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QHash<QString, QString> roles;
        for (const QJsonValue &member : QJsonDocument::fromJson(shown.out.toUtf8()).array())
            roles.insert(member[QStringLiteral("name")].toString(),
                         member[QStringLiteral("role")].toString());
        QCOMPARE(roles.value(QStringLiteral("vera")), QStringLiteral("viewer"));
        QCOMPARE(roles.value(QStringLiteral("eddie")), QStringLiteral("editor"));
        QCOMPARE(roles.value(QStringLiteral("alma")), QStringLiteral("approver"));
        QCOMPARE(roles.size(), qsizetype(3));
        // An editor may not change the team's rules.
        const CliRunner::Run rule =
            cli({QStringLiteral("team"), QStringLiteral("require-approval"), QStringLiteral("on")},
                QStringLiteral("eddie"));
        QVERIFY2(rule.exitCode == 3, qPrintable(rule.err));
    }

    void theServerRefusesWhatARoleMayNotDo()
    {
        Member owner(m_server.url(), m_clock);
        QVERIFY2(owner.opened.ok(), qPrintable(owner.opened.error));
        QVERIFY(owner.stores->team.setApprovalRequired(true));
        Post post = samplePost(m_clock.nowUtc().addDays(2));
        post.state = PostState::Draft;
        const qint64 id = owner.stores->posts.saveContent(post);
        QVERIFY2(id > 0, qPrintable(owner.stores->lastError()));

        // The viewer reads, and nothing else.
        Member vera(urlAs(QStringLiteral("vera")), m_clock);
        QVERIFY2(vera.opened.ok(), qPrintable(vera.opened.error));
        QVERIFY(vera.stores->posts.load(id));
        QSqlError refused =
            vera.raw(QStringLiteral("UPDATE posts SET caption = 'mine' WHERE id = %1").arg(id));
        QCOMPARE(refused.nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
        refused = vera.raw(QStringLiteral("DELETE FROM posts WHERE id = %1").arg(id));
        QCOMPARE(refused.nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(
            !vera.stores->lifecycle.transition(id, {PostState::Draft}, PostState::InReview).done());
        QCOMPARE(owner.stores->posts.load(id)->state, PostState::Draft);

        // The editor submits; approving is refused, through Tokdeck and by raw SQL.
        Member eddie(urlAs(QStringLiteral("eddie")), m_clock);
        QVERIFY2(eddie.opened.ok(), qPrintable(eddie.opened.error));
        const TransitionOutcome shortcut =
            eddie.stores->lifecycle.transition(id, {PostState::Draft}, PostState::Ready);
        QCOMPARE(shortcut.kind, TransitionOutcome::Kind::Refused);
        QVERIFY(!shortcut.reason.isEmpty());
        refused =
            eddie.raw(QStringLiteral("UPDATE posts SET state = 'ready' WHERE id = %1").arg(id));
        QVERIFY2(refused.isValid() && refused.databaseText().contains(QStringLiteral("approval")),
                 qPrintable(refused.text()));
        QVERIFY(
            eddie.stores->lifecycle.transition(id, {PostState::Draft}, PostState::InReview).done());
        const TransitionOutcome approve =
            eddie.stores->lifecycle.transition(id, {PostState::InReview}, PostState::Ready);
        QCOMPARE(approve.kind, TransitionOutcome::Kind::Refused);
        QVERIFY2(approve.reason.contains(QStringLiteral("only an approver")),
                 qPrintable(approve.reason));
        QVERIFY(eddie.stores->lastError().isEmpty());
        refused =
            eddie.raw(QStringLiteral("UPDATE posts SET state = 'ready' WHERE id = %1").arg(id));
        QCOMPARE(refused.nativeErrorCode(), QStringLiteral("42501"));
        // Nor around the table: in review straight to uploading is no allowed change.
        refused =
            eddie.raw(QStringLiteral("UPDATE posts SET state = 'uploading' WHERE id = %1").arg(id));
        QCOMPARE(refused.nativeErrorCode(), QStringLiteral("23514"));
        // Nor can the editor forge the trail in another's name.
        QVERIFY(!eddie
                     .raw(QStringLiteral("INSERT INTO post_audit (post_id, at, member, "
                                         "from_state, to_state) VALUES (%1, 0, 'alma', "
                                         "'in_review', 'ready')")
                              .arg(id))
                     .isValid());
        QVERIFY(eddie.raw(QStringLiteral("DELETE FROM post_audit")).isValid());
        QCOMPARE(owner.stores->posts.load(id)->state, PostState::InReview);

        // The approver approves; the outbox can then claim it.
        Member alma(urlAs(QStringLiteral("alma")), m_clock);
        QVERIFY2(alma.opened.ok(), qPrintable(alma.opened.error));
        TransitionDetails why;
        why.comment = QStringLiteral("Looks good");
        const TransitionOutcome approved =
            alma.stores->lifecycle.transition(id, {PostState::InReview}, PostState::Ready, why);
        QVERIFY2(approved.done(), qPrintable(alma.stores->lastError() + approved.reason));
        QVERIFY2(alma.stores->lifecycle.claim(id, QStringLiteral("alma-runner"),
                                              m_clock.nowUtc().addSecs(60)),
                 qPrintable(alma.stores->lastError()));

        // The trail, read by the viewer, names who did each step; the row the editor wrote
        // by hand carries the editor's name, not the one it claimed.
        const QList<PostAuditEntry> trail = vera.stores->team.audit(id);
        QVERIFY2(vera.stores->lastError().isEmpty(), qPrintable(vera.stores->lastError()));
        QCOMPARE(trail.size(), qsizetype(4));
        QCOMPARE(trail.at(0).member, QStringLiteral("eddie"));
        QCOMPARE(trail.at(0).to, PostState::InReview);
        QCOMPARE(trail.at(1).member, QStringLiteral("eddie"));
        QCOMPARE(trail.at(2).member, QStringLiteral("alma"));
        QCOMPARE(trail.at(2).to, PostState::Ready);
        QCOMPARE(trail.at(2).comment, QStringLiteral("Looks good"));
        QCOMPARE(trail.at(3).member, QStringLiteral("alma"));
        QCOMPARE(trail.at(3).to, PostState::Uploading);
        const CliRunner::Run listed =
            cli({QStringLiteral("post"), QStringLiteral("audit"), QString::number(id)},
                QStringLiteral("vera"));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("eddie")), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(QStringLiteral("Looks good")), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
