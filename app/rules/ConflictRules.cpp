#include "rules/ConflictRules.h"

#include <QMap>

namespace tokdeck {

QHash<qint64, QStringList> ConflictRules::find(const QList<Post> &posts)
{
    QHash<qint64, QStringList> warnings;
    // (account, time) for every timed post, sorted by time per account.
    QHash<QString, QMap<QDateTime, qint64>> byAccount;
    QHash<QString, QHash<QDate, QList<qint64>>> perDay;
    for (const Post &post : posts) {
        if (!post.plannedAt)
            continue;
        const QDateTime at = post.plannedAt->toUTC();
        for (const PostAccount &account : post.accounts) {
            byAccount[account.accountId].insert(at, post.id);
            perDay[account.accountId][at.toLocalTime().date()].append(post.id);
        }
    }
    for (auto account = byAccount.cbegin(); account != byAccount.cend(); ++account) {
        QDateTime previousAt;
        qint64 previousId = 0;
        for (auto it = account->cbegin(); it != account->cend(); ++it) {
            if (previousAt.isValid() && previousAt.secsTo(it.key()) < minMinutesBetweenPosts * 60) {
                const QString text = tr("%1 posts twice within %2 minutes; TikTok may throttle or hide one.")
                                         .arg(account.key())
                                         .arg(minMinutesBetweenPosts);
                warnings[it.value()].append(text);
                warnings[previousId].append(text);
            }
            previousAt = it.key();
            previousId = it.value();
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
