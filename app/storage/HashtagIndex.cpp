// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/HashtagIndex.h"

#include "rules/TextRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace tokdeck {

HashtagIndex::HashtagIndex(StoreContext &context)
    : StoreBase(context)
{}

QStringList HashtagIndex::knownHashtags(int limit)
{
    constexpr int recentPosts = 2000;
    const QString operation = tr("Could not collect earlier hashtags");
    if (!ensureOpen(operation) || limit <= 0)
        return {};
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!execOrFail(query,
                    // The most recently edited posts only: suggestions follow what the user
                    // writes now, and start-up must not read the whole history (a scan of
                    // 100,000 captions cost about half a second of CPU).
                    QStringLiteral("SELECT p.id, p.caption, a.caption_override FROM (SELECT id, "
                                   "caption FROM posts ORDER BY updated_at DESC, id DESC "
                                   "LIMIT %1) p LEFT JOIN post_accounts a ON a.post_id = p.id "
                                   "AND a.caption_override LIKE '%#%' ORDER BY p.id")
                        .arg(recentPosts),
                    {}, operation))
        return {};
    struct Tally
    {
        QString spelling;
        int count = 0;
    };
    QHash<QString, Tally> tally;
    const auto count = [&tally](const QString &text) {
        for (auto it = TextRules::hashtagPattern().globalMatch(text); it.hasNext();) {
            const QString tag = it.next().captured(0);
            Tally &entry = tally[tag.toCaseFolded()];
            if (entry.spelling.isEmpty())
                entry.spelling = tag;
            ++entry.count;
        }
    };
    // A post comes as one row per own caption with a hashtag (or one row without): its shared
    // caption counts once, each own caption once.
    qint64 lastPost = -1;
    while (query.next()) {
        if (const qint64 post = query.value(0).toLongLong(); post != lastPost) {
            lastPost = post;
            count(query.value(1).toString());
        }
        count(query.value(2).toString());
    }
    QList<Tally> sorted = tally.values();
    std::sort(sorted.begin(), sorted.end(), [](const Tally &a, const Tally &b) {
        return a.count != b.count ? a.count > b.count
                                  : a.spelling.compare(b.spelling, Qt::CaseInsensitive) < 0;
    });
    QStringList tags;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, sorted.size()); ++i)
        tags.append(sorted.at(i).spelling);
    return tags;
}

} // namespace tokdeck
