// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/HashtagIndex.h"

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
    const QString operation = tr("Could not collect earlier hashtags");
    if (!ensureOpen(operation) || limit <= 0)
        return {};
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!execOrFail(query,
                    QStringLiteral("SELECT caption FROM posts WHERE caption LIKE '%#%' "
                                   "UNION ALL SELECT caption_override FROM post_accounts "
                                   "WHERE caption_override LIKE '%#%'"),
                    {}, operation))
        return {};
    static const QRegularExpression hashtag(QStringLiteral("#(\\w+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    struct Tally
    {
        QString spelling;
        int count = 0;
    };
    QHash<QString, Tally> tally;
    while (query.next()) {
        const QString caption = query.value(0).toString();
        for (auto it = hashtag.globalMatch(caption); it.hasNext();) {
            const QString tag = it.next().captured(0);
            Tally &entry = tally[tag.toCaseFolded()];
            if (entry.spelling.isEmpty())
                entry.spelling = tag;
            ++entry.count;
        }
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
