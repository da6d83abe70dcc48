// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tokdeck {

SandboxReply SandboxReply::json(const QJsonValue &value, int status)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {
        status, QByteArrayLiteral("application/json"), document.toJson(QJsonDocument::Compact), {}};
}

SandboxReply SandboxReply::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

SandboxReply SandboxReply::tooManyRequests(int retryAfterSeconds, const QString &message)
{
    SandboxReply reply = error(429, message);
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return reply;
}

} // namespace tokdeck
