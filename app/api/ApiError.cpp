// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiError.h"

#include <QLocale>

namespace tokdeck {

namespace {
QString sizeText(qint64 bytes)
{
    // Whole units print without decimals ("4 MiB", "64 KiB"); others keep one.
    const bool whole = bytes % (1024 * 1024) == 0 || (bytes < 1024 * 1024 && bytes % 1024 == 0);
    return QLocale().formattedDataSize(bytes, whole ? 0 : 1);
}

// A concrete moment the user can act on: local time, and UTC for logs and other machines.
QString momentText(const QDateTime &at)
{
    return QStringLiteral("%1 (%2 UTC)")
        .arg(QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}
} // namespace

ApiError ApiError::maybePublished(const ApiError &cause)
{
    ApiError error = cause; // endpoint, limits and detail say what happened
    error.m_kind = Kind::MaybePublished;
    error.m_cause = cause.kind();
    return error;
}

ApiError ApiError::timeout(TimeoutKind kind, qint64 ms)
{
    ApiError error(Kind::Timeout);
    error.m_timeoutKind = kind;
    error.m_timeoutSeconds = int(std::clamp<qint64>((ms + 999) / 1000, 0, INT_MAX));
    return error;
}

bool ApiError::mayHaveReachedServer() const
{
    if (m_neverSent)
        return false;
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Server:
    case Kind::TooLarge: // an answer came, so the request arrived; it may have been accepted
    case Kind::MaybePublished:
        return true;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    if (m_kind == Kind::MaybePublished) {
        // No retry is scheduled for a create that may have arrived: the text must not say so.
        return tr("Crosspostify may have received this post, but its answer did not arrive (%1). "
                  "Check the account on TikTok or in the Crosspostify dashboard, then mark it "
                  "published or send it again.")
            .arg(causeSummary());
    }
    return describe(m_kind);
}

QString ApiError::causeSummary() const
{
    switch (m_cause) {
    case Kind::Network:
        return tr("the connection failed: %1").arg(m_detail);
    case Kind::Timeout:
        if (m_timeoutKind == TimeoutKind::Idle)
            return tr("nothing arrived for %n s", nullptr, m_timeoutSeconds);
        return tr("no complete answer within %n s", nullptr, m_timeoutSeconds);
    case Kind::Server:
        return tr("server error HTTP %1").arg(m_httpStatus);
    case Kind::TooLarge:
        return tr("the answer to %1 was larger than %2").arg(m_endpoint, sizeText(m_sizeLimit));
    default:
        return describe(m_cause);
    }
}

QString ApiError::describe(Kind kind) const
{
    const QString reason = m_serverMessage.isEmpty()
                               ? QString()
                               : tr(" The server said: \"%1\".").arg(m_serverMessage);
    const QString endpoint = m_endpoint.isEmpty() ? tr("the request") : m_endpoint;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InsecureUrl:
        return tr("The API address must start with https:// (plain http:// is allowed only for "
                  "this computer). Correct it in Settings.");
    case Kind::FileError:
        return tr("The file could not be read (%1). Check that it still exists and is readable.")
            .arg(m_detail);
    case Kind::BadKey:
        return tr("Crosspostify refused the API key (HTTP %1). Paste a current key from your "
                  "Crosspostify dashboard in Settings.")
                   .arg(m_httpStatus)
               + reason;
    case Kind::InvalidKey:
        return tr("The API key contains a line break, tab or other character no API key has "
                  "(%1), so nothing was sent. Copy the key again from your Crosspostify "
                  "dashboard, without anything around it.")
            .arg(m_detail);
    case Kind::Validation:
        return tr("Crosspostify rejected the request (HTTP %1).").arg(m_httpStatus)
               + (reason.isEmpty() ? tr(" Check the post's fields and media.") : reason);
    case Kind::NotFound:
        return tr("Crosspostify does not know this address or item (HTTP 404). Check the API "
                  "address in Settings.")
               + reason;
    case Kind::RateLimited:
        if (m_retryAt.isValid()) {
            return tr("Crosspostify's rate limit was reached (HTTP 429); it accepts %1 again "
                      "from %2. Try again then; posting fewer than 3 posts a minute per account "
                      "avoids this.")
                       .arg(endpoint, momentText(m_retryAt))
                   + reason;
        }
        return tr("Crosspostify's rate limit was reached (HTTP 429). Wait a minute, then try "
                  "again; posting fewer than 3 posts a minute per account avoids this.")
               + reason;
    case Kind::Server:
        return tr("Crosspostify had a server error (HTTP %1). Try again in a few minutes.")
                   .arg(m_httpStatus)
               + reason;
    case Kind::UnexpectedStatus:
        if (m_httpStatus >= 300 && m_httpStatus < 400) {
            return tr("Crosspostify answered with a redirect (HTTP %1), which Tokdeck does not "
                      "follow with your key. Check the API address in Settings.")
                .arg(m_httpStatus);
        }
        return tr("Crosspostify gave an unexpected answer (HTTP %1).").arg(m_httpStatus) + reason;
    case Kind::Network:
        return tr("Crosspostify could not be reached (%1). Check the internet connection, then "
                  "try again.")
            .arg(m_detail);
    case Kind::Timeout:
        if (m_timeoutSeconds <= 0) {
            return tr("Crosspostify did not answer in time. Check the internet connection, then "
                      "try again.");
        }
        if (m_timeoutKind == TimeoutKind::Idle) {
            return tr("Crosspostify sent nothing for %1 s while answering %2. Check the internet "
                      "connection, then try again.")
                .arg(m_timeoutSeconds)
                .arg(endpoint);
        }
        return tr("Crosspostify did not finish answering %1 within %2 s, so Tokdeck gave up. "
                  "The connection or the server is too slow; try again later.")
            .arg(endpoint)
            .arg(m_timeoutSeconds);
    case Kind::TooLarge:
        return tr("Crosspostify's answer to %1 was larger than %2, the most Tokdeck accepts "
                  "there, so Tokdeck stopped reading it. Check the API address in Settings; a "
                  "wrong server or proxy may be answering.")
            .arg(endpoint, sizeText(m_sizeLimit));
    case Kind::Tls:
        return tr("The secure connection to Crosspostify failed (%1). The network may be "
                  "intercepting traffic; nothing was sent.")
            .arg(m_detail);
    case Kind::Malformed:
        return tr("Crosspostify's answer could not be read (HTTP %1). Try again later.")
            .arg(m_httpStatus);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::MaybePublished:
        break; // handled in message()
    }
    return {};
}

} // namespace tokdeck
