// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace tokdeck {

// Every way an API call can fail, as one value. Mapped in one place (ApiErrorMapper) and shown
// as one translated sentence (message()) that names the problem and what to do.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InsecureUrl,      // not https and not loopback: nothing was sent
        FileError,        // the file to upload could not be read
        BadKey,           // 401/403
        Validation,       // 400/422 with the server's reason
        NotFound,         // 404
        RateLimited,      // 429 (after automatic retries ran out)
        Server,           // 5xx
        UnexpectedStatus, // any other status, redirects included (never followed with the key)
        Network,          // refused, DNS, dropped, offline
        Timeout,          // no progress for too long
        Tls,              // certificate or handshake failure
        Malformed,        // a success status with a body we cannot read
        Cancelled,        // the user cancelled
        MaybePublished,   // a create call failed in a way that may have reached Crosspostify
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, QString serverMessage = {}, QString detail = {})
        : m_kind(kind)
        , m_httpStatus(httpStatus)
        , m_serverMessage(std::move(serverMessage))
        , m_detail(std::move(detail))
    {}

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString serverMessage() const { return m_serverMessage; }
    QString detail() const { return m_detail; } // Qt's own wording of a network failure

    int retryAfterSeconds() const { return m_retryAfterSeconds; } // -1 when the server gave none
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    // For MaybePublished: what actually happened (Timeout, Network, Server, ...).
    Kind cause() const { return m_cause; }
    static ApiError maybePublished(const ApiError &cause);

    // The request provably never reached the server (nothing to fear from sending it again).
    bool neverSent() const { return m_neverSent; }
    void setNeverSent(bool neverSent) { m_neverSent = neverSent; }

    // The server may have acted on a request that failed this way.
    bool mayHaveReachedServer() const;

    // One translated sentence for the user.
    QString message() const;

private:
    static QString describe(Kind kind, int httpStatus, const QString &serverMessage,
                            const QString &detail);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_detail;
    int m_retryAfterSeconds = -1;
    Kind m_cause = Kind::None;
    bool m_neverSent = false;
};

} // namespace tokdeck
