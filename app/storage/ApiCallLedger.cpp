// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ApiCallLedger.h"

#include "rules/ContractLimits.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <algorithm>

namespace tokdeck {

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 3'600'000;
} // namespace

ApiCallLedger::Limits ApiCallLedger::contractLimits()
{
    return {limits::requestsPerMinute, limits::requestsPerHour, limits::createsPerAccountPerMinute};
}

ApiCallLedger::ApiCallLedger(StoreContext &context)
    : StoreBase(context)
    , m_limits(contractLimits())
{}

qint64 ApiCallLedger::reserve(const QString &host, int requests, const QStringList &createAccounts,
                              const QDateTime &now)
{
    const QString operation = tr("Could not count the calls made to %1").arg(host);
    if (!ensureOpen(operation))
        return -1;
    // IMMEDIATE: count and insert under the write lock, so two processes cannot both see room
    // for the last call of a minute.
    Transaction transaction(connection());
    if (!beginOrFail(transaction, operation))
        return -1;
    QSqlQuery query(connection());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!execOrFail(query, QStringLiteral("DELETE FROM api_calls WHERE at < ?"), {nowMs - hourMs},
                    operation))
        return -1;

    // How long until `needed` more fit into `limit` calls per `windowMs` for `account`
    // ('' = the key's requests): the moment the oldest blocking call leaves the window.
    qint64 wait = 0;
    auto waitFor = [&](const QString &account, int needed, int limit, qint64 windowMs) {
        if (!execOrFail(query,
                        QStringLiteral("SELECT at FROM api_calls WHERE host = ? AND "
                                       "account_id = ? AND at >= ? ORDER BY at DESC"),
                        {host, sql::text(account), nowMs - windowMs}, operation))
            return false;
        QList<qint64> times; // newest first
        while (query.next())
            times.append(query.value(0).toLongLong());
        query.finish();
        if (limit <= 0)
            return true; // that limit is off (a sandbox without limits, tests)
        const qsizetype excess = times.size() + needed - limit;
        if (excess > 0 && needed <= limit) {
            const qint64 freesAt = times.at(times.size() - excess) + windowMs;
            wait = std::max(wait, freesAt - nowMs + 1);
        } else if (needed > limit) {
            wait = std::max(wait, windowMs);
        }
        return true;
    };
    if (requests > 0
        && (!waitFor(QString(), requests, m_limits.perMinute, minuteMs)
            || !waitFor(QString(), requests, m_limits.perHour, hourMs)))
        return -1;
    for (const QString &account : createAccounts) {
        if (!waitFor(account, 1, m_limits.createsPerAccountPerMinute, minuteMs))
            return -1;
    }
    if (wait > 0)
        return wait; // the transaction rolls back: nothing reserved

    QStringList rows(requests, QString());
    rows += createAccounts;
    for (const QString &account : std::as_const(rows)) {
        if (!execOrFail(query,
                        QStringLiteral("INSERT INTO api_calls (host, account_id, at) "
                                       "VALUES (?, ?, ?)"),
                        {host, sql::text(account), nowMs}, operation))
            return -1;
    }
    if (!commitOrFail(transaction, operation))
        return -1;
    return 0;
}

} // namespace tokdeck
