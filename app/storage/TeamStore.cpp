// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/TeamStore.h"

#include "storage/SqlValues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tokdeck {

using namespace sql;

namespace {
// The key the migration's triggers read too (MigrationsTeam.cpp): keep both spellings equal.
constexpr auto approvalKey = "approval_required";
} // namespace

TeamStore::TeamStore(StoreContext &context)
    : StoreBase(context)
{}

std::optional<bool> TeamStore::readApprovalRequired(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!prepareAndExec(query, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"),
                        {QString::fromLatin1(approvalKey)})) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.next() && query.value(0).toString() == QLatin1StringView("on");
}

std::optional<bool> TeamStore::approvalRequired()
{
    const QString operation = tr("Could not read whether the team requires approval");
    if (!ensureOpen(operation))
        return std::nullopt;
    QString error;
    const std::optional<bool> required = readApprovalRequired(connection(), &error);
    if (!required)
        fail(tr("%1: %2").arg(operation, error));
    return required;
}

bool TeamStore::setApprovalRequired(bool required)
{
    const QString operation = tr("Could not change whether the team requires approval");
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    return execOrFail(
        query,
        QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {QString::fromLatin1(approvalKey), required ? QStringLiteral("on") : QStringLiteral("off")},
        operation);
}

QList<PostAuditEntry> TeamStore::audit(qint64 postId)
{
    const QString operation = tr("Could not read the audit trail of post %1").arg(postId);
    QList<PostAuditEntry> entries;
    if (!ensureOpen(operation))
        return entries;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT at, member, from_state, to_state, comment "
                                   "FROM post_audit WHERE post_id = ? ORDER BY id"),
                    {postId}, operation))
        return entries;
    while (query.next()) {
        const std::optional<PostState> from = postStateFromKey(query.value(2).toString());
        const std::optional<PostState> to = postStateFromKey(query.value(3).toString());
        if (!from || !to)
            continue; // a state of a newer Tokdeck: not ours to show wrongly
        entries.append({postId, fromMillis(query.value(0)), query.value(1).toString(), *from, *to,
                        query.value(4).toString()});
    }
    return entries;
}

} // namespace tokdeck
