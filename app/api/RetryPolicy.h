// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <optional>

namespace tokdeck {

// When a failed call is tried again, and after how long. Exponential backoff with jitter;
// a server's Retry-After wins when present. Only failures that are safe to repeat qualify:
// a create call is retried only when it provably never left the machine, or on 429.
struct RetryPolicy
{
    int maxAttempts = 4;    // first try included
    int baseDelayMs = 1000; // 1 s, 2 s, 4 s, ... (times a 0.5-1.0 jitter)
    int maxDelayMs = 60'000;
    int maxRetryAfterMs = 120'000; // a longer Retry-After is reported instead of waited out

    enum class CallKind { Idempotent, Create };

    // nullopt: give up and report. Otherwise the delay before attempt number `attempt + 1`.
    std::optional<int> delayBeforeRetry(const ApiError &error, CallKind call, int attempt) const;
    int backoffMs(int attempt) const;
};

} // namespace tokdeck
