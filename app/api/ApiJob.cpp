// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiJob.h"

#include "api/ApiClient.h"
#include "api/ApiErrorMapper.h"
#include "support/Logging.h"

namespace tokdeck {

ApiJob::ApiJob(ApiClient *client, QString path, RetryPolicy::CallKind callKind)
    : QObject(client)
    , m_client(client)
    , m_path(std::move(path))
    , m_callKind(callKind)
{
    m_waitTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiJob::attempt);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Always answer asynchronously, even for errors found before sending, so callers can
    // connect after start() returns and never see finished() re-entrantly.
    QTimer::singleShot(0, this, &ApiJob::attempt);
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_waitTimer.stop();
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports Cancelled
    else
        finish(ApiError(ApiError::Kind::Cancelled));
}

void ApiJob::attempt()
{
    if (m_finished || m_cancelled)
        return;
    if (!m_client->isBaseUrlAcceptable()) {
        finish(ApiError(ApiError::Kind::InsecureUrl));
        return;
    }
    const qint64 wait = m_client->rateLimiter().delayMs(createAccounts());
    if (wait > 0) {
        qCDebug(lcApi) << m_path << "waits" << wait << "ms for the client-side rate limit";
        // Re-check at least every second: the clock may jump (suspend/resume, tests).
        m_waitTimer.start(int(std::min<qint64>(wait, 1000)));
        return;
    }

    ApiError sendError;
    QNetworkReply *reply = send(m_client->network(), m_client->makeRequest(m_path), &sendError);
    if (!reply) {
        finish(sendError);
        return;
    }
    ++m_attempts;
    m_client->rateLimiter().record(createAccounts());
    m_timedOut = false;
    m_reply = reply;
    qCDebug(lcApi) << "attempt" << m_attempts << m_path;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        restartIdleTimer();
        // Qt closes a finished upload with a (0, 0) report; it is not a step back to zero.
        if (sent > 0 || total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::restartIdleTimer);
    restartIdleTimer();
}

void ApiJob::restartIdleTimer()
{
    m_idleTimer.start(m_client->idleTimeoutMs());
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_idleTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << m_path << "status" << status << reply->error();

    if (m_cancelled) {
        finish(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    if (m_timedOut) {
        retryOrFail(ApiError(ApiError::Kind::Timeout));
        return;
    }
    const ApiError error = ApiErrorMapper::fromReply(reply->error(), reply->errorString(), status,
                                                     body, reply->rawHeader("Retry-After"));
    if (error.isError()) {
        if (error.neverSent())
            m_client->rateLimiter().release(createAccounts()); // it never counted at the server
        retryOrFail(error);
        return;
    }
    finish(readSuccess(status, body));
}

void ApiJob::retryOrFail(const ApiError &error)
{
    if (const auto delay =
            m_client->retryPolicy().delayBeforeRetry(error, m_callKind, m_attempts)) {
        qCInfo(lcApi) << m_path << "failed:" << int(error.kind()) << error.httpStatus()
                      << "- retrying in" << *delay << "ms";
        Q_EMIT retryScheduled(m_attempts + 1, *delay, error);
        m_waitTimer.start(*delay);
        return;
    }
    // A create call that may have reached the server is never repeated blindly: the user
    // decides whether it was published.
    if (m_callKind == RetryPolicy::CallKind::Create && error.mayHaveReachedServer())
        finish(ApiError::maybePublished(error));
    else
        finish(error);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_waitTimer.stop();
    m_idleTimer.stop();
    if (error.isError())
        qCInfo(lcApi) << m_path << "ended with error kind" << int(error.kind()) << "status"
                      << error.httpStatus();
    Q_EMIT finished();
    deleteLater();
}

} // namespace tokdeck
