// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiError.h"

namespace tokdeck {

ApiError ApiError::maybePublished(const ApiError &cause)
{
    ApiError error(Kind::MaybePublished, cause.httpStatus(), cause.serverMessage(), cause.detail());
    error.m_cause = cause.kind();
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
    case Kind::MaybePublished:
        return true;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    if (m_kind == Kind::MaybePublished) {
        return tr("Crosspostify may have received this post before the connection failed (%1). "
                  "Check the account on TikTok or in the Crosspostify dashboard, then mark it "
                  "published or send it again.")
            .arg(describe(m_cause, m_httpStatus, m_serverMessage, m_detail));
    }
    return describe(m_kind, m_httpStatus, m_serverMessage, m_detail);
}

QString ApiError::describe(Kind kind, int httpStatus, const QString &serverMessage,
                           const QString &detail)
{
    const QString reason =
        serverMessage.isEmpty() ? QString() : tr(" The server said: \"%1\".").arg(serverMessage);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InsecureUrl:
        return tr("The API address must start with https:// (plain http:// is allowed only for "
                  "this computer). Correct it in Settings.");
    case Kind::FileError:
        return tr("The file could not be read (%1). Check that it still exists and is readable.")
            .arg(detail);
    case Kind::BadKey:
        return tr("Crosspostify refused the API key (HTTP %1). Paste a current key from your "
                  "Crosspostify dashboard in Settings.")
                   .arg(httpStatus)
               + reason;
    case Kind::Validation:
        return tr("Crosspostify rejected the request (HTTP %1).").arg(httpStatus)
               + (reason.isEmpty() ? tr(" Check the post's fields and media.") : reason);
    case Kind::NotFound:
        return tr("Crosspostify does not know this address or item (HTTP 404). Check the API "
                  "address in Settings.")
               + reason;
    case Kind::RateLimited:
        return tr("Crosspostify's rate limit was reached (HTTP 429). Tokdeck will wait and try "
                  "again; posting fewer than 3 posts a minute per account avoids this.")
               + reason;
    case Kind::Server:
        return tr("Crosspostify had a server error (HTTP %1). Try again in a few minutes.")
                   .arg(httpStatus)
               + reason;
    case Kind::UnexpectedStatus:
        if (httpStatus >= 300 && httpStatus < 400) {
            return tr("Crosspostify answered with a redirect (HTTP %1), which Tokdeck does not "
                      "follow with your key. Check the API address in Settings.")
                .arg(httpStatus);
        }
        return tr("Crosspostify gave an unexpected answer (HTTP %1).").arg(httpStatus) + reason;
    case Kind::Network:
        return tr("Crosspostify could not be reached (%1). Check the internet connection; "
                  "Tokdeck keeps the post and tries again.")
            .arg(detail);
    case Kind::Timeout:
        return tr("Crosspostify did not answer in time. Check the internet connection; Tokdeck "
                  "keeps the post.");
    case Kind::Tls:
        return tr("The secure connection to Crosspostify failed (%1). The network may be "
                  "intercepting traffic; nothing was sent.")
            .arg(detail);
    case Kind::Malformed:
        return tr("Crosspostify's answer could not be read (HTTP %1). Try again later.")
            .arg(httpStatus);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::MaybePublished:
        break; // handled in message()
    }
    return {};
}

} // namespace tokdeck
