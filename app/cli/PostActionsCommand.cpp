// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/PostActionsCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "domain/PostTransitions.h"
#include "storage/StorageWorker.h"
#include "support/TerminalText.h"

#include <QCommandLineParser>

namespace tokdeck::cli {

CommandUsage PostActionsCommand::removeUsage()
{
    return {QStringLiteral("delete ID"),
            tr("Deletes a post that Crosspostify does not have yet (a draft, ready, failed or "
               "held locally)."),
            {}};
}

CommandUsage PostActionsCommand::duplicateUsage()
{
    return {QStringLiteral("duplicate ID"),
            tr("Copies a post, in any state, as a new draft; prints the new draft's ID."),
            {}};
}

CommandUsage PostActionsCommand::unscheduleUsage()
{
    return {QStringLiteral("unschedule ID"),
            tr("Moves a ready or failed post back to draft, so nothing sends it."),
            {}};
}

CommandUsage PostActionsCommand::resolveUsage()
{
    return {QStringLiteral("resolve ID published|send-again|live URL|failed REASON"),
            tr("Your answer for a post that may have been published: \"published\" when you "
               "found it on TikTok or in the Crosspostify dashboard, \"send-again\" when you "
               "checked it was not (the next outbox run sends it). After the hand-over: "
               "\"live URL\" with the TikTok link once you saw it, \"failed REASON\" when it "
               "never showed (then send-again sends it to the accounts that did not take it)."),
            {}};
}

namespace {

// The post id after the command word; nullopt (with the message printed) when it is not one.
std::optional<qint64> postId(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 id = arguments.value(1).toLongLong(&ok);
    if (arguments.size() != 2 || !ok || id <= 0) {
        CliEnvironment::printError(
            PostActionsCommand::tr("%1: give one post id (a number, as `tokdeck-cli drafts` or "
                                   "`schedule` list them).")
                .arg(arguments.value(0)));
        return std::nullopt;
    }
    return id;
}

QString stateName(PostState state)
{
    return postDisplayStateName(toDisplayState(state));
}

// Loads the post; prints why and sets `exitCode` when it cannot.
std::optional<Post> loadPost(CliSession &session, qint64 id, int &exitCode)
{
    const StorageResult<std::optional<Post>> loaded = session.storage().load(id).result();
    if (!loaded.ok()) {
        CliEnvironment::printError(CliSession::storageFailure(loaded.error));
        exitCode = StorageFailed;
        return std::nullopt;
    }
    if (!loaded.value) {
        CliEnvironment::printError(
            PostActionsCommand::tr("there is no post %1; `tokdeck-cli drafts` lists the drafts.")
                .arg(id));
        exitCode = Usage;
    }
    return loaded.value;
}

} // namespace

int PostActionsCommand::remove(const QCommandLineParser &parser)
{
    const std::optional<qint64> id = postId(parser);
    if (!id)
        return Usage;
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    int exitCode = Done;
    const std::optional<Post> post = loadPost(session, *id, exitCode);
    if (!post)
        return exitCode;
    if (post->isLocked() && !isLeasedState(post->state)) {
        // Crosspostify has it and its API cannot delete posts: deleting only the local row would
        // let a script believe the post is gone.
        CliEnvironment::printError(
            tr("post %1 is already with Crosspostify (\"%2\"): delete it in the Crosspostify "
               "dashboard; to forget it in Tokdeck as well, use Delete → Forget it here in the "
               "app.")
                .arg(*id)
                .arg(stateName(post->state)));
        return InputRejected;
    }
    const StorageResult<bool> removed = session.storage().remove(*id).result();
    if (removed.value)
        return Done;
    // Refused (a runner holds the post, it may have claimed it just now) or the disk failed.
    const std::optional<Post> now = loadPost(session, *id, exitCode);
    if (now && isLeasedState(now->state)) {
        CliEnvironment::printError(removed.error);
        return InputRejected;
    }
    if (!now)
        return exitCode;
    CliEnvironment::printError(CliSession::storageFailure(removed.error));
    return StorageFailed;
}

int PostActionsCommand::duplicate(const QCommandLineParser &parser)
{
    const std::optional<qint64> id = postId(parser);
    if (!id)
        return Usage;
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    int exitCode = Done;
    if (!loadPost(session, *id, exitCode))
        return exitCode;
    const StorageResult<std::optional<Post>> copy = session.storage().duplicate(*id).result();
    if (!copy.value) {
        CliEnvironment::printError(CliSession::storageFailure(copy.error));
        return StorageFailed;
    }
    CliEnvironment::printLine(QString::number(copy.value->id));
    return Done;
}

int PostActionsCommand::unschedule(const QCommandLineParser &parser)
{
    const std::optional<qint64> id = postId(parser);
    if (!id)
        return Usage;
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    const StorageResult<TransitionOutcome> outcome =
        session.storage()
            .transition(*id, {PostState::Ready, PostState::Failed}, PostState::Draft)
            .result();
    if (!outcome.ok()) {
        CliEnvironment::printError(CliSession::storageFailure(outcome.error));
        return StorageFailed;
    }
    switch (outcome.value.kind) {
    case TransitionOutcome::Kind::Done:
        return Done;
    case TransitionOutcome::Kind::NotFound:
        CliEnvironment::printError(
            tr("there is no post %1; `tokdeck-cli drafts` lists the drafts.").arg(*id));
        return Usage;
    case TransitionOutcome::Kind::Refused:
        break;
    case TransitionOutcome::Kind::Failed:
        CliEnvironment::printError(CliSession::storageFailure(outcome.error));
        return StorageFailed;
    }
    const PostState state = outcome.value.current.value_or(PostState::NeedsAttention);
    QString what;
    if (state == PostState::Draft)
        what = tr("it is a draft already; nothing to do.");
    else if (isLeasedState(state))
        what = tr("it is being sent right now; cancel its upload in the app, or wait until it "
                  "has failed, then move it back.");
    else
        what = tr("it is already with Crosspostify; change or delete it in the Crosspostify "
                  "dashboard.");
    CliEnvironment::printError(tr("post %1 is \"%2\", so it cannot go back to draft: %3")
                                   .arg(*id)
                                   .arg(stateName(state), what));
    return InputRejected;
}

int PostActionsCommand::resolve(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString answer = arguments.value(2);
    const QString detail = arguments.value(3).trimmed();
    bool ok = false;
    const qint64 id = arguments.value(1).toLongLong(&ok);
    // The user's word, the one thing that knows what TikTok did: each answer, the states it
    // applies to, and whether it takes a URL or a reason.
    struct Answer
    {
        QLatin1StringView word;
        QList<PostState> from;
        PostState to;
        bool takesDetail;
    };
    static const Answer answers[] = {
        {QLatin1StringView("published"), {PostState::NeedsAttention}, PostState::Published, false},
        {QLatin1StringView("send-again"),
         {PostState::NeedsAttention, PostState::FailedOnTikTok},
         PostState::Ready,
         false},
        {QLatin1StringView("live"),
         {PostState::Scheduled, PostState::Published},
         PostState::Live,
         true},
        {QLatin1StringView("failed"),
         {PostState::Scheduled, PostState::Published, PostState::Live},
         PostState::FailedOnTikTok,
         true},
    };
    const Answer *chosen = nullptr;
    for (const Answer &candidate : answers) {
        if (answer == candidate.word)
            chosen = &candidate;
    }
    if (!ok || id <= 0 || !chosen || arguments.size() != (chosen->takesDetail ? 4 : 3)
        || (chosen->takesDetail && detail.isEmpty())) {
        CliEnvironment::printError(
            tr("resolve: use \"tokdeck-cli resolve ID published\" when you found a post that "
               "needed attention on TikTok, \"resolve ID send-again\" when you checked it was "
               "not published (or it failed on TikTok), \"resolve ID live URL\" with the "
               "post's TikTok link once you saw it live, or \"resolve ID failed REASON\" when "
               "TikTok did not show it."));
        return Usage;
    }
    TransitionDetails details;
    if (chosen->to == PostState::Live) {
        details.tiktokUrl = normalisedTikTokUrl(detail);
        if (details.tiktokUrl.isEmpty()) {
            CliEnvironment::printError(
                tr("resolve: \"%1\" is not a TikTok link; paste the post's https://"
                   "www.tiktok.com/… address (TikTok: Share → Copy link).")
                    .arg(escapeForTerminal(detail)));
            return InputRejected;
        }
    } else if (chosen->to == PostState::FailedOnTikTok) {
        details.lastError = detail.left(1000); // a reason, not a document
    }
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    const StorageResult<TransitionOutcome> outcome =
        session.storage().transition(id, chosen->from, chosen->to, details).result();
    if (!outcome.ok()) {
        CliEnvironment::printError(CliSession::storageFailure(outcome.error));
        return StorageFailed;
    }
    switch (outcome.value.kind) {
    case TransitionOutcome::Kind::Done:
        if (chosen->to == PostState::Ready)
            CliEnvironment::printLine(
                tr("post %1 is ready again; \"tokdeck-cli outbox run\" or the app sends it (only "
                   "to the accounts that did not take it).")
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
    QStringList fromNames;
    for (PostState state : chosen->from)
        fromNames.append(QLatin1Char('"') + stateName(state) + QLatin1Char('"'));
    CliEnvironment::printError(
        tr("post %1 is \"%2\", so \"%3\" does not apply; it is for a post that is %4.")
            .arg(id)
            .arg(outcome.value.current ? stateName(*outcome.value.current) : QString(), answer,
                 fromNames.join(tr(" or "))));
    return InputRejected;
}

} // namespace tokdeck::cli
