// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace tokdeck {

// The API's one datetime shape: UTC, ISO 8601, seconds, trailing Z ("2025-06-01T14:00:00Z").
QString toApiTimestamp(const QDateTime &when);

// Reads "2025-06-01T14:00:00Z", "2025-06-01T16:00:00+02:00" or a local "2025-06-01 14:00"
// (the forms `--at` and the CSV import accept). Returns nullopt when it is none of them.
std::optional<QDateTime> parseUserTimestamp(const QString &text);

} // namespace tokdeck
