// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace tokdeck {

// What a member of a team may do, as PostgreSQL group roles (NOLOGIN), each including the one
// before: a viewer reads; an editor also writes content and moves posts between draft and
// review; an approver also approves (in review → ready) and rejects; an admin may do
// everything, including the team's settings and its members.
enum class TeamRole { Viewer, Editor, Approver, Admin };

QString teamRoleKey(TeamRole role); // "viewer", "editor", "approver", "admin"
std::optional<TeamRole> teamRoleFromKey(QStringView key);
QString teamRoleGroup(TeamRole role); // the group role: "tokdeck_viewer", ...

struct TeamMember
{
    QString name; // the PostgreSQL login role
    TeamRole role = TeamRole::Viewer;
    bool canLogin = false;
};

// Team mode on a PostgreSQL database (issue #15): the group roles, their grants on the
// tables of the current schema, and a guard on posts so that the server itself refuses what
// a member's role does not allow, whatever program sends the SQL. Tokdeck's own checks come
// first with friendlier words; this is what a raw UPDATE meets.
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    // Creates the group roles (if missing), grants, and the guard trigger on a migrated
    // database. Idempotent: run again after an upgrade adds tables. Needs a role that may
    // create roles (CREATEROLE or superuser) and owns the tables. false with *error (translated).
    static bool install(const QSqlDatabase &db, QString *error);
    // A login role `name` in `role`'s group (created, or moved from its former group). An
    // empty password sets none (local trust or peer authentication).
    static bool addMember(const QSqlDatabase &db, const QString &name, TeamRole role,
                          const QString &password, QString *error);
    static std::optional<QList<TeamMember>> members(const QSqlDatabase &db, QString *error);
    // A member name Tokdeck accepts: a lower-case SQL identifier, not one of the group roles.
    static bool isValidMemberName(const QString &name);
};

} // namespace tokdeck
