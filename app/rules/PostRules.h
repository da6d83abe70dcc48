// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/MediaInfo.h"
#include "domain/PostRequest.h"
#include "rules/ScheduleRules.h"
#include "rules/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace tokdeck {

// A whole post as the user composed it, before anything is uploaded.
struct PostCheckInput
{
    PostType type = PostType::Video;
    QList<MediaInfo> media;       // in display order
    QString title;                // shared title (targets carry the resolved ones)
    QList<AccountTarget> targets; // resolved caption/title per account
    bool isAigc = false;
    std::optional<QDateTime> scheduledAt;
    // Composing (composer, CLI, import): beyond 30 days is held locally, not refused.
    ScheduleRules::BeyondWindow beyondWindow = ScheduleRules::BeyondWindow::HoldLocally;
};

// The post-level rows of the contract's table, plus the per-file and text rules for each part.
class PostRules
{
    Q_DECLARE_TR_FUNCTIONS(PostRules)

public:
    // Which post the media make: one video, one image, or several images. A mix, or a
    // second video, is a rejection (returned through issues, with nullopt). No media at all
    // is nullopt with no issue: check() names that one problem.
    static std::optional<PostType> typeForMedia(const QList<MediaInfo> &media,
                                                ValidationIssues *issues);

    // knownAccounts: when given, targets must be TikTok accounts among them, and the texts
    // about one account name it by its name rather than its id.
    static ValidationIssues
    check(const PostCheckInput &post, const QDateTime &now,
          const std::optional<QList<Account>> &knownAccounts = std::nullopt);

    // Each target must be a TikTok account among those Crosspostify lists.
    static ValidationIssues checkAccounts(const QList<AccountTarget> &targets,
                                          const QList<Account> &knownAccounts);
    // The account's displayName() among `knownAccounts`, else the id itself: the one way a
    // problem text names an account.
    static QString accountName(const QString &id, const QList<Account> &knownAccounts);
};

} // namespace tokdeck
