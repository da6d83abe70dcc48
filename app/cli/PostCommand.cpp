// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/PostCommand.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCode.h"
#include "cli/JobWaiter.h"
#include "cli/RepeatCommand.h"
#include "cli/SlotsCommand.h"
#include "media/LocalFileCheck.h"
#include "media/MediaProbe.h"
#include "publish/Outbox.h"
#include "rules/ScheduleRules.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/UtcTime.h"
#include "transcode/MediaFixer.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace tokdeck::cli {

namespace {

// The id upload() stored the post under, for --repeat to expand once it went out. Here, not in
// PostCommand::Input: the header is shared (see the recurring posts report); one command runs
// per process.
qint64 &savedPostId()
{
    static qint64 id = 0;
    return id;
}

// "post --fix": each file that needs it is replaced by its fixed copy (fixed/ in the data
// folder; the original untouched), whose path is printed. Every file is planned before any
// is encoded, so a problem no fix solves stops the post at once (exit 3, nothing sent).
int fixFiles(QStringList &files)
{
    QList<FileFix> fixes;
    bool blocked = false;
    for (const QString &file : std::as_const(files)) {
        FileFix fix;
        fix.inputPath = file;
        // A path that is not a regular file is named by inspectFiles, like without --fix.
        if (!LocalFileCheck::checkRegularFile(file)) {
            fix = MediaFixer::plan(QFileInfo(file).absoluteFilePath());
            for (const QString &blocker : std::as_const(fix.blockers))
                CliEnvironment::printError(blocker);
            blocked = blocked || fix.blocked();
        }
        fixes.append(fix);
    }
    if (blocked)
        return InputRejected;
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        FileFix &fix = fixes[i];
        if (!fix.needed())
            continue;
        const QString name = QFileInfo(fix.inputPath).fileName();
        // Said before it starts: an image is done at once and reports no progress.
        CliEnvironment::printError(
            PostCommand::tr("%1: %2…").arg(name, fix.plan.labels.join(QStringLiteral(", "))));
        int shown = -1;
        MediaFixer::run(fix, [&](const QString &, int percent, int) {
            if (shown >= 0 && percent / 10 == shown / 10)
                return; // a line every tenth percent: stderr is often a log
            shown = percent;
            CliEnvironment::printError(PostCommand::tr("%1: %2 %").arg(name).arg(percent));
        });
        if (!fix.fixed()) {
            CliEnvironment::printError(fix.error);
            return InputRejected;
        }
        CliEnvironment::printLine(fix.outputPath);
        files[i] = fix.outputPath;
    }
    return Done;
}

// "post --fix": the post's own rules (caption, title, accounts chosen, AI label, time) before
// any file is encoded, so a post refused for its text is refused in a second, not after
// minutes of encoding. Checked as a post without files, minus the one "add media" problem that
// makes: the files get their full check once fixed.
ValidationIssues checkWithoutFiles(PostCheckInput check, const QDateTime &nowUtc)
{
    check.media.clear();
    ValidationIssues issues = PostRules::check(check, nowUtc);
    const QString mediaSubject = PostRules::tr("media");
    issues.removeIf([&](const ValidationIssue &issue) { return issue.subject == mediaSubject; });
    return issues;
}

} // namespace

CommandUsage PostCommand::usage()
{
    return {
        QStringLiteral(
            "post video|photo|slideshow FILE... --account ID... --caption TEXT "
            "[--title TEXT] [--aigc] [--at WHEN | --queue] [--repeat RULE [--tz ZONE]] [--fix]"),
        tr("Posts a video, one image (photo) or 1-10 images in order (slideshow). Files, "
           "texts and time are checked first: if anything is refused, nothing is sent. "
           "Prints the post's ID; without --at it is posted now. --repeat \"every 1 week x 4\" "
           "then adds the further posts of the series (see \"repeat\"), one ID a line."),
        {QStringLiteral("account"), QStringLiteral("caption"), QStringLiteral("title"),
         QStringLiteral("aigc"), QStringLiteral("at"), QStringLiteral("queue"),
         QStringLiteral("repeat"), QStringLiteral("tz"), QStringLiteral("fix"),
         QStringLiteral("api-url")}};
}

std::optional<PostCommand::Input> PostCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments(); // post TYPE FILE...
    if (positional.size() < 3) {
        CliEnvironment::printError(tr("post: give the type (video, photo or slideshow) and at "
                                      "least one file."));
        return std::nullopt;
    }
    const auto type = postTypeFromKey(positional.at(1));
    if (!type) {
        CliEnvironment::printError(
            tr("post: unknown type \"%1\"; use video, photo or slideshow.").arg(positional.at(1)));
        return std::nullopt;
    }
    const QStringList accounts = parser.values(QStringLiteral("account"));
    if (accounts.isEmpty()) {
        CliEnvironment::printError(tr("post: give at least one --account ID (see \"tokdeck-cli "
                                      "accounts\")."));
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("caption"))) {
        CliEnvironment::printError(tr("post: --caption is required."));
        return std::nullopt;
    }

    Input input;
    input.files = positional.mid(2);
    input.check.type = *type;
    input.check.isAigc = parser.isSet(QStringLiteral("aigc"));
    input.check.title = parser.value(QStringLiteral("title"));
    for (const QString &account : accounts) {
        input.check.targets.append(
            {account, parser.value(QStringLiteral("caption")), input.check.title});
    }
    if (parser.isSet(QStringLiteral("at"))) {
        const auto at = parseUserTimestamp(parser.value(QStringLiteral("at")));
        if (!at) {
            CliEnvironment::printError(tr("--at \"%1\": not a time; use 2025-06-01T14:00:00Z, an "
                                          "offset like +02:00, or local \"2025-06-01 14:00\".")
                                           .arg(parser.value(QStringLiteral("at"))));
            return std::nullopt;
        }
        input.check.scheduledAt = *at;
    }
    return input;
}

ValidationIssues PostCommand::inspectFiles(Input &input)
{
    ValidationIssues issues;
    for (const QString &file : std::as_const(input.files)) {
        const QFileInfo info(file);
        // Says what the path really is (missing, a folder, a FIFO, a device, unreadable)
        // instead of "No such file", and never blocks on a FIFO.
        if (const auto refusal = LocalFileCheck::checkRegularFile(file)) {
            issues.append({ValidationIssue::Severity::Reject, file, *refusal});
            continue;
        }
        QString probeError;
        MediaInfo media = MediaProbe::probe(info.absoluteFilePath(), &probeError);
        if (!probeError.isEmpty() && media.kind() != MediaKind::Unknown && media.fileSize > 0) {
            issues.append({ValidationIssue::Severity::Reject, info.fileName(), probeError});
            continue;
        }
        input.check.media.append(media);
    }
    return issues;
}

bool PostCommand::report(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues) {
        CliEnvironment::printError(issue.isRejection()
                                       ? issue.toDisplayString()
                                       : tr("warning: %1").arg(issue.toDisplayString()));
    }
    return hasRejection(issues);
}

int PostCommand::run(const QCommandLineParser &parser)
{
    auto input = readArguments(parser);
    const Clock *clock = CliEnvironment::clock();
    if (!input || !clock)
        return Usage;
    const bool queue = parser.isSet(QStringLiteral("queue"));
    if (queue && input->check.scheduledAt) {
        CliEnvironment::printError(tr("post: give --at or --queue, not both."));
        return Usage;
    }
    const bool fix = parser.isSet(QStringLiteral("fix"));
    bool badRule = false;
    const std::optional<Recurrence> repeat = RepeatCommand::ruleOption(parser, &badRule);
    if (badRule)
        return InputRejected;
    std::optional<QTimeZone> zone;
    if (repeat) {
        zone = RepeatCommand::zoneOption(parser);
        if (!zone)
            return Usage;
        if (!queue && !input->check.scheduledAt) {
            CliEnvironment::printError(tr("post: --repeat needs --at or --queue: a series "
                                          "repeats a dated post."));
            return Usage;
        }
    }

    // 1. Everything that needs no network: files, type, texts, schedule. With --fix the files
    // are checked once fixed (step 4), and everything else now, before any encode.
    ValidationIssues issues;
    if (fix) {
        issues = checkWithoutFiles(input->check, clock->nowUtc());
    } else {
        issues = inspectFiles(*input);
        issues += PostRules::check(input->check, clock->nowUtc());
    }
    if (report(issues))
        return InputRejected;

    CliSession session;
    if (!session.connect(parser))
        return Usage;
    ApiClient &client = session.client();

    // 2. The accounts must exist and be TikTok ones: a read, nothing is posted yet.
    std::optional<QList<Account>> known;
    ApiError accountsError;
    runToEnd(client.fetchAccounts(), [&](AccountsJob &job) {
        accountsError = job.error();
        if (!accountsError.isError())
            known = job.accounts();
    });
    if (accountsError.isError()) {
        CliEnvironment::printError(accountsError.message());
        return ApiFailed;
    }
    if (report(PostRules::checkAccounts(input->check.targets, *known)))
        return InputRejected;

    if (!session.openStorage())
        return StorageFailed;
    session.storage().saveAccounts(*known); // the import and the app read this cache
    // 3. The queue's slot, and the 24-hour cap, need the other posts: only storage knows them.
    if (const int planned = SlotsCommand::planTime(session, input->check, queue, clock->nowUtc());
        planned != Done)
        return planned;

    // 4. --fix: encode only now that nothing but the files can refuse the post, then check the
    // fixed copies (and, once more, the rest: an encode may have run past "10 minutes ahead").
    if (fix) {
        if (const int fixed = fixFiles(input->files); fixed != Done)
            return fixed;
        const ValidationIssues before = issues; // said once: a caption warning stays one line
        issues = inspectFiles(*input);
        issues += PostRules::check(input->check, clock->nowUtc());
        issues.removeIf([&](const ValidationIssue &issue) {
            return !issue.isRejection()
                   && std::any_of(before.begin(), before.end(), [&](const auto &b) {
                          return b.toDisplayString() == issue.toDisplayString();
                      });
        });
        if (report(issues))
            return InputRejected;
    }
    const int sent = upload(session, *input);
    if (!repeat)
        return sent;
    if (sent != Done) {
        CliEnvironment::printError(tr("The further posts were not made; once post %1 is sent, "
                                      "run: tokdeck-cli repeat %1 \"%2\"")
                                       .arg(savedPostId())
                                       .arg(repeat->toText()));
        return sent;
    }
    return RepeatCommand::expand(session, savedPostId(), *repeat, *zone, PostState::Ready,
                                 clock->nowUtc());
}

int PostCommand::upload(CliSession &session, const Input &input)
{
    // The post is stored first and goes through the outbox, like the app's: a crash or a cut
    // network loses nothing, and a create call that may have arrived is never repeated.
    Post post;
    post.type = input.check.type;
    post.state = PostState::Ready;
    post.apiHost = session.client().baseUrl().authority(); // for this server only
    post.title = input.check.title;
    post.isAigc = input.check.isAigc;
    post.plannedAt = input.check.scheduledAt;
    post.caption = input.check.targets.value(0).caption;
    for (const AccountTarget &target : input.check.targets)
        post.accounts.append({target.accountId, {}, {}});
    for (const MediaInfo &info : input.check.media)
        post.media.append(PostMedia::fromInfo(info));
    auto saved = session.storage().saveContent(post);
    saved.waitForFinished();
    SlotsCommand::planSaved(); // its time is now taken: another process may plan
    if (!saved.result().ok()) {
        CliEnvironment::printError(CliSession::storageFailure(saved.result().error));
        return StorageFailed;
    }
    const qint64 id = saved.result().value.id;
    savedPostId() = id;

    Outbox outbox(&session.client(), &session.storage(), *CliEnvironment::clock());
    const bool showProgress = CliEnvironment::stderrIsTerminal();
    QTextStream err(stderr);
    int lastPercent = -1;
    QObject::connect(&outbox, &Outbox::progress, &outbox, [&](qint64, qint64 sent, qint64 total) {
        const int percent = total > 0 ? int(sent * 100 / total) : 100;
        if (!showProgress || percent == lastPercent)
            return;
        lastPercent = percent;
        err << QStringLiteral("\rUploading: %1 % (%2 of %3 MB)")
                   .arg(percent, 3)
                   .arg(QLocale().toString(double(sent) / 1048576.0, 'f', 1),
                        QLocale().toString(double(total) / 1048576.0, 'f', 1))
            << Qt::flush;
    });
    std::optional<PostState> ended;
    QString message;
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::stateChanged, &loop,
                     [&](qint64 postId, PostState state, const QString &text) {
                         if (postId != id || state == PostState::Uploading
                             || state == PostState::Submitting || state == PostState::Ready)
                             return;
                         ended = state;
                         message = text;
                     });
    QObject::connect(&outbox, &Outbox::idle, &loop, &QEventLoop::quit);
    outbox.runOne(id);
    loop.exec();
    if (showProgress && lastPercent >= 0)
        err << Qt::endl;

    if (!ended) {
        // Not sent by this process: not due yet, or another runner (the app, an
        // "outbox run") claimed it first and is sending it.
        auto stored = session.storage().load(id);
        stored.waitForFinished();
        const auto now = stored.result().value;
        if (now && now->state != PostState::Ready) {
            CliEnvironment::printLine(tr("local-%1").arg(id));
            CliEnvironment::printError(
                tr("Another Tokdeck runner (the app or \"tokdeck-cli outbox run\") took this "
                   "post and is sending it; it is now \"%1\". See \"tokdeck-cli schedule\".")
                    .arg(postDisplayStateName(toDisplayState(now->state))));
            return Done;
        }
        CliEnvironment::printLine(tr("local-%1").arg(id));
        if (now && !now->lastError.isEmpty()) { // re-queued after a rate limit: says when
            CliEnvironment::printError(
                tr("%1 Keep Tokdeck or \"tokdeck-cli outbox run\" running then.")
                    .arg(now->lastError));
            return Done;
        }
        CliEnvironment::printError(
            tr("Held locally: more than 30 days ahead, so Tokdeck hands it to Crosspostify "
               "once it is within 30 days. Keep Tokdeck or \"tokdeck-cli outbox run\" "
               "running then."));
        return Done;
    }
    switch (*ended) {
    case PostState::Scheduled:
    case PostState::Published: {
        auto stored = session.storage().load(id);
        stored.waitForFinished();
        const auto value = stored.result().value;
        CliEnvironment::printLine(value && !value->serverPostId.isEmpty()
                                      ? value->serverPostId
                                      : tr("accepted (Crosspostify gave no ID)"));
        return Done;
    }
    case PostState::NeedsAttention:
        CliEnvironment::printError(message);
        return MaybePublished;
    default:
        CliEnvironment::printError(message.isEmpty() ? tr("The post was not sent.") : message);
        return ApiFailed;
    }
}

} // namespace tokdeck::cli
