// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TeamCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/StorageWorker.h"
#include "storage/TeamSchema.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tokdeck::cli {

CommandUsage TeamCommand::usage()
{
    return {QStringLiteral("team init postgresql://USER@HOST/DB | team add-member NAME "
                           "viewer|editor|approver|admin [--password-stdin] | team show [--json] "
                           "| team require-approval on|off"),
            tr("Team mode on a PostgreSQL database. init brings the database up to date and "
               "sets up the roles (run it again after an upgrade; it changes nothing twice). "
               "add-member creates a login in a role: viewers read, editors write and submit "
               "for review, approvers also approve and reject, admins also manage the team. "
               "show lists the members. require-approval on: a draft becomes ready only once "
               "an approver approved it. Except init, on the database of "
               "TOKDECK_DATABASE_URL."),
            {QStringLiteral("password-stdin"), QStringLiteral("json")}};
}

namespace {

// Opens `session` on the configured database and refuses an SQLite one.
bool openTeamDatabase(CliSession &session, int &exitCode)
{
    if (!sql::isDatabaseUrl(Database::defaultLocation())) {
        CliEnvironment::printError(TeamCommand::tr(
            "team: set TOKDECK_DATABASE_URL to the team's postgresql://… address first (team "
            "mode needs PostgreSQL; see `tokdeck-cli team init`)."));
        exitCode = Usage;
        return false;
    }
    if (!session.openStorage()) {
        exitCode = StorageFailed;
        return false;
    }
    return true;
}

// The server's refusal of a privilege is this login's limit, not a broken database.
int failureCode(const QString &error)
{
    return error.contains(QLatin1StringView("permission denied"))
                   || error.contains(QLatin1StringView("must have"))
                   || error.contains(QLatin1StringView("privilege"))
               ? InputRejected
               : StorageFailed;
}

int init(const QStringList &words)
{
    const QString url = words.value(2);
    if (words.size() != 3 || !sql::isDatabaseUrl(url)) {
        CliEnvironment::printError(
            TeamCommand::tr("team init: give the team database's address, "
                            "postgresql://USER@HOST:PORT/DATABASE (USER may create roles)."));
        return Usage;
    }
    StorageWorker storage(url);
    const DatabaseOpenResult opened = storage.open().result();
    if (!opened.ok()) {
        CliEnvironment::printError(opened.error);
        return StorageFailed;
    }
    const QString error = storage
                              .run([](Stores &stores) {
                                  QString why;
                                  TeamSchema::install(stores.context.database.connection(), &why);
                                  return why;
                              })
                              .result();
    if (!error.isEmpty()) {
        CliEnvironment::printError(error);
        return failureCode(error);
    }
    CliEnvironment::printLine(
        TeamCommand::tr("Team mode is set up (schema version %1). Add members with "
                        "`tokdeck-cli team add-member NAME ROLE`; each sets TOKDECK_DATABASE_URL "
                        "to postgresql://NAME@HOST/DATABASE.")
            .arg(opened.toVersion));
    return Done;
}

int addMember(const QCommandLineParser &parser, const QStringList &words)
{
    const std::optional<TeamRole> role = teamRoleFromKey(words.value(3));
    if (words.size() != 4 || !role) {
        CliEnvironment::printError(TeamCommand::tr(
            "team add-member: give a name and a role: viewer, editor, approver or admin."));
        return Usage;
    }
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        // One line, never an argument: the command line is visible to every user of the machine.
        password = QTextStream(stdin).readLine();
        if (password.isEmpty()) {
            CliEnvironment::printError(
                TeamCommand::tr("team add-member: --password-stdin read no password."));
            return Usage;
        }
    }
    CliSession session;
    int exitCode = Done;
    if (!openTeamDatabase(session, exitCode))
        return exitCode;
    const QString name = words.at(2);
    const QString error = session.storage()
                              .run([=](Stores &stores) {
                                  QString why;
                                  TeamSchema::addMember(stores.context.database.connection(), name,
                                                        *role, password, &why);
                                  return why;
                              })
                              .result();
    if (!error.isEmpty()) {
        CliEnvironment::printError(error);
        return error.contains(QLatin1StringView("not a member name")) ? Usage : failureCode(error);
    }
    return Done;
}

int show(const QCommandLineParser &parser)
{
    CliSession session;
    int exitCode = Done;
    if (!openTeamDatabase(session, exitCode))
        return exitCode;
    struct Answer
    {
        std::optional<QList<TeamMember>> members;
        std::optional<bool> approval;
        QString error;
    };
    const Answer answer =
        session.storage()
            .run([](Stores &stores) {
                Answer a;
                a.members = TeamSchema::members(stores.context.database.connection(), &a.error);
                a.approval = stores.team.approvalRequired();
                if (!a.approval)
                    a.error = stores.lastError();
                return a;
            })
            .result();
    if (!answer.members || !answer.approval) {
        CliEnvironment::printError(answer.error);
        return StorageFailed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        // One array like every listing; whether approval is required is in the text form.
        QJsonArray members;
        for (const TeamMember &member : *answer.members)
            members.append(QJsonObject{{QStringLiteral("name"), member.name},
                                       {QStringLiteral("role"), teamRoleKey(member.role)},
                                       {QStringLiteral("canLogin"), member.canLogin}});
        JsonOutput::print(members);
        return Done;
    }
    CliEnvironment::printLine(*answer.approval ? TeamCommand::tr("Approval required: yes")
                                               : TeamCommand::tr("Approval required: no"));
    for (const TeamMember &member : *answer.members)
        CliEnvironment::printLine(
            member.name + QLatin1Char('\t') + teamRoleKey(member.role)
            + (member.canLogin ? QString() : TeamCommand::tr("\t(no login)")));
    return Done;
}

int requireApproval(const QStringList &words)
{
    const QString value = words.value(2);
    if (words.size() != 3
        || (value != QLatin1StringView("on") && value != QLatin1StringView("off"))) {
        CliEnvironment::printError(TeamCommand::tr("team require-approval: give on or off."));
        return Usage;
    }
    CliSession session;
    int exitCode = Done;
    if (!openTeamDatabase(session, exitCode))
        return exitCode;
    const bool on = value == QLatin1StringView("on");
    const StorageResult<bool> set = session.storage()
                                        .run([on](Stores &stores) {
                                            const bool ok = stores.team.setApprovalRequired(on);
                                            return StorageResult<bool>{ok, stores.lastError()};
                                        })
                                        .result();
    if (!set.value) {
        CliEnvironment::printError(set.error);
        return failureCode(set.error);
    }
    return Done;
}

} // namespace

int TeamCommand::run(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(1);
    if (verb == QLatin1StringView("init"))
        return init(words);
    if (verb == QLatin1StringView("add-member"))
        return addMember(parser, words);
    if (verb == QLatin1StringView("show"))
        return show(parser);
    if (verb == QLatin1StringView("require-approval"))
        return requireApproval(words);
    CliEnvironment::printError(
        tr("team: use init, add-member, show or require-approval; see `tokdeck-cli team "
           "--help`."));
    return Usage;
}

} // namespace tokdeck::cli
