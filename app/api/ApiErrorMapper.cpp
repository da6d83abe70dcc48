// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiErrorMapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tokdeck {

QString ApiErrorMapper::serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {}; // HTML error pages and plain text are not shown verbatim
    const QJsonObject object = document.object();
    for (const auto key : {QLatin1StringView("error"), QLatin1StringView("message")}) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString().left(300);
        if (value.isObject()) {
            const QString nested = value.toObject().value(QLatin1StringView("message")).toString();
            if (!nested.isEmpty())
                return nested.left(300);
        }
    }
    return {};
}

int ApiErrorMapper::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds);
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed).left(25),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, now.secsTo(utc)));
}

ApiError ApiErrorMapper::fromReply(QNetworkReply::NetworkError networkError,
                                   const QString &errorString, int status, const QByteArray &body,
                                   const QByteArray &retryAfter)
{
    using Kind = ApiError::Kind;
    if (status > 0) {
        if (status >= 200 && status < 300)
            return {};
        const QString message = serverMessage(body);
        Kind kind = Kind::UnexpectedStatus;
        if (status == 401 || status == 403)
            kind = Kind::BadKey;
        else if (status == 400 || status == 422)
            kind = Kind::Validation;
        else if (status == 404)
            kind = Kind::NotFound;
        else if (status == 429)
            kind = Kind::RateLimited;
        else if (status >= 500)
            kind = Kind::Server;
        ApiError error(kind, status, message);
        if (kind == Kind::RateLimited)
            error.setRetryAfterSeconds(
                parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()));
        return error;
    }

    switch (networkError) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError: {
        // The connection was never established: the request cannot have been delivered.
        ApiError error(Kind::Network, 0, {}, errorString);
        error.setNeverSent(true);
        return error;
    }
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError: {
        // The handshake comes before any byte of the request: nothing was delivered.
        ApiError error(Kind::Tls, 0, {}, errorString);
        error.setNeverSent(true);
        return error;
    }
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return {Kind::Timeout, 0, {}, errorString};
    case QNetworkReply::OperationCanceledError:
        return {Kind::Cancelled, 0, {}, errorString};
    case QNetworkReply::ContentReSendError:
        // The connection broke after (part of) the body went out and Qt could not resend it:
        // the server may have acted on it.
        return {Kind::Network, 0, {}, errorString};
    default:
        // Dropped mid-way (RemoteHostClosedError and friends): it may or may not have arrived.
        return {Kind::Network, 0, {}, errorString};
    }
}

} // namespace tokdeck
