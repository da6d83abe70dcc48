// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
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
        TooLarge,         // the answer passed the endpoint's size cap; reading stopped there
        InvalidKey,       // the key holds a character no API key has: refused before sending
    };

    // Which clock ran out for a Timeout.
    enum class TimeoutKind {
        Idle,    // nothing arrived for timeoutSeconds()
        Attempt, // one attempt did not finish within timeoutSeconds()
        Total,   // all attempts together did not finish within timeoutSeconds()
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

    // RateLimited: the earliest time (UTC) the call may be made again; invalid when unknown.
    // A final rate-limit error always carries one, so a caller can re-queue the work then.
    QDateTime retryAt() const { return m_retryAt; }
    void setRetryAt(const QDateTime &at) { m_retryAt = at.toUTC(); }

    // The API path the failed call went to ("/social-accounts"); set by the job.
    QString endpoint() const { return m_endpoint; }
    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }

    // TooLarge: the cap that was passed, in bytes.
    qint64 sizeLimit() const { return m_sizeLimit; }
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }

    // Timeout: which clock ran out, and its length (0 when unknown).
    TimeoutKind timeoutKind() const { return m_timeoutKind; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    static ApiError timeout(TimeoutKind kind, qint64 ms);

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
    QString describe(Kind kind) const;
    QString causeSummary() const; // MaybePublished: what happened, without advice or promises

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_detail;
    int m_retryAfterSeconds = -1;
    QDateTime m_retryAt;
    QString m_endpoint;
    qint64 m_sizeLimit = 0;
    TimeoutKind m_timeoutKind = TimeoutKind::Idle;
    int m_timeoutSeconds = 0;
    Kind m_cause = Kind::None;
    bool m_neverSent = false;
};

} // namespace tokdeck
