// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RetryPolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace tokdeck {

int RetryPolicy::backoffMs(int attempt) const
{
    const qint64 exponential = qint64(baseDelayMs) << std::clamp(attempt - 1, 0, 20);
    const qint64 capped = std::min<qint64>(exponential, maxDelayMs);
    // Full-range jitter would allow 0; half to full keeps retries spread but not immediate.
    const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(double(capped) * jitter);
}

std::optional<int> RetryPolicy::delayBeforeRetry(const ApiError &error, CallKind call,
                                                 int attempt) const
{
    if (attempt >= maxAttempts)
        return std::nullopt;

    switch (error.kind()) {
    case ApiError::Kind::RateLimited:
        if (error.retryAfterSeconds() >= 0) {
            const qint64 ms = qint64(error.retryAfterSeconds()) * 1000;
            if (ms > maxRetryAfterMs)
                return std::nullopt;
            return int(ms);
        }
        return backoffMs(attempt);
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        // Never sent: safe for every call. Otherwise only for calls that can be repeated
        // harmlessly (reads, media uploads: an orphan upload costs nothing).
        if (error.neverSent() || call == CallKind::Idempotent)
            return backoffMs(attempt);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace tokdeck
