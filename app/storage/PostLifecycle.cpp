// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PostLifecycle.h"

#include "domain/PostTransitions.h"
#include "storage/SqlValues.h"
#include "storage/TeamStore.h"
#include "storage/Transaction.h"
#include "support/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tokdeck {

using namespace sql;

PostLifecycle::PostLifecycle(StoreContext &context)
    : StoreBase(context)
{}

namespace {

// The server's own refusals of a change: a privilege this member lacks (grants, or the role
// guard of TeamSchema), or the approval trigger of migration step 15. Normal answers, not
// failures of the database. SQLite has no members, and its trigger is pre-empted below.
bool isRefusalByTheServer(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1StringView("42501") || code == QLatin1StringView("23514");
}

} // namespace

bool PostLifecycle::writeAudit(QSqlQuery &query, qint64 id, PostState from, PostState to,
                               const QString &comment, const QString &operation)
{
    return execOrFail(query,
                      QStringLiteral("INSERT INTO post_audit (post_id, at, member, from_state, "
                                     "to_state, comment) VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, nowUtc().toMSecsSinceEpoch(), text(currentMember(connection())),
                       postStateKey(from), postStateKey(to), text(comment)},
                      operation);
}

TransitionOutcome PostLifecycle::transition(qint64 id, const QList<PostState> &from, PostState to,
                                            const TransitionDetails &details)
{
    const QString operation = tr("Could not mark post %1 as \"%2\"")
                                  .arg(id)
                                  .arg(postDisplayStateName(toDisplayState(to)));
    TransitionOutcome outcome;
    if (!ensureOpen(operation))
        return outcome;
    QList<PostState> allowed;
    for (PostState state : from) {
        if (isAllowedTransition(state, to))
            allowed.append(state);
        else // a caller's mistake, refused like any other: the table is the only authority
            qCWarning(lcStorage) << "refused: no edge" << postStateKey(state) << "->"
                                 << postStateKey(to);
    }
    QString policyReason;
    if (to == PostState::Ready && allowed.contains(PostState::Draft)) {
        QString error;
        const std::optional<bool> required = TeamStore::readApprovalRequired(connection(), &error);
        if (!required) {
            fail(tr("%1: %2").arg(operation, error));
            return outcome;
        }
        if (*required) {
            allowed.removeAll(PostState::Draft);
            policyReason = tr("your team requires approval: submit post %1 for review, and an "
                              "approver makes it ready.")
                               .arg(id);
        }
    }
    QSqlQuery query(connection());
    if (!allowed.isEmpty()) {
        // The change, its audit row and its results together or not at all: a crash between
        // them must not leave a scheduled post that forgot which accounts took it, or a change
        // nobody can trace.
        Transaction transaction(connection());
        if (!beginOrFail(transaction, operation))
            return outcome;
        // Leaving the leased states ends the lease; moving between them keeps it.
        const bool keepsLease = isLeasedState(to);
        QVariantList binds = {postStateKey(to), text(details.lastError), text(details.serverPostId),
                              text(details.serverPostId), nowUtc().toMSecsSinceEpoch()};
        QString sql = QStringLiteral("UPDATE posts SET state = ?, last_error = ?, "
                                     "server_post_id = CASE WHEN ? = '' THEN server_post_id "
                                     "ELSE ? END, updated_at = ?, not_before = NULL");
        if (!keepsLease)
            sql += QStringLiteral(", lease_owner = '', lease_until = NULL");
        if (!details.apiHost.isEmpty()) {
            sql += QStringLiteral(", api_host = ?");
            binds << details.apiHost;
        }
        if (!details.tiktokUrl.isEmpty()) {
            sql += QStringLiteral(", tiktok_url = ?");
            binds << details.tiktokUrl;
        }
        sql += QStringLiteral(" WHERE id = ? AND state = ?");
        if (!details.leaseOwner.isEmpty())
            sql += QStringLiteral(" AND lease_owner = ?");
        // One compare-and-set per candidate state, so the audit knows which one it left (the
        // write transaction keeps another writer from slipping in between).
        for (PostState state : std::as_const(allowed)) {
            QVariantList stateBinds = binds;
            stateBinds << id << postStateKey(state);
            if (!details.leaseOwner.isEmpty())
                stateBinds << details.leaseOwner;
            if (!prepareAndExec(query, sql, stateBinds)) {
                if (!isRefusalByTheServer(query.lastError())) {
                    fail(operation, query.lastError());
                    return outcome;
                }
                const QString reason = query.lastError().databaseText();
                return {TransitionOutcome::Kind::Refused, state, reason};
            }
            if (query.numRowsAffected() != 1)
                continue;
            if (!writeAudit(query, id, state, to, details.comment, operation))
                return outcome;
            for (const PostAccountResult &result : details.accountResults) {
                if (!execOrFail(query,
                                QStringLiteral("INSERT INTO post_account_results "
                                               "(post_id, account_id, status, at) "
                                               "VALUES (?, ?, ?, ?) ON CONFLICT (post_id, "
                                               "account_id) DO UPDATE SET status = "
                                               "excluded.status, at = excluded.at"),
                                {id, text(result.accountId), text(result.status),
                                 result.at.toMSecsSinceEpoch()},
                                operation))
                    return outcome;
            }
            if (!commitOrFail(transaction, operation))
                return outcome;
            announce(id);
            return {TransitionOutcome::Kind::Done, to};
        }
    }
    // Refused: say what is there instead, so the caller can tell the user.
    if (!execOrFail(query, QStringLiteral("SELECT state FROM posts WHERE id = ?"), {id}, operation))
        return outcome;
    if (!query.next())
        return {TransitionOutcome::Kind::NotFound, std::nullopt};
    const std::optional<PostState> current = postStateFromKey(query.value(0).toString());
    return {TransitionOutcome::Kind::Refused, current,
            current == PostState::Draft ? policyReason : QString()};
}

bool PostLifecycle::claim(qint64 id, const QString &runner, const QDateTime &leaseUntil,
                          const QString &apiHost)
{
    const QString operation = tr("Could not claim post %1 for sending").arg(id);
    if (!ensureOpen(operation))
        return false;
    Transaction transaction(connection()); // the claim and its audit row
    if (!beginOrFail(transaction, operation))
        return false;
    QSqlQuery query(connection());
    // The compare-and-set: of two runners, only one UPDATE finds the row still "ready".
    QString sql = QStringLiteral("UPDATE posts SET state = ?, lease_owner = ?, lease_until = ?, "
                                 "last_error = '', updated_at = ?, not_before = NULL");
    QVariantList binds = {postStateKey(PostState::Uploading), runner,
                          leaseUntil.toMSecsSinceEpoch(), nowUtc().toMSecsSinceEpoch()};
    if (!apiHost.isEmpty()) {
        sql += QStringLiteral(", api_host = ?");
        binds << apiHost;
    }
    sql += QStringLiteral(" WHERE id = ? AND state = ?");
    binds << id << postStateKey(PostState::Ready);
    if (!apiHost.isEmpty()) {
        sql += QStringLiteral(" AND (api_host = ? OR api_host = '')");
        binds << apiHost;
    }
    if (!execOrFail(query, sql, binds, operation))
        return false;
    if (query.numRowsAffected() != 1)
        return false;
    if (!writeAudit(query, id, PostState::Ready, PostState::Uploading, {}, operation)
        || !commitOrFail(transaction, operation))
        return false;
    announce(id);
    return true;
}

bool PostLifecycle::renewLease(qint64 id, const QString &runner, const QDateTime &leaseUntil)
{
    const QString operation = tr("Could not renew the claim on post %1").arg(id);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("UPDATE posts SET lease_until = ? WHERE id = ? AND "
                                   "lease_owner = ? AND state IN (?, ?)"),
                    {leaseUntil.toMSecsSinceEpoch(), id, runner, postStateKey(PostState::Uploading),
                     postStateKey(PostState::Submitting)},
                    operation))
        return false;
    return query.numRowsAffected() == 1;
}

QList<qint64> PostLifecycle::recoverExpired(const QDateTime &now)
{
    const QString operation = tr("Could not recover posts left by a stopped runner");
    QList<qint64> changed;
    if (!ensureOpen(operation))
        return changed;
    QSqlQuery query(connection());
    // A NULL lease is a post from before leases existed, or one written by hand: expired.
    if (!execOrFail(query,
                    QStringLiteral("SELECT id, state FROM posts WHERE state IN (?, ?) AND "
                                   "(lease_until IS NULL OR lease_until < ?)"),
                    {postStateKey(PostState::Uploading), postStateKey(PostState::Submitting),
                     now.toMSecsSinceEpoch()},
                    operation))
        return changed;
    QList<std::pair<qint64, PostState>> expired;
    while (query.next()) {
        if (const auto state = postStateFromKey(query.value(1).toString()))
            expired.append({query.value(0).toLongLong(), *state});
    }
    query.finish();
    for (const auto &[id, state] : expired) {
        // Each is its own compare-and-set on the expired lease: a runner that renewed in the
        // meantime keeps its post.
        const bool submitting = state == PostState::Submitting;
        const PostState to = submitting ? PostState::NeedsAttention : PostState::Ready;
        const QString message =
            submitting ? tr("Tokdeck stopped while this post was being sent, so it may have been "
                            "published. Check TikTok or the Crosspostify dashboard, then mark it "
                            "published or send it again.")
                       : QString();
        Transaction transaction(connection()); // the recovery and its audit row
        if (!beginOrFail(transaction, operation))
            return changed;
        if (!execOrFail(query,
                        QStringLiteral("UPDATE posts SET state = ?, last_error = ?, "
                                       "lease_owner = '', lease_until = NULL, updated_at = ? "
                                       "WHERE id = ? AND state = ? AND "
                                       "(lease_until IS NULL OR lease_until < ?)"),
                        {postStateKey(to), text(message), now.toMSecsSinceEpoch(), id,
                         postStateKey(state), now.toMSecsSinceEpoch()},
                        operation))
            return changed;
        if (query.numRowsAffected() == 1) {
            if (!writeAudit(query, id, state, to, tr("its runner stopped renewing its claim"),
                            operation)
                || !commitOrFail(transaction, operation))
                return changed;
            qCInfo(lcStorage) << "post" << id << "recovered from an expired lease as"
                              << postStateKey(to);
            announce(id);
            changed.append(id);
        }
    }
    return changed;
}

bool PostLifecycle::deferUntil(qint64 id, const QDateTime &notBefore)
{
    const QString operation = tr("Could not set when post %1 is sent again").arg(id);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("UPDATE posts SET not_before = ? WHERE id = ? AND state = ?"),
                    {notBefore.toMSecsSinceEpoch(), id, postStateKey(PostState::Ready)}, operation))
        return false;
    return query.numRowsAffected() == 1;
}

QList<qint64> PostLifecycle::deferredAt(const QDateTime &now)
{
    const QString operation = tr("Could not read which posts wait for a rate limit");
    QList<qint64> ids;
    if (!ensureOpen(operation))
        return ids;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT id FROM posts WHERE state = ? AND not_before > ?"),
                    {postStateKey(PostState::Ready), now.toMSecsSinceEpoch()}, operation))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString PostLifecycle::leaseOwner(qint64 id)
{
    if (!ensureOpen(tr("Could not read the claim on post %1").arg(id)))
        return {};
    QSqlQuery query(connection());
    if (!execOrFail(query, QStringLiteral("SELECT lease_owner FROM posts WHERE id = ?"), {id},
                    tr("Could not read the claim on post %1").arg(id))
        || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace tokdeck
