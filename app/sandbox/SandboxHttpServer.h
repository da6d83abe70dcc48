// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractHttpServer>
#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace tokdeck {

// Qt HttpServer does the HTTP parsing; this adapter only hands each complete request (body
// included) to one handler, which answers it through makeResponder(), later, or not at all.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    using QAbstractHttpServer::makeResponder; // the handler writes through it

    // A request header by name, case-insensitively; empty when absent.
    static QByteArray header(const QHttpServerRequest &request, QByteArrayView name);
    static QString methodName(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace tokdeck
