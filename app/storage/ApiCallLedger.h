// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/StoreBase.h"

#include <QDateTime>
#include <QStringList>

namespace tokdeck {

// The API's rate limits counted where every process sees them: the app, any number of
// `tokdeck-cli outbox run` and (later) other desktops share one key's budget, so a limit
// counted in one process's memory would let them exceed it together. The outbox reserves its
// calls here before making them (each process still paces itself in ApiClient's RateLimiter).
class ApiCallLedger final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(ApiCallLedger)
    Q_DISABLE_COPY_MOVE(ApiCallLedger)

public:
    struct Limits // a limit <= 0 is off
    {
        int perMinute;
        int perHour;
        int createsPerAccountPerMinute;
    };
    static Limits contractLimits(); // the contract's numbers (rules/ContractLimits.h)

    explicit ApiCallLedger(StoreContext &context);
    void setLimits(Limits limits) { m_limits = limits; }

    // Reserves `requests` calls to `host` (and, for a create call, one creation per account),
    // all or nothing, in one transaction. Returns 0 when reserved, else the milliseconds to
    // wait before asking again (nothing reserved); -1 on a database failure.
    qint64 reserve(const QString &host, int requests, const QStringList &createAccounts,
                   const QDateTime &now);

private:
    Limits m_limits;
};

} // namespace tokdeck
