// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tokdeck {

class ApiClient;

// One API call, from rate-limit wait through retries to a result. Subclasses say how to send
// the request and how to read a success; everything else (timeouts, error mapping, the retry
// policy, "may have been published" for create calls) lives here once.
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

    ApiClient *client() const { return m_client; }

private:
    void attempt();
    void onReplyFinished();
    void retryOrFail(const ApiError &error);
    void finish(const ApiError &error);
    void restartIdleTimer();

    ApiClient *m_client;
    QString m_path;
    RetryPolicy::CallKind m_callKind;
    QPointer<QNetworkReply> m_reply;
    QTimer m_waitTimer; // rate-limit waits and backoff
    QTimer m_idleTimer; // no progress → Timeout
    ApiError m_error;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
};

} // namespace tokdeck
