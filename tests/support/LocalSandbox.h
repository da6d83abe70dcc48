// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The network half most integration tests set up the same way: the sandbox on 127.0.0.1 with
// an ApiClient pointed at it. Header-only, so only the tests that include it need the api and
// sandbox modules. TestStorage.h is the database half.

#include "api/ApiClient.h"
#include "api/RetryPolicy.h"
#include "sandbox/SandboxServer.h"
#include "support/Clock.h"

namespace tokdeck::test {

struct LocalSandbox
{
    SandboxServer server; // declared first: destroyed after the client that talks to it
    ApiClient client;

    // Listens (with the given clock for its schedule rules, if any) and points the client at
    // it with the sandbox's key. False when no loopback port could be had.
    [[nodiscard]] bool start(const Clock *clock = nullptr)
    {
        if (clock)
            server.setClock(clock);
        if (!server.listen())
            return false;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(server.apiKey());
        return true;
    }

    // Retries after milliseconds instead of seconds: tests of retrying stay fast.
    void retryFast()
    {
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        client.setRetryPolicy(fast);
    }

    // No retries: an injected failure shows up as the failure itself.
    void retryNever()
    {
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
    }
};

} // namespace tokdeck::test
