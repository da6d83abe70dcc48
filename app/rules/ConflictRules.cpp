// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/ConflictRules.h"

#include "rules/ContractLimits.h"

#include <QLocale>
#include <algorithm>

namespace tokdeck {

namespace {
constexpr qint64 capWindowMs = 24LL * 3600 * 1000; // TikTok's rolling 24 hours
} // namespace

QHash<qint64, QStringList> ConflictRules::find(const QList<Post> &posts)
{
    QHash<qint64, QStringList> warnings;
    // (time, post) for every timed post per account. A list, not a map keyed by time: two
    // posts at the very same minute are the clearest conflict of all and must both be kept.
    QHash<QString, QList<std::pair<qint64, qint64>>> byAccount;
    for (const Post &post : posts) {
        if (!post.plannedAt)
            continue;
        const qint64 atMs = post.plannedAt->toMSecsSinceEpoch();
        for (const PostAccount &account : post.accounts)
            byAccount[account.accountId].append({atMs, post.id});
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
    for (QStringList &list : warnings)
        list.removeDuplicates();
    return warnings;
}

bool ConflictRules::countsTowardsCap(PostState state)
{
    switch (state) {
    case PostState::Ready:
    case PostState::Uploading:
    case PostState::Submitting:
    case PostState::Scheduled:
    case PostState::Published:
    case PostState::Live:
        return true;
    case PostState::Draft:
    case PostState::InReview:
    case PostState::Failed:
    case PostState::NeedsAttention:
    case PostState::FailedOnTikTok:
        return false;
    }
    return false;
}

QHash<qint64, QList<ConflictRules::CapWindow>> ConflictRules::overCap(const QList<Post> &posts)
{
    QHash<QString, QList<std::pair<qint64, qint64>>> byAccount; // (time, post id)
    for (const Post &post : posts) {
        if (!post.plannedAt || !countsTowardsCap(post.state))
            continue;
        for (const PostAccount &account : post.accounts)
            byAccount[account.accountId].append({post.plannedAt->toMSecsSinceEpoch(), post.id});
    }
    QHash<qint64, QList<CapWindow>> found;
    for (auto account = byAccount.begin(); account != byAccount.end(); ++account) {
        std::sort(account->begin(), account->end());
        const auto &times = *account;
        // Each window that starts at a post: [its time, + 24 h). One over the cap marks every
        // post inside it; the next window that is over too only adds the posts it reaches.
        qsizetype markedUpTo = 0;
        qsizetype end = 0;
        for (qsizetype start = 0; start < times.size(); ++start) {
            end = std::max(end, start);
            while (end < times.size() && times.at(end).first < times.at(start).first + capWindowMs)
                ++end;
            if (end - start <= limits::maxPostsPerAccountPer24Hours || end <= markedUpTo)
                continue;
            const CapWindow window{account.key(), times.at(start).first, end - start};
            for (qsizetype i = std::max(start, markedUpTo); i < end; ++i)
                found[times.at(i).second].append(window);
            markedUpTo = end;
        }
    }
    return found;
}

QString ConflictRules::capText(const CapWindow &window, const QHash<QString, QString> &names)
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(window.startMs);
    return tr("%1 has %2 posts from %3 to %4; TikTok allows %5 in any 24 hours. Move some out "
              "of that window or unschedule them.")
        .arg(names.value(window.accountId, window.accountId))
        .arg(window.count)
        .arg(locale.toString(from, QStringLiteral("ddd d MMM HH:mm")),
             locale.toString(from.addMSecs(capWindowMs), QStringLiteral("ddd d MMM HH:mm")))
        .arg(limits::maxPostsPerAccountPer24Hours);
}

QString ConflictRules::capText(const QList<CapWindow> &windows,
                               const QHash<QString, QString> &names)
{
    QStringList lines;
    for (const CapWindow &window : windows)
        lines.append(capText(window, names));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tokdeck
