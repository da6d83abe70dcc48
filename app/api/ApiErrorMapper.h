// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QNetworkReply>

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

    // Retry-After as delay-seconds or an HTTP-date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace tokdeck
