// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <optional>

namespace tokdeck {

// The one place that turns what the network stack reports into an ApiError.
class ApiErrorMapper
{
public:
    // status: the HTTP status (0 when no response arrived). body: what arrived, maybe nothing.
    static ApiError fromReply(QNetworkReply::NetworkError networkError, const QString &errorString,
                              int status, const QByteArray &body, const QByteArray &retryAfter);

    // The "error" or "message" string of a JSON error body, if there is one.
    static QString serverMessage(const QByteArray &body);

    // The longest Retry-After taken as given; a longer one is read as this (and is then longer
    // than any retry waits out, so the call ends with the time the user may try again).
    static constexpr int maxRetryAfterSeconds = 3600;

    // Retry-After (RFC 9110 §10.2.3) as delay-seconds or an HTTP-date, in seconds from `now`,
    // clamped to 0 ... maxRetryAfterSeconds; -1 when absent or unreadable (then it is ignored).
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // An HTTP-date in any of its three forms (IMF-fixdate, RFC 850, asctime), in UTC.
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value, const QDateTime &now);
};

} // namespace tokdeck
