// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/SlotsCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "planning/DailyCap.h"
#include "planning/PlanningData.h"
#include "planning/QueueAssigner.h"
#include "planning/QueuePlanner.h"
#include "storage/StorageWorker.h"
#include "support/TerminalText.h"
#include "support/UtcTime.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QThread>
#include <algorithm>
#include <memory>

namespace tokdeck::cli {

namespace {

constexpr int shownSlots = 5;

// Script-stable spelling (C locale): "Fri 2027-03-26 09:00".
QString wallText(const QDateTime &when)
{
    return QLocale::c().toString(when, QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

// Held from planning a time to saving the post. A lock file, not one SQLite transaction:
// PostStore::saveContent opens its own BEGIN IMMEDIATE and SQLite does not nest them, so the
// read of the taken slots and the save cannot share one. One process runs one command, so
// one lock per process is enough.
std::unique_ptr<QLockFile> &queueLock()
{
    static std::unique_ptr<QLockFile> lock;
    return lock;
}

// Waits for another process's plan-and-save (milliseconds, at most a few seconds). False
// (after printing why) when the lock could not be taken.
bool lockQueue()
{
    auto &lock = queueLock();
    if (lock)
        return true;
    lock = std::make_unique<QLockFile>(CliSession::dataFolder() + QStringLiteral("/queue.lock"));
    lock->setStaleLockTime(30'000); // a crashed process's lock is taken over, not waited on
    if (lock->tryLock(15'000))
        return true;
    CliEnvironment::printError(
        SlotsCommand::tr("Another tokdeck-cli is planning a post in %1 and did not finish within "
                         "15 seconds. Try again; if it keeps happening, remove %2.")
            .arg(CliSession::dataFolder(), lock->fileName()));
    lock.reset();
    return false;
}

} // namespace

void SlotsCommand::planSaved()
{
    queueLock().reset(); // unlocks
}

CommandUsage SlotsCommand::usage()
{
    return {QStringLiteral("slots set ACCOUNT \"SPEC\" [--tz ZONE] | slots clear ACCOUNT | "
                           "slots show [--json]"),
            tr("Posting slots per account: weekly wall-clock times in the account's time zone, "
               "e.g. \"Mon-Fri 09:00,18:00; Sat 11:00\". post --queue and CSV rows with at = "
               "queue take the next slot that is free on every chosen account."),
            {QStringLiteral("tz"), QStringLiteral("json")}};
}

int SlotsCommand::run(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(1);
    if (action == QLatin1StringView("set"))
        return set(parser, false);
    if (action == QLatin1StringView("clear"))
        return set(parser, true);
    if (action == QLatin1StringView("show"))
        return show(parser);
    CliEnvironment::printError(tr("slots: use \"slots set ACCOUNT \\\"Mon-Fri 09:00,18:00\\\" "
                                  "[--tz ZONE]\", \"slots clear ACCOUNT\" or \"slots show "
                                  "[--json]\"."));
    return Usage;
}

int SlotsCommand::set(const QCommandLineParser &parser, bool clear)
{
    const QStringList positional = parser.positionalArguments();
    QString account = positional.value(2);
    if (account.isEmpty() || positional.size() != (clear ? 3 : 4)) {
        CliEnvironment::printError(
            clear ? tr("slots clear: give the account ID, e.g. slots clear acc_tiktok_1.")
                  : tr("slots set: give the account and the times in quotes, e.g. slots set "
                       "acc_tiktok_1 \"Mon-Fri 09:00,18:00; Sat 11:00\" --tz Europe/Berlin."));
        return Usage;
    }
    std::optional<PostingSlots> slots;
    if (!clear) {
        // The default zone is the system's, stored by name so the times stay put if the
        // machine's zone changes later.
        const QByteArray zone = parser.isSet(QStringLiteral("tz"))
                                    ? parser.value(QStringLiteral("tz")).toUtf8()
                                    : QTimeZone::systemTimeZoneId();
        auto parsed = PostingSlots::parse(positional.at(3), zone);
        if (!parsed.slots) {
            CliEnvironment::printError(tr("slots set: %1").arg(parsed.error));
            return InputRejected;
        }
        slots = parsed.slots;
    }
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    // Accounts are known from the cache the app and "accounts" refresh: a name works as well
    // as an ID; without a cache the ID is taken as given.
    auto cached = session.storage().cachedAccounts();
    cached.waitForFinished();
    const QList<Account> known = cached.result().value;
    if (!known.isEmpty()) {
        const auto match = std::find_if(known.cbegin(), known.cend(), [&](const Account &a) {
            return a.id == account || a.displayName().compare(account, Qt::CaseInsensitive) == 0;
        });
        if (match == known.cend()) {
            CliEnvironment::printError(tr("slots: \"%1\" is not one of the accounts Crosspostify "
                                          "listed; see \"tokdeck-cli accounts\" for their IDs.")
                                           .arg(escapeForTerminal(account)));
            return InputRejected;
        }
        account = match->id;
    }
    auto saved = session.storage().setPostingSlots(
        {account, slots ? slots->toSpec() : QString(), slots ? slots->zoneId() : QString()});
    saved.waitForFinished();
    if (!saved.result().ok()) {
        CliEnvironment::printError(CliSession::storageFailure(saved.result().error));
        return StorageFailed;
    }
    if (slots) {
        CliEnvironment::printLine(account + QLatin1Char('\t') + slots->toSpec() + QLatin1Char('\t')
                                  + slots->zoneId());
    } else {
        CliEnvironment::printLine(tr("%1: no posting slots any more.").arg(account));
    }
    return Done;
}

int SlotsCommand::show(const QCommandLineParser &parser)
{
    const Clock *now = CliEnvironment::clock();
    if (!now)
        return Usage;
    CliSession session;
    if (!session.openStorage())
        return StorageFailed;
    auto stored = session.storage().postingSlots();
    auto cached = session.storage().cachedAccounts();
    stored.waitForFinished();
    cached.waitForFinished();
    if (!stored.result().ok()) {
        CliEnvironment::printError(CliSession::storageFailure(stored.result().error));
        return StorageFailed;
    }
    const QHash<QString, QString> names = displayNames(cached.result().value);

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray all;
    for (const AccountSlotSpec &spec : stored.result().value) {
        const QString name = names.value(spec.accountId, spec.accountId);
        const auto parsed = PostingSlots::parse(spec.spec, spec.zoneId.toUtf8());
        const QList<QDateTime> next =
            parsed.slots ? parsed.slots->nextSlots(now->nowUtc(), shownSlots) : QList<QDateTime>();
        if (json) {
            QJsonArray instants;
            for (const QDateTime &at : next) {
                instants.append(QJsonObject{
                    {QStringLiteral("utc"), toApiTimestamp(at)},
                    {QStringLiteral("zoned"),
                     at.toTimeZone(parsed.slots->zone()).toString(Qt::ISODate)},
                    {QStringLiteral("local"), at.toLocalTime().toString(Qt::ISODate)},
                });
            }
            all.append(QJsonObject{{QStringLiteral("account"), spec.accountId},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("spec"), spec.spec},
                                   {QStringLiteral("zone"), spec.zoneId},
                                   {QStringLiteral("error"), parsed.error},
                                   {QStringLiteral("next"), instants}});
            continue;
        }
        CliEnvironment::printLine(spec.accountId + QLatin1Char('\t') + escapeForTerminal(name)
                                  + QLatin1Char('\t') + spec.spec + QLatin1Char('\t')
                                  + spec.zoneId);
        if (!parsed.slots)
            CliEnvironment::printError(tr("%1: %2").arg(spec.accountId, parsed.error));
        for (const QDateTime &at : next) {
            CliEnvironment::printLine(tr("  %1 %2\t(%3 local)")
                                          .arg(wallText(at.toTimeZone(parsed.slots->zone())),
                                               spec.zoneId, wallText(at.toLocalTime())));
        }
    }
    if (json)
        JsonOutput::print(all);
    else if (stored.result().value.isEmpty())
        CliEnvironment::printError(
            tr("No posting slots are set. Set them with %1")
                .arg(QueuePlanner::howToSetSlots(QStringLiteral("ACCOUNT"))));
    return Done;
}

int SlotsCommand::planTime(CliSession &session, PostCheckInput &post, bool queue,
                           const QDateTime &nowUtc)
{
    if (!queue && !post.scheduledAt)
        return Done; // "post now": the cap is TikTok's to count for immediate posts
    if (!lockQueue())
        return StorageFailed;
    QStringList accounts;
    for (const AccountTarget &target : std::as_const(post.targets))
        accounts.append(target.accountId);
    auto loaded = session.storage().run([accounts, nowUtc](Stores &stores) {
        StorageResult<std::optional<QList<AccountPlan>>> result;
        result.value = loadAccountPlans(stores, accounts, nowUtc);
        result.error = stores.lastError();
        return result;
    });
    loaded.waitForFinished();
    if (!loaded.result().ok() || !loaded.result().value) {
        CliEnvironment::printError(CliSession::storageFailure(loaded.result().error));
        return StorageFailed;
    }
    const QList<AccountPlan> plans = *loaded.result().value;
    if (queue) {
        const QueuePlanner::Choice choice = QueuePlanner::next(plans, nowUtc);
        if (!choice.ok()) {
            CliEnvironment::printError(tr("post --queue: %1").arg(choice.reason));
            return InputRejected;
        }
        post.scheduledAt = *choice.slotUtc;
        // A test seam (like TOKDECK_NOW): holds the planned slot before it is saved, so a
        // test can make two processes overlap here for sure; the queue lock must then keep
        // the second one waiting.
        if (const int holdMs = qEnvironmentVariableIntValue("TOKDECK_TEST_PLAN_HOLD_MS");
            holdMs > 0)
            QThread::msleep(ulong(std::min(holdMs, 10'000)));
        const QTimeZone zone = plans.first().slots->zone();
        CliEnvironment::printError(
            tr("Queued for %1 %2 (%3), the next free slot of %4.")
                .arg(wallText(choice.slotUtc->toTimeZone(zone)), QString::fromLatin1(zone.id()),
                     toApiTimestamp(*choice.slotUtc), escapeForTerminal(plans.first().name)));
        return Done; // the queue only picks slots within the cap
    }
    const ValidationIssues capped = DailyCap::issuesFor(plans, *post.scheduledAt);
    for (const ValidationIssue &issue : capped)
        CliEnvironment::printError(escapeForTerminal(issue.message));
    return capped.isEmpty() ? Done : InputRejected;
}

std::function<std::optional<QDateTime>(const Post &, QString *)>
SlotsCommand::queueForImport(CliSession &session, const QDateTime &nowUtc)
{
    StorageWorker *storage = &session.storage();
    // Shared: the importer copies the function, and every copy must see the slots taken.
    auto queue = std::make_shared<QueueAssigner>(
        [storage, nowUtc](const QStringList &ids) {
            return storage
                ->run(
                    [ids, nowUtc](Stores &stores) { return loadAccountPlans(stores, ids, nowUtc); })
                .result();
        },
        nowUtc);
    return [queue](const Post &post, QString *reason) -> std::optional<QDateTime> {
        QStringList ids;
        for (const PostAccount &account : post.accounts)
            ids.append(account.accountId);
        const QueuePlanner::Choice choice = queue->take(ids);
        if (!choice.ok() && reason)
            *reason = choice.reason;
        return choice.slotUtc;
    };
}

} // namespace tokdeck::cli
