// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SlotStore.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace tokdeck {

using namespace sql;

SlotStore::SlotStore(StoreContext &context)
    : StoreBase(context)
{}

bool SlotStore::setSlots(const AccountSlotSpec &slots)
{
    const QString operation = tr("Could not save the posting slots of %1").arg(slots.accountId);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    if (slots.spec.trimmed().isEmpty()) {
        return execOrFail(query, QStringLiteral("DELETE FROM posting_slots WHERE account_id = ?"),
                          {text(slots.accountId)}, operation);
    }
    // One statement: atomic on its own, and a second process setting the same account's
    // slots simply wins after this one.
    return execOrFail(
        query,
        QStringLiteral("INSERT INTO posting_slots (account_id, spec, zone, "
                       "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(account_id) "
                       "DO UPDATE SET spec = excluded.spec, zone = excluded.zone, "
                       "updated_at = excluded.updated_at"),
        {text(slots.accountId), text(slots.spec), text(slots.zoneId), nowUtc().toMSecsSinceEpoch()},
        operation);
}

std::optional<AccountSlotSpec> SlotStore::slotsFor(const QString &accountId)
{
    const QString operation = tr("Could not read the posting slots of %1").arg(accountId);
    if (!ensureOpen(operation))
        return std::nullopt;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT spec, zone FROM posting_slots WHERE account_id = ?"),
                    {text(accountId)}, operation)
        || !query.next())
        return std::nullopt;
    return AccountSlotSpec{accountId, query.value(0).toString(), query.value(1).toString()};
}

QList<AccountSlotSpec> SlotStore::allSlots()
{
    const QString operation = tr("Could not read the posting slots");
    QList<AccountSlotSpec> all;
    if (!ensureOpen(operation))
        return all;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT account_id, spec, zone FROM posting_slots "
                                   "ORDER BY account_id"),
                    {}, operation))
        return all;
    while (query.next()) {
        all.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return all;
}

} // namespace tokdeck
