// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiErrorMapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

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

std::optional<QDateTime> ApiErrorMapper::parseHttpDate(const QByteArray &value,
                                                       const QDateTime &now)
{
    // RFC 9110 §5.6.7: senders use IMF-fixdate; recipients must also read the two obsolete
    // forms (RFC 850 and asctime). Always GMT; the weekday is not checked.
    static const QRegularExpression imfFixdate(QStringLiteral(
        R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d):(\d\d):(\d\d) GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})$)"));
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};

    const QString text = QString::fromLatin1(value);
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    const auto number = [](const QRegularExpressionMatch &m, int group) {
        return m.captured(group).trimmed().toInt();
    };
    if (const auto m = imfFixdate.match(text); m.hasMatch()) {
        day = number(m, 1);
        month = int(months.indexOf(m.captured(2))) + 1;
        year = number(m, 3);
        hour = number(m, 4), minute = number(m, 5), second = number(m, 6);
    } else if (const auto m850 = rfc850.match(text); m850.hasMatch()) {
        day = number(m850, 1);
        month = int(months.indexOf(m850.captured(2))) + 1;
        // A two-digit year more than 50 years ahead means the past century (RFC 9110).
        year = now.date().year() / 100 * 100 + number(m850, 3);
        if (year > now.date().year() + 50)
            year -= 100;
        hour = number(m850, 4), minute = number(m850, 5), second = number(m850, 6);
    } else if (const auto ma = asctime.match(text); ma.hasMatch()) {
        month = int(months.indexOf(ma.captured(1))) + 1;
        day = number(ma, 2);
        hour = number(ma, 3), minute = number(ma, 4), second = number(ma, 5);
        year = number(ma, 6);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, std::min(second, 59)); // a leap second reads as :59
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

int ApiErrorMapper::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    // delay-seconds is 1*DIGIT: no sign, no fraction, so "-5" or "1.5" is garbage (absent).
    const bool digitsOnly =
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digitsOnly) {
        // Counted before converting: 99999999999 must clamp, not overflow an int.
        qsizetype firstNonZero = 0;
        while (firstNonZero < trimmed.size() - 1 && trimmed.at(firstNonZero) == '0')
            ++firstNonZero;
        const QByteArray digits = trimmed.mid(firstNonZero);
        if (digits.size() > 9)
            return maxRetryAfterSeconds;
        return std::min(digits.toInt(), maxRetryAfterSeconds);
    }
    const auto at = parseHttpDate(trimmed, now);
    if (!at)
        return -1;
    return int(std::clamp<qint64>(now.secsTo(*at), 0, maxRetryAfterSeconds));
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
        if (kind == Kind::RateLimited) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const int seconds = parseRetryAfter(retryAfter, now);
            error.setRetryAfterSeconds(seconds);
            if (seconds >= 0)
                error.setRetryAt(now.addSecs(seconds));
        }
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
