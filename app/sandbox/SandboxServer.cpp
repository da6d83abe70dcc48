// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/SandboxServer.h"

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxRateLimiter.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxState.h"
#include "support/Clock.h"
#include "support/Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace tokdeck {

namespace {

QString randomApiKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / qsizetype(sizeof(quint32)));
    return QStringLiteral("sbx_") + QString::fromLatin1(bytes.toHex());
}

void writeReply(QHttpServerResponder &responder, const SandboxReply &reply)
{
    // Qt 6.4 looks the reason phrase up with std::map::at(), which throws for a code its enum
    // lacks; a fault may ask for any code (520, 299, ...), so such a status line is ours.
    if (QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(reply.status))
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    else
        responder.socket()->write("HTTP/1.0 " + QByteArray::number(reply.status) + " Status\r\n");
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

SandboxReply faultReply(const Fault &fault)
{
    SandboxReply reply;
    if (fault.body.isEmpty() && fault.contentType.isEmpty()) {
        reply = SandboxReply::error(
            fault.status, QStringLiteral("Sandbox fault: injected HTTP %1.").arg(fault.status));
    } else {
        reply.status = fault.status;
        reply.body = fault.body;
        reply.contentType = fault.contentType.isEmpty()
                                ? QByteArrayLiteral("text/plain; charset=utf-8")
                                : fault.contentType;
    }
    if (fault.retryAfterSeconds >= 0)
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
    return reply;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_limiter(std::make_unique<SandboxRateLimiter>())
    , m_faults(std::make_unique<FaultPlan>())
    , m_api(std::make_unique<SandboxApi>(*m_state, *m_limiter))
    , m_http(new SandboxHttpServer([this](const QHttpServerRequest &request,
                                          QTcpSocket *socket) { onRequest(request, socket); },
                                   this))
    , m_clock(&Clock::system())
    , m_apiKey(randomApiKey())
{}

// The HTTP server (a child) goes first, so no request arrives while the state is torn down.
SandboxServer::~SandboxServer()
{
    delete m_http;
}

bool SandboxServer::listen(quint16 port)
{
    if (m_port != 0) {
        m_errorString = QStringLiteral("The sandbox is already listening on port %1.").arg(m_port);
        return false;
    }
    auto *tcpServer = new QTcpServer(m_http);
    // Loopback only: the sandbox accepts any request carrying its key and must never be
    // reachable from the network.
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2")
                            .arg(port)
                            .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_http->bind(tcpServer);
    m_port = tcpServer->serverPort();
    m_errorString.clear();
    qCDebug(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QString SandboxServer::apiKey() const
{
    return m_apiKey;
}

void SandboxServer::setApiKey(const QString &key)
{
    m_apiKey = key;
}

void SandboxServer::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void SandboxServer::setRateLimits(int perMinute, int perHour, int postsPerAccountPerMinute)
{
    m_limiter->setLimits(perMinute, perHour, postsPerAccountPerMinute);
}

void SandboxServer::failNext(const QString &path, int status, int times, int retryAfterSeconds,
                             const QByteArray &body, const QByteArray &contentType)
{
    Fault fault;
    fault.kind = Fault::Kind::Fail;
    fault.status = status;
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.body = body;
    fault.contentType = contentType;
    m_faults->add(path, fault, times);
}

void SandboxServer::delayNext(const QString &path, int milliseconds, int times)
{
    Fault fault;
    fault.kind = Fault::Kind::Delay;
    fault.delayMs = std::max(0, milliseconds);
    m_faults->add(path, fault, times);
}

void SandboxServer::dropNext(const QString &path, int times)
{
    Fault fault;
    fault.kind = Fault::Kind::Drop;
    m_faults->add(path, fault, times);
}

void SandboxServer::clearFaults()
{
    m_faults->clear();
}

void SandboxServer::setAccountsNotTaking(const QStringList &accountIds)
{
    m_state->setAccountsNotTaking(accountIds);
}

int SandboxServer::requestCount(const QString &path) const
{
    return m_requestCounts.value(path);
}

QList<QJsonObject> SandboxServer::createdPosts() const
{
    return m_state->posts();
}

int SandboxServer::mediaCount() const
{
    return m_state->mediaCount();
}

QList<Account> SandboxServer::accounts() const
{
    return m_state->accounts();
}

void SandboxServer::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QString method = SandboxHttpServer::methodName(request);
    ++m_requestCounts[path];

    const std::optional<Fault> fault = m_faults->take(path);
    if (fault && fault->kind == Fault::Kind::Drop) {
        dropConnection(socket, method, path);
        return;
    }
    const SandboxReply reply =
        fault && fault->kind == Fault::Kind::Fail ? faultReply(*fault) : process(request, path);
    QHttpServerResponder responder = SandboxHttpServer::makeResponder(request, socket);
    if (!fault || fault->kind != Fault::Kind::Delay) {
        writeReply(responder, reply);
        qCDebug(lcSandbox) << method << path << reply.status;
        Q_EMIT requestHandled(method, path, reply.status);
        return;
    }

    // Keep the responder until the timer fires. The client may give up meanwhile: the socket
    // is then closed and soon deleted, so write only to a socket that is still connected.
    // (Qt 6.4's responder only holds the socket pointer and its destructor touches nothing.)
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(fault->delayMs, this, [this, kept, guard, reply, method, path] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            writeReply(*kept, reply);
            qCDebug(lcSandbox) << method << path << reply.status << "(delayed)";
        } else {
            qCDebug(lcSandbox) << method << path << "client left before the delayed answer";
        }
        Q_EMIT requestHandled(method, path, reply.status);
    });
}

SandboxReply SandboxServer::process(const QHttpServerRequest &request, const QString &path)
{
    const QByteArray key = SandboxHttpServer::header(request, "X-API-Key");
    if (key.isEmpty())
        return SandboxReply::error(401, QStringLiteral("Missing X-API-Key header."));
    if (QString::fromUtf8(key) != m_apiKey)
        return SandboxReply::error(401, QStringLiteral("Invalid API key."));

    const QDateTime now = m_clock->nowUtc();
    if (const int wait = m_limiter->admitRequest(m_apiKey, now.toMSecsSinceEpoch()); wait > 0) {
        return SandboxReply::tooManyRequests(
            wait, QStringLiteral("Rate limit reached for this API key. Retry in %1 s.").arg(wait));
    }
    return m_api->handle(request, path, now);
}

void SandboxServer::dropConnection(QTcpSocket *socket, const QString &method, const QString &path)
{
    qCDebug(lcSandbox) << method << path << "dropped (fault)";
    // Closed from the event loop, not here: Qt HttpServer still holds this socket's request
    // object until handleRequest() returns, and closing now would delete it under its feet.
    QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
    Q_EMIT requestHandled(method, path, 0);
}

} // namespace tokdeck
