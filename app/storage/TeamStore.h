// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "storage/StoreBase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace tokdeck {

// One row of a post's audit trail (table post_audit): who changed its state, when, and why.
struct PostAuditEntry
{
    qint64 postId = 0;
    QDateTime at;   // UTC
    QString member; // sql::currentMember() of the connection that made the change
    PostState from = PostState::Draft;
    PostState to = PostState::Draft;
    QString comment; // a reviewer's reason; empty for most changes

    friend bool operator==(const PostAuditEntry &, const PostAuditEntry &) = default;
};

// The team's settings (table team_settings) and the audit trail, on both backends. The audit
// rows are written by PostLifecycle with each state change; this store reads them.
class TeamStore final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)
    Q_DISABLE_COPY_MOVE(TeamStore)

public:
    explicit TeamStore(StoreContext &context);

    // Whether a draft may become ready only through review (InReview → Ready). Off by
    // default. nullopt on failure.
    std::optional<bool> approvalRequired();
    bool setApprovalRequired(bool required);
    // The post's audit trail, oldest first; empty for none (lastError() empty) or on failure.
    QList<PostAuditEntry> audit(qint64 postId);

    // The reading PostLifecycle shares, inside its own transaction.
    static std::optional<bool> readApprovalRequired(const QSqlDatabase &db, QString *error);
};

} // namespace tokdeck
