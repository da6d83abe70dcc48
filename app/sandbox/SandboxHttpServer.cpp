// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/SandboxHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

namespace tokdeck {

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

SandboxHttpServer::~SandboxHttpServer() = default;

QByteArray SandboxHttpServer::header(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString SandboxHttpServer::methodName(const QHttpServerRequest &request)
{
    const char *key =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true; // every request is ours: unknown paths get the API's 404 from the handler
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest takes everything), but the base class requires an answer.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace tokdeck
