// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tokdeck {

class ApiClient;

// One API call, from rate-limit wait through retries to a result. Subclasses say how to send
// the request and how to read a success; everything else (timeouts and deadlines, the answer's
// size cap, error mapping, the retry policy, "may have been published" for create calls) lives
// here once.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    void start();
    // Cancels the call; finished() follows with a Cancelled error unless it already finished.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    QString path() const { return m_path; }

Q_SIGNALS:
    // Exactly once, success or not. The job deletes itself afterwards (deleteLater).
    void finished();
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void retryScheduled(int nextAttempt, int delayMs, const tokdeck::ApiError &cause);

protected:
    ApiJob(ApiClient *client, QString path, RetryPolicy::CallKind callKind);

    // Sends one attempt. Returns nullptr and sets *error when the request cannot be made.
    virtual QNetworkReply *send(QNetworkAccessManager &network, const QNetworkRequest &request,
                                ApiError *error) = 0;
    // Reads a 2xx answer; returns an error (usually Malformed) if the body is unusable.
    virtual ApiError readSuccess(int status, const QByteArray &body) = 0;
    // Accounts a create call posts to (for the per-account rate limit); empty for others.
    virtual QStringList createAccounts() const { return {}; }
    // The most this endpoint's answer may hold; more is refused (ApiError::Kind::TooLarge).
    // Checked on the declared Content-Length before the body is read, and on what arrives.
    virtual qint64 replyCapBytes() const { return qint64(4) * 1024 * 1024; }
    // Bytes this call uploads: its deadlines grow with them (ApiClient::Deadlines).
    virtual qint64 uploadBytes() const { return 0; }

    ApiClient *client() const { return m_client; }

private:
    void attempt();
    void onReplyFinished();
    void retryOrFail(const ApiError &failure, bool mayRetry = true);
    void finish(const ApiError &error);
    void restartIdleTimer();
    void onMetaData();
    void drainReply();
    bool readAvailable(); // false once the answer passed the cap
    qint64 replyCap() const;
    // Ends the attempt in flight for `reason`; onReplyFinished() turns that into an error.
    enum class Stop { None, Cancelled, Idle, Attempt, Total, TooLarge };
    void stopAttempt(Stop reason);
    ApiError stoppedError(Stop reason, int status) const;

    ApiClient *m_client;
    QString m_path;
    RetryPolicy::CallKind m_callKind;
    QPointer<QNetworkReply> m_reply;
    QTimer m_waitTimer;    // rate-limit waits and backoff
    QTimer m_idleTimer;    // no progress → Timeout (Idle)
    QTimer m_attemptTimer; // this attempt took too long → Timeout (Attempt)
    QTimer m_totalTimer;   // all attempts took too long → Timeout (Total)
    QElapsedTimer m_sinceFirstSend;
    QByteArray m_body; // what arrived of the current answer, never more than the cap (+1 read)
    ApiError m_error;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    Stop m_stop = Stop::None;
};

} // namespace tokdeck
