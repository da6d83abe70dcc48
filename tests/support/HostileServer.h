// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace tokdeck::test {

// A deliberately bad HTTP/1.1 server on 127.0.0.1, for what the sandbox is too well-behaved
// to do: answers too big to hold, answers that never end or trickle, silence, odd Retry-After
// values, connections dropped after the request. Every request on every path gets the mode's
// treatment. It writes only as fast as the client reads, so it holds little memory itself.
class HostileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    enum class Mode {
        Json,          // 200 with jsonBody(), properly framed
        HugeBody,      // 200 declaring Content-Length: bodyBytes(), then sending it
        EndlessBody,   // 200 without Content-Length, body sent until the client hangs up
        Trickle,       // 200 declaring a body, then one byte every trickleIntervalMs()
        NeverAnswer,   // reads the request, never answers, keeps the connection open
        RetryAfter,    // 429 with "Retry-After: " + retryAfter()
        DropAfterBody, // reads the whole request, then closes the connection unanswered
    };

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    [[nodiscard]] bool listen();
    QUrl baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }
    void setJsonBody(const QByteArray &body) { m_jsonBody = body; }
    void setBodyBytes(qint64 bytes) { m_bodyBytes = bytes; }
    void setTrickleIntervalMs(int ms) { m_trickleIntervalMs = ms; }
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }

    int connections() const { return m_connections; }   // TCP connections accepted
    int requests() const { return m_requests; }         // complete requests (head and body) read
    qint64 bodyBytesSent() const { return m_bodySent; } // answer body bytes written, all requests
    QByteArray lastRequestHead() const { return m_lastHead; } // request line and headers

private:
    struct Connection;
    void onNewConnection();
    void onReadable(Connection &connection);
    void answer(Connection &connection);
    void pump(Connection &connection); // writes more body while the client keeps up

    QTcpServer m_server;
    Mode m_mode = Mode::Json;
    QByteArray m_jsonBody = QByteArrayLiteral("[]");
    qint64 m_bodyBytes = qint64(200) * 1024 * 1024;
    int m_trickleIntervalMs = 100;
    QByteArray m_retryAfter = QByteArrayLiteral("1");
    int m_connections = 0;
    int m_requests = 0;
    qint64 m_bodySent = 0;
    QByteArray m_lastHead;
};

} // namespace tokdeck::test
