// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// How the stores spell values in SQL, in one place: times are UTC milliseconds (INTEGER), text
// columns are NOT NULL DEFAULT ''. Header-only helpers, used on the storage thread.
namespace tokdeck::sql {

// Text columns are NOT NULL DEFAULT '': a null QString would bind as SQL NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant millisOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromMillis(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// "?, ?, ?" for an IN list: the count is ours, the values are bound.
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

inline bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

// media.kind: "video", "image" or "unknown".
inline QString mediaKindKey(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

inline MediaKind mediaKindFromKey(const QString &key)
{
    if (key == QLatin1StringView("video"))
        return MediaKind::Video;
    if (key == QLatin1StringView("image"))
        return MediaKind::Image;
    return MediaKind::Unknown;
}

} // namespace tokdeck::sql
