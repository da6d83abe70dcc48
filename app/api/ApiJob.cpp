// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiJob.h"

#include "api/ApiClient.h"
#include "api/ApiErrorMapper.h"
#include "support/Logging.h"

#include <algorithm>
#include <limits>

namespace tokdeck {

namespace {
// Qt stops reading the socket while this much is waiting for us: together with draining on
// readyRead, no answer is ever buffered whole, however large the server says (or makes) it.
constexpr qint64 readBufferBytes = 64 * 1024;

int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}
} // namespace

ApiJob::ApiJob(ApiClient *client, QString path, RetryPolicy::CallKind callKind)
    : QObject(client)
    , m_client(client)
    , m_path(std::move(path))
    , m_callKind(callKind)
{
    for (QTimer *timer : {&m_waitTimer, &m_idleTimer, &m_attemptTimer, &m_totalTimer})
        timer->setSingleShot(true);
    // Deadlines are promises in messages ("within 2 s"); a coarse timer may be 5% off.
    m_attemptTimer.setTimerType(Qt::PreciseTimer);
    m_totalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiJob::attempt);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { stopAttempt(Stop::Idle); });
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] { stopAttempt(Stop::Attempt); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        if (m_reply)
            stopAttempt(Stop::Total);
        else // between attempts (a rate-limit wait): the budget is spent all the same
            finish(stoppedError(Stop::Total, 0));
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
        stopAttempt(Stop::Cancelled); // onReplyFinished reports Cancelled
    else
        finish(ApiError(ApiError::Kind::Cancelled));
}

qint64 ApiJob::replyCap() const
{
    const qint64 override = m_client->replyCapOverride();
    return override > 0 ? override : replyCapBytes();
}

void ApiJob::attempt()
{
    if (m_finished || m_cancelled)
        return;
    if (!m_client->isBaseUrlAcceptable()) {
        finish(ApiError(ApiError::Kind::InsecureUrl));
        return;
    }
    if (const QString problem = m_client->apiKeyProblem(); !problem.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidKey, 0, {}, problem);
        error.setNeverSent(true);
        finish(error);
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
    m_stop = Stop::None;
    m_body.clear();
    m_reply = reply;
    reply->setReadBufferSize(readBufferBytes);
    qCDebug(lcApi) << "attempt" << m_attempts << m_path;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::drainReply);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        restartIdleTimer();
        // Qt closes a finished upload with a (0, 0) report; it is not a step back to zero.
        if (sent > 0 || total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::restartIdleTimer);
    restartIdleTimer();
    if (!m_sinceFirstSend.isValid()) {
        // The budget starts with the first request on the wire, not with client-side waits.
        m_sinceFirstSend.start();
        m_totalTimer.start(timerMs(m_client->totalDeadlineMs(uploadBytes())));
    }
    // An attempt that would outlast the whole budget is ended by the budget alone: two timers
    // due at about the same moment fire in either order (coarse timers drift by up to 5%), and
    // the user must be told the true reason, "no answer within the total time".
    const qint64 attemptMs = m_client->attemptDeadlineMs(uploadBytes());
    const qint64 budgetLeft = m_client->totalDeadlineMs(uploadBytes()) - m_sinceFirstSend.elapsed();
    if (attemptMs < budgetLeft)
        m_attemptTimer.start(timerMs(attemptMs));
}

void ApiJob::restartIdleTimer()
{
    m_idleTimer.start(m_client->idleTimeoutMs());
}

void ApiJob::onMetaData()
{
    if (!m_reply)
        return;
    // Refuse a declared oversize before a byte of the body is read.
    bool known = false;
    const qint64 declared =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && declared > replyCap()) {
        qCInfo(lcApi) << m_path << "declares" << declared << "bytes, over the cap" << replyCap();
        stopAttempt(Stop::TooLarge);
    }
}

void ApiJob::drainReply()
{
    if (m_reply && m_stop == Stop::None && !readAvailable())
        stopAttempt(Stop::TooLarge);
}

bool ApiJob::readAvailable()
{
    const qint64 cap = replyCap();
    while (m_reply && m_reply->bytesAvailable() > 0) {
        // One byte more than the cap is enough to know it was passed.
        m_body += m_reply->read(std::min<qint64>(readBufferBytes, cap + 1 - m_body.size()));
        if (m_body.size() > cap) {
            qCInfo(lcApi) << m_path << "answer passed the cap of" << cap << "bytes";
            return false;
        }
    }
    return true;
}

void ApiJob::stopAttempt(Stop reason)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = reason;
    m_reply->abort(); // finished() follows (synchronously in Qt 6): onReplyFinished
}

ApiError ApiJob::stoppedError(Stop reason, int status) const
{
    using TK = ApiError::TimeoutKind;
    switch (reason) {
    case Stop::None:
        break;
    case Stop::Cancelled:
        return ApiError(ApiError::Kind::Cancelled);
    case Stop::Idle:
        return ApiError::timeout(TK::Idle, m_client->idleTimeoutMs());
    case Stop::Attempt:
        return ApiError::timeout(TK::Attempt, m_client->attemptDeadlineMs(uploadBytes()));
    case Stop::Total:
        return ApiError::timeout(TK::Total, m_client->totalDeadlineMs(uploadBytes()));
    case Stop::TooLarge: {
        ApiError error(ApiError::Kind::TooLarge, status);
        error.setSizeLimit(replyCap());
        return error;
    }
    }
    return {};
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    // What is left in Qt's (bounded) buffer may still pass the cap.
    if (m_stop == Stop::None && !readAvailable())
        m_stop = Stop::TooLarge;
    m_reply = nullptr;
    m_idleTimer.stop();
    m_attemptTimer.stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = std::exchange(m_body, {});
    qCDebug(lcApi) << m_path << "status" << status << reply->error();

    if (m_cancelled) {
        finish(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    if (m_stop == Stop::Total) {
        // The budget is spent: no retry could run, so the answer is final (a create that may
        // have arrived still becomes "may have been published" there).
        retryOrFail(stoppedError(m_stop, status), /*mayRetry=*/false);
        return;
    }
    if (m_stop != Stop::None) {
        retryOrFail(stoppedError(m_stop, status));
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

void ApiJob::retryOrFail(const ApiError &failure, bool mayRetry)
{
    ApiError error = failure;
    error.setEndpoint(m_path);
    int delay = -1; // no retry
    if (mayRetry) {
        if (const auto policyDelay =
                m_client->retryPolicy().delayBeforeRetry(error, m_callKind, m_attempts))
            delay = *policyDelay;
    }
    const qint64 left = m_client->totalDeadlineMs(uploadBytes()) - m_sinceFirstSend.elapsed();
    if (delay >= 0 && delay < left) {
        qCInfo(lcApi) << m_path << "failed:" << int(error.kind()) << error.httpStatus()
                      << "- retrying in" << delay << "ms";
        Q_EMIT retryScheduled(m_attempts + 1, delay, error);
        m_waitTimer.start(delay);
        return;
    }
    if (error.kind() == ApiError::Kind::RateLimited && !error.retryAt().isValid()) {
        // No time from the server: the limits are per minute, so a minute on is honest.
        error.setRetryAt(QDateTime::currentDateTimeUtc().addSecs(60));
    }
    // A create call that may have reached the server is never repeated blindly: the user
    // decides whether it was published.
    if (m_callKind == RetryPolicy::CallKind::Create && error.mayHaveReachedServer())
        finish(ApiError::maybePublished(error));
    else
        finish(error);
}

void ApiJob::finish(const ApiError &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = result;
    if (m_error.isError() && m_error.endpoint().isEmpty())
        m_error.setEndpoint(m_path);
    for (QTimer *timer : {&m_waitTimer, &m_idleTimer, &m_attemptTimer, &m_totalTimer})
        timer->stop();
    if (m_error.isError())
        qCInfo(lcApi) << m_path << "ended with error kind" << int(m_error.kind()) << "status"
                      << m_error.httpStatus();
    Q_EMIT finished();
    deleteLater();
}

} // namespace tokdeck
