// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HostileServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace tokdeck::test {

namespace {
// Kept unsent at most: the server's own memory stays small whatever it claims to send.
constexpr qint64 maxPending = 256 * 1024;
constexpr qint64 chunkBytes = 64 * 1024;
} // namespace

struct HostileServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray received;
    qint64 bodyLeft = -1; // of the request; -1 while the head is incomplete
    bool answered = false;
    qint64 toSend = 0;      // answer body still to write; < 0: endless
    QByteArray filler;      // what the body is made of
    qsizetype fillerAt = 0; // where in the filler the next byte comes from
};

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        connect(socket, &QTcpSocket::readyRead, socket,
                [this, connection] { onReadable(*connection); });
        connect(socket, &QTcpSocket::bytesWritten, socket,
                [this, connection] { pump(*connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileServer::onReadable(Connection &connection)
{
    connection.received += connection.socket->readAll();
    // Keep-alive: after a complete answer (Json, RetryAfter) the next request may follow.
    while (!connection.answered) {
        if (connection.bodyLeft < 0) {
            const qsizetype headEnd = connection.received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            m_lastHead = connection.received.left(headEnd);
            qint64 length = 0;
            for (const QByteArray &line : m_lastHead.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            connection.received.remove(0, headEnd + 4);
            connection.bodyLeft = length;
        }
        if (connection.received.size() < connection.bodyLeft)
            return;
        connection.received.remove(0, connection.bodyLeft);
        ++m_requests;
        connection.answered = true;
        answer(connection);
        if (m_mode == Mode::Json || m_mode == Mode::RetryAfter) {
            connection.answered = false;
            connection.bodyLeft = -1;
        }
    }
}

void HostileServer::answer(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    const QByteArray json = QByteArrayLiteral("Content-Type: application/json\r\n");
    switch (m_mode) {
    case Mode::Json:
        socket->write("HTTP/1.1 200 OK\r\n" + json + "Content-Length: "
                      + QByteArray::number(m_jsonBody.size()) + "\r\n\r\n" + m_jsonBody);
        m_bodySent += m_jsonBody.size();
        return;
    case Mode::HugeBody:
        socket->write("HTTP/1.1 200 OK\r\n" + json
                      + "Content-Length: " + QByteArray::number(m_bodyBytes) + "\r\n\r\n");
        connection.toSend = m_bodyBytes;
        break;
    case Mode::EndlessBody:
        socket->write("HTTP/1.1 200 OK\r\n" + json + "Connection: close\r\n\r\n");
        connection.toSend = -1;
        break;
    case Mode::Trickle: {
        socket->write("HTTP/1.1 200 OK\r\n" + json + "Content-Length: 100000\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            socket->write(" ");
            ++m_bodySent;
        });
        timer->start(m_trickleIntervalMs);
        return;
    }
    case Mode::NeverAnswer:
        return;
    case Mode::RetryAfter: {
        const QByteArray body = QByteArrayLiteral(R"({"error":"Too many requests"})");
        socket->write("HTTP/1.1 429 Too Many Requests\r\n" + json + "Retry-After: " + m_retryAfter
                      + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                      + body);
        return;
    }
    case Mode::DropAfterBody:
        socket
            ->abort(); // unanswered: the request arrived, the client cannot know what became of it
        return;
    }
    // A body that looks like the start of an account list, so nothing but its size is wrong.
    connection.filler =
        QByteArrayLiteral(R"([{"id":"acc","platform":"tiktok","name":")") + QByteArray(4096, 'a');
    pump(connection);
}

void HostileServer::pump(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    if (!socket || connection.toSend == 0 || socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (socket->bytesToWrite() < maxPending && connection.toSend != 0) {
        qint64 n = chunkBytes;
        if (connection.toSend > 0)
            n = std::min(n, connection.toSend);
        QByteArray chunk;
        chunk.reserve(n);
        while (chunk.size() < n) {
            const qsizetype take = std::min<qsizetype>(
                qsizetype(n - chunk.size()), connection.filler.size() - connection.fillerAt);
            chunk.append(connection.filler.constData() + connection.fillerAt, take);
            connection.fillerAt = (connection.fillerAt + take) % connection.filler.size();
        }
        socket->write(chunk);
        m_bodySent += n;
        if (connection.toSend > 0)
            connection.toSend -= n;
    }
}

} // namespace tokdeck::test
