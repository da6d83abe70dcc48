#include "cli/PostCommand.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "cli/JobWaiter.h"
#include "cli/KeySource.h"
#include "media/MediaProbe.h"
#include "publish/PostSubmission.h"
#include "rules/ScheduleRules.h"
#include "support/Clock.h"
#include "support/UtcTime.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace tokdeck::cli {

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
        CliEnvironment::printError(tr("post: unknown type \"%1\"; use video, photo or slideshow.")
                                       .arg(positional.at(1)));
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
        if (!info.exists() || !info.isFile()) {
            issues.append({ValidationIssue::Severity::Reject, file,
                           tr("No such file. Check the path.")});
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
    if (!input)
        return Usage;

    // 1. Everything that needs no network: files, type, texts, schedule.
    ValidationIssues issues = inspectFiles(*input);
    issues += PostRules::check(input->check, Clock::system().nowUtc());
    if (report(issues))
        return InputRejected;

    ApiClient client;
    if (!CliEnvironment::configure(client, parser))
        return Usage;
    const auto key = KeySource::resolve(client.baseUrl());
    if (!key)
        return Usage;
    client.setApiKey(*key);

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

    return upload(client, *input);
}

int PostCommand::upload(ApiClient &client, const Input &input)
{
    QList<SubmissionMedia> media;
    for (const MediaInfo &item : input.check.media)
        media.append({item.path, item.format, {}});
    CreatePostRequest request;
    request.type = input.check.type;
    request.targets = input.check.targets;
    request.isAigc = input.check.isAigc;
    request.scheduledAt = input.check.scheduledAt;

    PostSubmission submission(&client, media, request);
    const bool showProgress = CliEnvironment::stderrIsTerminal();
    QTextStream err(stderr);
    int lastPercent = -1;
    QObject::connect(&submission, &PostSubmission::uploadProgress, &submission,
                     [&](qint64 sent, qint64 total) {
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

    int exitCode = Done;
    QEventLoop loop;
    QObject::connect(&submission, &PostSubmission::uploadsDone, &loop, [&] {
        if (showProgress)
            err << Qt::endl;
        // Uploads take time: the schedule must still be inside the window when we send it.
        if (request.scheduledAt) {
            const ValidationIssues late = ScheduleRules::check(*request.scheduledAt, Clock::system().nowUtc());
            if (report(rejectionsOf(late))) {
                exitCode = InputRejected;
                loop.quit();
                return;
            }
        }
        submission.submit();
    });
    QObject::connect(&submission, &PostSubmission::finished, &loop, [&] {
        const ApiError &error = submission.error();
        if (!error.isError()) {
            CliEnvironment::printLine(submission.postId());
        } else {
            CliEnvironment::printError(error.message());
            exitCode = error.kind() == ApiError::Kind::MaybePublished ? MaybePublished : ApiFailed;
        }
        loop.quit();
    });
    submission.startUploads();
    loop.exec();
    return exitCode;
}

} // namespace tokdeck::cli
