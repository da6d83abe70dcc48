// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/TeamSchema.h"

#include "domain/PostTransitions.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "support/Logging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace tokdeck {

namespace {

constexpr TeamRole allRoles[] = {TeamRole::Viewer, TeamRole::Editor, TeamRole::Approver,
                                 TeamRole::Admin};
// Taken for the transaction of install() and addMember(): two desktops running `team init`
// at once would otherwise both find a group missing and both create it.
constexpr qint64 teamLockKey = 0x746f6b7465616dLL; // "toktean" in ASCII: not the ladder's key

// "('draft', 'ready'), ...": the one table of allowed changes (PostTransitions.cpp), written
// into the guard when it is installed, so the server refuses exactly what the store refuses.
QString allowedEdgesSql()
{
    QStringList pairs;
    for (const auto &[from, to] : allowedPostTransitions())
        pairs << QStringLiteral("('%1', '%2')").arg(postStateKey(from), postStateKey(to));
    return pairs.join(QStringLiteral(", "));
}

bool runAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                                : query.lastError().databaseText();
            qCWarning(lcStorage).noquote() << "team mode:" << statement << *error;
            return false;
        }
    }
    return true;
}

// Runs the statements in one transaction under the team lock.
bool runLocked(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    const QStringList all =
        QStringList{QStringLiteral("BEGIN"),
                    QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(teamLockKey)}
        + statements + QStringList{QStringLiteral("COMMIT")};
    if (runAll(db, all, error))
        return true;
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

std::optional<QString> scalarText(const QSqlDatabase &db, const QString &sql,
                                  const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    if (!sql::prepareAndExec(query, sql, binds) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toString();
}

} // namespace

QString teamRoleKey(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return QStringLiteral("viewer");
    case TeamRole::Editor:
        return QStringLiteral("editor");
    case TeamRole::Approver:
        return QStringLiteral("approver");
    case TeamRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<TeamRole> teamRoleFromKey(QStringView key)
{
    for (TeamRole role : allRoles) {
        if (key == teamRoleKey(role))
            return role;
    }
    return std::nullopt;
}

QString teamRoleGroup(TeamRole role)
{
    return QStringLiteral("tokdeck_") + teamRoleKey(role);
}

bool TeamSchema::isValidMemberName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch() && !name.startsWith(QLatin1StringView("tokdeck_"))
           && !name.startsWith(QLatin1StringView("pg_"));
}

bool TeamSchema::install(const QSqlDatabase &db, QString *error)
{
    if (sql::backendOf(db) != sql::Backend::Postgres) {
        *error = tr("Team mode needs a PostgreSQL database (postgresql://…); an SQLite file "
                    "belongs to one person.");
        return false;
    }
    // The schema the tables live in (search_path), quoted by the server.
    const std::optional<QString> schema =
        scalarText(db, QStringLiteral("SELECT quote_ident(current_schema())"), {}, error);
    if (!schema)
        return false;
    QStringList statements;
    for (TeamRole role : allRoles) {
        // CREATE ROLE has no IF NOT EXISTS; roles belong to the whole server, so a second
        // team database on it finds them there already.
        statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                     "rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                          .arg(teamRoleGroup(role));
    }
    const QString viewer = teamRoleGroup(TeamRole::Viewer);
    const QString editor = teamRoleGroup(TeamRole::Editor);
    const QString approver = teamRoleGroup(TeamRole::Approver);
    const QString admin = teamRoleGroup(TeamRole::Admin);
    const QString in = QStringLiteral(" IN SCHEMA ") + *schema;
    statements
        << QStringLiteral("GRANT %1 TO %2").arg(viewer, editor)
        << QStringLiteral("GRANT %1 TO %2").arg(editor, approver)
        << QStringLiteral("GRANT %1 TO %2").arg(approver, admin)
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(*schema, viewer)
        << QStringLiteral("GRANT SELECT ON ALL TABLES%1 TO %2").arg(in, viewer)
        // Editors write posts, their media, the change log the triggers fill, the
        // accounts cache every desktop refreshes, and audit rows (never change them).
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES%1 TO %2").arg(in, editor)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES%1 TO %2").arg(in, editor)
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON team_settings, "
                          "tokdeck_schema FROM %1")
               .arg(editor)
        << QStringLiteral("REVOKE UPDATE, DELETE ON post_audit FROM %1").arg(editor)
        << QStringLiteral("GRANT ALL ON ALL TABLES%1 TO %2").arg(in, admin)
        << QStringLiteral("GRANT ALL ON ALL SEQUENCES%1 TO %2").arg(in, admin);
    // The guard: only the allowed changes of a post's state, and approving only by an
    // approver. Roles outside the team groups (the owner who ran `team init`, a superuser,
    // which is a member of every role) are not held back by role, only by the table.
    statements
        << QStringLiteral(
               "CREATE OR REPLACE FUNCTION posts_team_guard() RETURNS trigger LANGUAGE plpgsql "
               "AS $$ BEGIN IF NEW.state IS DISTINCT FROM OLD.state THEN "
               "IF (OLD.state, NEW.state) NOT IN (%1) THEN RAISE EXCEPTION "
               "'post %: % -> % is not an allowed change', OLD.id, OLD.state, NEW.state "
               "USING ERRCODE = 'check_violation'; END IF; "
               "IF OLD.state = 'in_review' AND NEW.state = 'ready' "
               "AND pg_has_role(session_user, '%2', 'MEMBER') "
               "AND NOT pg_has_role(session_user, '%3', 'MEMBER') THEN RAISE EXCEPTION "
               "'only an approver can approve post %: ask an approver of your team', OLD.id "
               "USING ERRCODE = 'insufficient_privilege'; END IF; END IF; RETURN NEW; END $$")
               .arg(allowedEdgesSql(), editor, approver)
        << QStringLiteral("DROP TRIGGER IF EXISTS posts_team_guard ON posts")
        << QStringLiteral("CREATE TRIGGER posts_team_guard BEFORE UPDATE OF state ON posts "
                          "FOR EACH ROW EXECUTE FUNCTION posts_team_guard()");
    if (runLocked(db, statements, error))
        return true;
    *error = tr("Could not set up team mode on %1: %2").arg(db.databaseName(), *error);
    return false;
}

bool TeamSchema::addMember(const QSqlDatabase &db, const QString &name, TeamRole role,
                           const QString &password, QString *error)
{
    if (!isValidMemberName(name)) {
        *error = tr("\"%1\" is not a member name Tokdeck accepts: lower-case letters, digits "
                    "and _, starting with a letter, not starting with tokdeck_ or pg_.")
                     .arg(name);
        return false;
    }
    // The server quotes the password (format's %L): it never meets our string building.
    const QString passwordClause =
        password.isEmpty() ? QStringLiteral("PASSWORD NULL") : QStringLiteral("PASSWORD %L");
    const std::optional<QString> exists = scalarText(
        db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {name}, error);
    if (!exists)
        return false;
    const QString verb =
        *exists == QLatin1StringView("0") ? QStringLiteral("CREATE") : QStringLiteral("ALTER");
    const QString attributes =
        role == TeamRole::Admin ? QStringLiteral(" CREATEROLE") : QStringLiteral(" NOCREATEROLE");
    const std::optional<QString> createRole =
        scalarText(db,
                   QStringLiteral("SELECT format('%1 ROLE %I LOGIN%2 %3', ?::text%4)")
                       .arg(verb, attributes, passwordClause,
                            password.isEmpty() ? QString() : QStringLiteral(", ?::text")),
                   password.isEmpty() ? QVariantList{name} : QVariantList{name, password}, error);
    if (!createRole)
        return false;
    QStringList groups;
    for (TeamRole each : allRoles)
        groups << teamRoleGroup(each);
    const QStringList statements = {
        *createRole,
        // One group at a time: moving a member to another role takes the old one away. The
        // server warns for each group the member was not in; that is expected, not news.
        QStringLiteral("SET LOCAL client_min_messages TO error"),
        QStringLiteral("REVOKE %1 FROM %2").arg(groups.join(QStringLiteral(", ")), name),
        QStringLiteral("GRANT %1 TO %2").arg(teamRoleGroup(role), name),
    };
    if (runLocked(db, statements, error))
        return true;
    *error = tr("Could not add %1 as %2: %3").arg(name, teamRoleKey(role), *error);
    return false;
}

std::optional<QList<TeamMember>> TeamSchema::members(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // Every login in a team group; one in several (set by hand) counts with its highest.
    if (!query.exec(QStringLiteral(
            "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members am "
            "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
            "WHERE g.rolname LIKE 'tokdeck\\_%' AND m.rolname NOT LIKE 'tokdeck\\_%' "
            "ORDER BY m.rolname"))) {
        *error = tr("Could not read the team's members: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<TeamMember> members;
    while (query.next()) {
        const QString group = query.value(1).toString();
        const std::optional<TeamRole> role =
            teamRoleFromKey(QStringView(group).mid(qsizetype(sizeof("tokdeck_") - 1)));
        if (!role)
            continue;
        const QString name = query.value(0).toString();
        if (!members.isEmpty() && members.last().name == name) {
            members.last().role = std::max(members.last().role, *role);
            continue;
        }
        members.append({name, *role, query.value(2).toBool()});
    }
    return members;
}

} // namespace tokdeck
