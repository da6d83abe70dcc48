// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostType.h"
#include "sandbox/SandboxReply.h"

#include <QDateTime>
#include <QString>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace tokdeck {

class SandboxRateLimiter;
class SandboxState;

// The Crosspostify endpoints, once a request has passed the fault plan, the key check and
// the request rate limit: routing, then one function per endpoint.
class SandboxApi
{
public:
    SandboxApi(SandboxState &state, SandboxRateLimiter &limiter)
        : m_state(state)
        , m_limiter(limiter)
    {}

    SandboxReply handle(const QHttpServerRequest &request, const QString &path,
                        const QDateTime &now);

private:
    SandboxReply socialAccounts() const;
    SandboxReply uploadMedia(const QHttpServerRequest &request);
    SandboxReply createPost(PostType type, const QHttpServerRequest &request, const QDateTime &now);

    SandboxState &m_state;
    SandboxRateLimiter &m_limiter;
};

} // namespace tokdeck
