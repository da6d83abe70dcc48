// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MigrationsTeam.h"

namespace tokdeck {

namespace {

// The tables both backends share.
QStringList teamTables()
{
    return {
        // Settings of the team that every desktop must obey, so they live in the database
        // and not in anyone's preferences: "approval_required" = "on" (TeamStore).
        QStringLiteral("CREATE TABLE team_settings (key TEXT NOT NULL PRIMARY KEY,"
                       " value TEXT NOT NULL) WITHOUT ROWID"),
        // Who moved which post from what to what, and why (a reviewer's comment), written by
        // PostLifecycle in the transaction of the change itself. The id orders the rows of
        // one millisecond; times are UTC milliseconds like every other time column.
        QStringLiteral("CREATE TABLE post_audit ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
                       " at INTEGER NOT NULL,"
                       " member TEXT NOT NULL,"
                       " from_state TEXT NOT NULL,"
                       " to_state TEXT NOT NULL,"
                       " comment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX post_audit_post ON post_audit(post_id, id)"),
    };
}

// The message a refused write carries; PostLifecycle refuses first with a translated one, so
// this is what a raw UPDATE (or an older Tokdeck) sees.
constexpr auto approvalMessage = "approval required: submit the post for review; an approver "
                                 "makes it ready";

} // namespace

const QStringList &teamStepStatements(sql::Backend backend)
{
    // A post becomes ready from a draft only through review while the team requires approval:
    // directly ("draft → ready") or born ready (an insert) are refused by the database itself.
    static const QString approvalOn = QStringLiteral(
        "EXISTS (SELECT 1 FROM team_settings WHERE key = 'approval_required' AND value = 'on')");
    static const QStringList sqlite =
        teamTables()
        + QStringList{
            QStringLiteral("CREATE TRIGGER posts_approval_update BEFORE UPDATE OF state ON posts "
                           "WHEN OLD.state = 'draft' AND NEW.state = 'ready' AND %1 "
                           "BEGIN SELECT RAISE(ABORT, '%2'); END")
                .arg(approvalOn, QLatin1StringView(approvalMessage)),
            QStringLiteral("CREATE TRIGGER posts_approval_insert BEFORE INSERT ON posts "
                           "WHEN NEW.state = 'ready' AND %1 "
                           "BEGIN SELECT RAISE(ABORT, '%2'); END")
                .arg(approvalOn, QLatin1StringView(approvalMessage)),
        };
    static const QStringList postgres =
        teamTables()
        + QStringList{
            QStringLiteral(
                "CREATE FUNCTION posts_approval() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN IF NEW.state = 'ready' AND (TG_OP = 'INSERT' OR "
                "OLD.state = 'draft') AND %1 THEN "
                "RAISE EXCEPTION '%2' USING ERRCODE = 'check_violation'; END IF; "
                "RETURN NEW; END $$")
                .arg(approvalOn, QLatin1StringView(approvalMessage)),
            QStringLiteral("CREATE TRIGGER posts_approval_insert BEFORE INSERT ON posts "
                           "FOR EACH ROW EXECUTE FUNCTION posts_approval()"),
            QStringLiteral("CREATE TRIGGER posts_approval_update BEFORE UPDATE OF state ON posts "
                           "FOR EACH ROW EXECUTE FUNCTION posts_approval()"),
            // The audit names the login the server authenticated, whatever a desktop (or a raw
            // INSERT) claims: no member can write a row in another's name.
            QStringLiteral("CREATE FUNCTION post_audit_member() RETURNS trigger LANGUAGE plpgsql "
                           "AS $$ BEGIN NEW.member := session_user; RETURN NEW; END $$"),
            QStringLiteral("CREATE TRIGGER post_audit_member BEFORE INSERT ON post_audit "
                           "FOR EACH ROW EXECUTE FUNCTION post_audit_member()"),
        };
    return backend == sql::Backend::Postgres ? postgres : sqlite;
}

} // namespace tokdeck
