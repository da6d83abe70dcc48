// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/ConflictRules.h"

#include <algorithm>

namespace tokdeck {

QHash<qint64, QStringList> ConflictRules::find(const QList<Post> &posts)
{
    QHash<qint64, QStringList> warnings;
    // (time, post) for every timed post per account. A list, not a map keyed by time: two
    // posts at the very same minute are the clearest conflict of all and must both be kept.
    QHash<QString, QList<std::pair<qint64, qint64>>> byAccount;
    QHash<QString, QHash<QDate, QList<qint64>>> perDay;
    for (const Post &post : posts) {
        if (!post.plannedAt)
            continue;
        const qint64 atMs = post.plannedAt->toMSecsSinceEpoch();
        const QDate localDay = post.plannedAt->toLocalTime().date();
        for (const PostAccount &account : post.accounts) {
            byAccount[account.accountId].append({atMs, post.id});
            perDay[account.accountId][localDay].append(post.id);
        }
    }
    for (auto account = byAccount.begin(); account != byAccount.end(); ++account) {
        std::sort(account->begin(), account->end());
        for (qsizetype i = 1; i < account->size(); ++i) {
            const auto &[previousAt, previousId] = account->at(i - 1);
            const auto &[at, id] = account->at(i);
            if (at - previousAt < qint64(minMinutesBetweenPosts) * 60 * 1000) {
                const QString text =
                    tr("%1 posts twice within %2 minutes; TikTok may throttle or hide one.")
                        .arg(account.key())
                        .arg(minMinutesBetweenPosts);
                warnings[id].append(text);
                warnings[previousId].append(text);
            }
        }
    }
    for (auto account = perDay.cbegin(); account != perDay.cend(); ++account) {
        for (auto day = account->cbegin(); day != account->cend(); ++day) {
            if (day->size() <= maxPostsPerDay)
                continue;
            const QString text = tr("%1 has %2 posts on one day; TikTok caps around %3.")
                                     .arg(account.key())
                                     .arg(day->size())
                                     .arg(maxPostsPerDay);
            for (qint64 id : *day)
                warnings[id].append(text);
        }
    }
    for (QStringList &list : warnings)
        list.removeDuplicates();
    return warnings;
}

} // namespace tokdeck
