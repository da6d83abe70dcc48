// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/UtcTime.h"

namespace tokdeck {

QString toApiTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

std::optional<QDateTime> parseUserTimestamp(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    // ISO 8601 with an explicit zone: Z or ±hh:mm. Without a zone it would be read as local,
    // which the plain local form below already covers more strictly.
    const bool hasZone = trimmed.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive)
                         || (trimmed.size() > 19
                             && (trimmed.at(trimmed.size() - 6) == QLatin1Char('+')
                                 || trimmed.at(trimmed.size() - 6) == QLatin1Char('-')));
    if (hasZone && trimmed.contains(QLatin1Char('T'))) {
        const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODate);
        if (parsed.isValid())
            return parsed.toUTC();
        return std::nullopt;
    }

    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
          QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
        QDateTime local = QDateTime::fromString(trimmed, format);
        if (local.isValid()) {
            local.setTimeSpec(Qt::LocalTime);
            return local.toUTC();
        }
    }
    return std::nullopt;
}

} // namespace tokdeck
