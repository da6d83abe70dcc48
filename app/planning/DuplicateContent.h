// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "rules/ValidationIssue.h"

#include <QCoreApplication>
#include <QHash>

namespace tokdeck {

// TikTok may treat the same video, photos or caption posted by several accounts close together
// as duplicate content (and hide all but one). A warning, never a block: the user may mean it.
class DuplicateContent
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateContent)

public:
    // How close "close together" is; the stagger moves each further account by this much.
    static constexpr qint64 windowSeconds = 3600;

    // One warning (subject "duplicate") when `post` goes to several accounts at once, or shares
    // its media (same SHA-256 or path) or caption with one of `others` (other planned posts)
    // less than windowSeconds apart. `names`: account id → display name (the id when absent).
    static ValidationIssues warningsFor(const Post &post, const QList<Post> &others,
                                        const QHash<QString, QString> &names);
};

} // namespace tokdeck
