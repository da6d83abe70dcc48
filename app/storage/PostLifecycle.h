// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "domain/PostState.h"
#include "storage/StoreBase.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace tokdeck {

// What a state change found. A refused change is a normal answer (another runner, window or
// process changed the post first), never a silent success.
struct TransitionOutcome
{
    enum class Kind {
        Done,
        Refused,  // the post is in another state, or its lease is someone else's
        NotFound, // no such post
        Failed,   // the database failed: lastError() says why
    };
    Kind kind = Kind::Failed;
    std::optional<PostState> current; // the state found (Done: the new one)
    // Refused by the team's rules rather than by the post's state (approval required, or the
    // database refused this member the change): a translated sentence, or the server's.
    QString reason = {};

    bool done() const { return kind == Kind::Done; }
};

// Optional parts of a state change. lastError replaces the stored one (empty clears it); an
// empty serverPostId keeps the stored one.
struct TransitionDetails
{
    QString lastError;
    QString serverPostId;
    // When set, the change applies only while this runner holds the post's lease: a runner
    // whose lease expired (and was recovered by another) can no longer write its post.
    QString leaseOwner;
    // When set, binds the post to this API host (publishing: draft → ready).
    QString apiHost;
    // When set, the TikTok URL the user gave (→ live); an empty one keeps the stored URL.
    // (Default member initialisers: the positional {message, id, runner, host} elsewhere stays
    // warning-free.)
    QString tiktokUrl = {};
    // Per-account answers of the create call, stored with the change in one transaction (an
    // account's earlier result is replaced; accounts not named keep theirs).
    QList<PostAccountResult> accountResults = {};
    // Why, for the audit trail (a reviewer's rejection): stored with the change.
    QString comment = {};
};

// A post's state, for any number of processes on one database: every change is one
// compare-and-set UPDATE against allowedPostTransitions(), and work is claimed with a lease
// (runner id + expiry) that its runner renews while it works. Recovery after a crash touches
// only posts whose lease has expired. State changes do not raise the content revision, so the
// composer's saves are never refused because the outbox moved the post on.
class PostLifecycle final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(PostLifecycle)
    Q_DISABLE_COPY_MOVE(PostLifecycle)

public:
    explicit PostLifecycle(StoreContext &context);

    // from → to for a post in any of `from`; a pair that is not an allowed edge is refused.
    // While the team requires approval (TeamStore), draft → ready is refused: through review.
    // Every change here, by claim() and by recoverExpired() writes its audit row (post_audit:
    // who, when, from, to, details.comment) in the change's own transaction.
    TransitionOutcome transition(qint64 id, const QList<PostState> &from, PostState to,
                                 const TransitionDetails &details = {});
    // ready → uploading for `runner`, holding the post until `leaseUntil`. False when another
    // runner got it first (or it is no longer ready); lastError() is set only on failure.
    // With `apiHost`, only a post bound to that host or not bound yet (which it then binds):
    // a post made for the sandbox never goes to Crosspostify, nor the other way round.
    bool claim(qint64 id, const QString &runner, const QDateTime &leaseUntil,
               const QString &apiHost = {});
    // Extends `runner`'s lease; false when the post is no longer its (expired and recovered).
    bool renewLease(qint64 id, const QString &runner, const QDateTime &leaseUntil);
    // Posts whose runner stopped renewing: uploading → ready (uploads kept, sent again),
    // submitting → needs attention (the create call may have arrived: never re-sent on its
    // own). Returns the posts changed.
    QList<qint64> recoverExpired(const QDateTime &now);
    // A ready post that Crosspostify refused with a rate limit: not claimed before `notBefore`.
    // Any later state change or claim clears it. False when the post is not ready (or on a
    // database failure: lastError()).
    bool deferUntil(qint64 id, const QDateTime &notBefore);
    // The ready posts whose not-before time lies after `now`: not due yet, whatever their plan.
    QList<qint64> deferredAt(const QDateTime &now);
    // The lease holder of a post, for tests and the CLI ("" when none).
    QString leaseOwner(qint64 id);

private:
    bool writeAudit(QSqlQuery &query, qint64 id, PostState from, PostState to,
                    const QString &comment, const QString &operation);
};

} // namespace tokdeck
