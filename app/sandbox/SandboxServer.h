// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace tokdeck {

class Clock;
class FaultPlan;
class SandboxApi;
class SandboxHttpServer;
class SandboxRateLimiter;
class SandboxState;
struct SandboxReply;

// A local, in-memory stand-in of the Crosspostify API (shared/api-contract.md): the same
// endpoints, rules and rate limits, plus a fault plan for tests. Used by the integration
// tests, by `tokdeck-cli sandbox` and by the app for a user without a key. Listens on
// 127.0.0.1 only.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; false and errorString() on failure
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>; empty before listen()
    quint16 port() const;

    QString apiKey() const; // "sbx_" + 32 random hex digits, per instance, unless setApiKey()
    void setApiKey(const QString &key);
    // Schedule window and rate limits read this clock (not owned; must outlive the server).
    // nullptr restores Clock::system().
    void setClock(const Clock *clock);
    // Restarts all rate windows. A limit <= 0 switches that limit off. Defaults 50, 250, 3.
    void setRateLimits(int perMinute, int perHour, int postsPerAccountPerMinute);

    // Fault plan. path is the request path ("/media", "/post/video", "/social-accounts") or
    // "*" for any. Faults apply before anything else (key check included), one per request:
    // a pending drop first, then a failure, then a delay; each counts down per request.
    //
    // failNext: answer `status`. With body and contentType both empty, the body is
    // {"error": "..."} as JSON; otherwise exactly `body` (possibly empty) with `contentType`
    // (text/plain when empty): e.g. an HTML error page from a proxy. retryAfterSeconds >= 0
    // adds a Retry-After header.
    void failNext(const QString &path, int status, int times = 1, int retryAfterSeconds = -1,
                  const QByteArray &body = {}, const QByteArray &contentType = {});
    // The request is processed at once (a create really happens) but answered `milliseconds`
    // later: the "timed out, but did it reach the server?" case.
    void delayNext(const QString &path, int milliseconds, int times = 1);
    // Reads the whole request, processes nothing, closes the connection without answering.
    // Note that QNetworkAccessManager itself re-sends a request whose connection closed
    // before any answer (once or twice) if it can rewind the body. A client sending a body it
    // cannot rewind (api/OneShotBody) sees the first drop (ContentReSendError) and the server
    // counts one request; otherwise every attempt must be dropped (times >= 3).
    void dropNext(const QString &path, int times = 1);
    void clearFaults();
    // Create calls succeed but their answer leaves these accounts out of `posts`, as if they
    // did not take the post (a partial hand-over); an empty list ends it. Not cleared by
    // clearFaults(): it is an account's condition, not one request's.
    void setAccountsNotTaking(const QStringList &accountIds);

    // Inspection for tests.
    int requestCount(const QString &path) const; // every request to this path, faulted ones too
    QList<QJsonObject> createdPosts() const;     // accepted create bodies, plus "endpoint" and "id"
    int mediaCount() const;
    QList<Account> accounts() const;

Q_SIGNALS:
    // After each request is answered; status 0 when it was dropped on purpose.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    SandboxReply process(const QHttpServerRequest &request, const QString &path);
    void dropConnection(QTcpSocket *socket, const QString &method, const QString &path);

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxRateLimiter> m_limiter;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpServer *m_http = nullptr; // child of this
    const Clock *m_clock;
    QString m_apiKey;
    QString m_errorString;
    quint16 m_port = 0;
    QHash<QString, int> m_requestCounts;
};

} // namespace tokdeck
