// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace tokdeck {

// An answer the sandbox is about to send: built first, written later (at once or, for a
// delay fault, after a timer), so building and sending stay separate.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra ones: Retry-After, Allow

    static SandboxReply json(const QJsonValue &value, int status = 200);
    // The contract's error shape: {"error": "<message>"}.
    static SandboxReply error(int status, const QString &message);
    static SandboxReply tooManyRequests(int retryAfterSeconds, const QString &message);
};

} // namespace tokdeck
