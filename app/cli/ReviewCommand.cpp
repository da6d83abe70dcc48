// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ReviewCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "storage/StorageWorker.h"
#include "support/TerminalText.h"
#include "support/UtcTime.h"

#include <QCommandLineParser>

namespace tokdeck::cli {

namespace {

// Each review step: the word, the state it leaves, the one it reaches.
struct Step
{
    QLatin1StringView word;
    PostState from;
    PostState to;
};
const Step steps[] = {
    {QLatin1StringView("submit"), PostState::Draft, PostState::InReview},
    {QLatin1StringView("approve"), PostState::InReview, PostState::Ready},
    {QLatin1StringView("reject"), PostState::InReview, PostState::Draft},
    {QLatin1StringView("withdraw"), PostState::InReview, PostState::Draft},
};

QString stateName(PostState state)
{
    return postDisplayStateName(toDisplayState(state));
}

int audit(CliSession &session, qint64 id, bool json)
{
    const StorageResult<QList<PostAuditEntry>> trail =
        session.storage()
            .run([id](Stores &stores) {
                const QList<PostAuditEntry> entries = stores.team.audit(id);
                return StorageResult<QList<PostAuditEntry>>{entries, stores.lastError()};
            })
            .result();
    if (!trail.ok()) {
        CliEnvironment::printError(CliSession::storageFailure(trail.error));
        return StorageFailed;
    }
    if (json) {
        QJsonArray rows;
        for (const PostAuditEntry &entry : trail.value)
            rows.append(QJsonObject{{QStringLiteral("postId"), QString::number(entry.postId)},
                                    {QStringLiteral("at"), toApiTimestamp(entry.at)},
                                    {QStringLiteral("member"), entry.member},
                                    {QStringLiteral("from"), postStateKey(entry.from)},
                                    {QStringLiteral("to"), postStateKey(entry.to)},
                                    {QStringLiteral("comment"), entry.comment}});
        JsonOutput::print(rows);
        return Done;
    }
    for (const PostAuditEntry &entry : trail.value) {
        QString line = toApiTimestamp(entry.at) + QLatin1Char('\t')
                       + escapeForTerminal(entry.member) + QLatin1Char('\t')
                       + postStateKey(entry.from) + QStringLiteral(" -> ") + postStateKey(entry.to);
        if (!entry.comment.isEmpty())
            line += QLatin1Char('\t') + escapeForTerminal(entry.comment);
        CliEnvironment::printLine(line);
    }
    return Done;
}

} // namespace

bool ReviewCommand::handles(const QString &subcommand)
{
    if (subcommand == QLatin1StringView("audit"))
        return true;
    for (const Step &step : steps) {
        if (subcommand == step.word)
            return true;
    }
    return false;
}

CommandUsage ReviewCommand::usage()
{
    return {QStringLiteral("post submit|approve|withdraw ID | post reject ID --comment TEXT | "
                           "post audit ID [--json]"),
            tr("Team review of a post: submit a draft for review (it is locked for editing "
               "meanwhile), approve it (an approver: it becomes ready and the outbox sends it), "
               "reject it with a comment (it comes back as a draft), or withdraw your own "
               "submission. audit lists who changed the post's state, when, and why."),
            {QStringLiteral("comment"), QStringLiteral("json")}};
}

int ReviewCommand::run(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(1);
    bool ok = false;
    const qint64 id = words.value(2).toLongLong(&ok);
    if (words.size() != 3 || !ok || id <= 0) {
        CliEnvironment::printError(
            tr("post %1: give one post id (a number, as `tokdeck-cli posts` lists them).")
                .arg(verb));
        return Usage;
    }
    const QString comment = parser.value(QStringLiteral("comment")).trimmed();
    if (verb == QLatin1StringView("reject") && comment.isEmpty()) {
        CliEnvironment::printError(
            tr("post reject: say why with --comment TEXT; its editor reads it in the audit."));
        return Usage;
    }
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    if (verb == QLatin1StringView("audit"))
        return audit(session, id, parser.isSet(QStringLiteral("json")));

    const Step *step = nullptr;
    for (const Step &candidate : steps) {
        if (verb == candidate.word)
            step = &candidate;
    }
    TransitionDetails details;
    details.comment = comment.left(1000); // a reason, not a document
    const StorageResult<TransitionOutcome> outcome =
        session.storage().transition(id, {step->from}, step->to, details).result();
    if (!outcome.ok() || outcome.value.kind == TransitionOutcome::Kind::Failed) {
        CliEnvironment::printError(CliSession::storageFailure(outcome.error));
        return StorageFailed;
    }
    switch (outcome.value.kind) {
    case TransitionOutcome::Kind::Done:
        if (step->to == PostState::Ready)
            CliEnvironment::printLine(
                tr("post %1 is approved and ready; \"tokdeck-cli outbox run\" or the app sends "
                   "it at its time.")
                    .arg(id));
        return Done;
    case TransitionOutcome::Kind::NotFound:
        CliEnvironment::printError(
            tr("there is no post %1; `tokdeck-cli posts` lists every post.").arg(id));
        return Usage;
    case TransitionOutcome::Kind::Refused:
    case TransitionOutcome::Kind::Failed:
        break;
    }
    if (!outcome.value.reason.isEmpty()) {
        CliEnvironment::printError(
            tr("post %1: %2").arg(id).arg(escapeForTerminal(outcome.value.reason)));
        return InputRejected;
    }
    const PostState state = outcome.value.current.value_or(PostState::NeedsAttention);
    CliEnvironment::printError(
        tr("post %1 is \"%2\", so it cannot be %3: that is for a post that is \"%4\".")
            .arg(id)
            .arg(stateName(state),
                 verb == QLatin1StringView("submit")    ? tr("submitted")
                 : verb == QLatin1StringView("approve") ? tr("approved")
                 : verb == QLatin1StringView("reject")  ? tr("rejected")
                                                        : tr("withdrawn"),
                 stateName(step->from)));
    return InputRejected;
}

} // namespace tokdeck::cli
