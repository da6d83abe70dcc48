// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/QueuePlanner.h"

#include "planning/DailyCap.h"
#include "rules/ScheduleRules.h"

#include <QSet>

namespace tokdeck {

namespace {

// Posts are planned to the minute: two posts in the same minute are "at the same instant".
qint64 minuteOf(const QDateTime &when)
{
    return when.toMSecsSinceEpoch() / 60000;
}

// Enough candidates for a year of a busy spec; the slots' own 400-day bound ends it sooner.
constexpr int maxCandidates = 5000;

} // namespace

QString QueuePlanner::howToSetSlots(const QString &accountId)
{
    return tr("tokdeck-cli slots set %1 \"Mon-Fri 09:00,18:00; Sat 11:00\" --tz Europe/Berlin")
        .arg(accountId);
}

QueuePlanner::Choice QueuePlanner::next(const QList<AccountPlan> &accounts, const QDateTime &nowUtc)
{
    if (accounts.isEmpty())
        return {std::nullopt, tr("Choose at least one account before adding the post to the "
                                 "queue.")};
    const AccountPlan &first = accounts.first();
    if (!first.slots) {
        return {std::nullopt,
                tr("%1 has no posting slots, so it has no queue. Set them first, for example: "
                   "%2")
                    .arg(first.name, howToSetSlots(first.accountId))};
    }
    QList<QSet<qint64>> takenMinutes;
    for (const AccountPlan &account : accounts) {
        QSet<qint64> minutes;
        for (const QDateTime &when : account.taken)
            minutes.insert(minuteOf(when));
        takenMinutes.append(minutes);
    }
    // The one definition of "far enough ahead": the schedule rules' earliest allowed time.
    const QDateTime earliest = ScheduleRules::earliestAllowed(nowUtc);
    for (const QDateTime &slot : first.slots->nextSlots(earliest, maxCandidates)) {
        bool fits = true;
        for (qsizetype i = 0; fits && i < accounts.size(); ++i) {
            const AccountPlan &account = accounts.at(i);
            fits = !takenMinutes.at(i).contains(minuteOf(slot))
                   && !DailyCap::check(account.name, account.taken, slot, first.slots->zone());
        }
        if (fits)
            return {slot, {}};
    }
    return {std::nullopt,
            tr("Every posting slot of %1 in the coming year is taken or over TikTok's cap of "
               "posts per 24 hours. Add more times with %2")
                .arg(first.name, howToSetSlots(first.accountId))};
}

} // namespace tokdeck
