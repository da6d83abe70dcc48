// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "storage/StoreBase.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace tokdeck {

// Where a post stands in its series: "3 of 8 in a series" (by planned time, then id).
struct SeriesPosition
{
    qint64 seriesId = 0;
    int index = 0; // 1-based
    int count = 0;

    friend bool operator==(const SeriesPosition &, const SeriesPosition &) = default;
};

// Recurring posts (tables post_series and posts.series_id): a series is a set of ordinary
// posts, one per occurrence, each editable, movable and deletable on its own. Deleting the
// original leaves its copies (and their series) alone. The rule's times come from
// app/planning (Recurrence), which also checks them against the cap before expanding.
class SeriesStore final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(SeriesStore)
    Q_DISABLE_COPY_MOVE(SeriesStore)

public:
    explicit SeriesStore(StoreContext &context);

    struct Expansion
    {
        qint64 seriesId = 0;
        QList<qint64> ids; // the new posts, in the order of the times given
    };
    // In ONE transaction: puts post `postId` in a series (its own, when it has one already,
    // else a new one remembering `rule`) and adds one copy of it per time in `timesUtc`, in
    // `state` (Draft or Ready), planned at that time: type, texts, accounts, media (the rows
    // are shared, so uploads are reused) and hand-over come along, nothing of the original's
    // life does (server id, errors, results, TikTok URL). A Ready copy keeps the original's
    // API host, a draft has none. All or nothing: on failure no copy exists (empty ids).
    Expansion expandRecurrence(qint64 postId, const QList<QDateTime> &timesUtc, PostState state,
                               const QString &rule);
    // The series position of each of `postIds` that is in one (the others are left out).
    QHash<qint64, SeriesPosition> positions(const QList<qint64> &postIds);
    // The posts of a series, by planned time then id.
    QList<qint64> members(qint64 seriesId);
};

} // namespace tokdeck
