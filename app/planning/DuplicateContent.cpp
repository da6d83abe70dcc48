// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/DuplicateContent.h"

#include <QLocale>
#include <algorithm>
#include <cstdlib>

namespace tokdeck {

namespace {
enum class Shared { Nothing, Media, Caption };

Shared sharedContent(const Post &a, const Post &b)
{
    for (const PostMedia &mine : a.media) {
        for (const PostMedia &theirs : b.media) {
            if ((!mine.sha256.isEmpty() && mine.sha256 == theirs.sha256)
                || (!mine.path.isEmpty() && mine.path == theirs.path))
                return Shared::Media;
        }
    }
    const QString caption = a.caption.trimmed();
    if (!caption.isEmpty() && caption == b.caption.trimmed())
        return Shared::Caption;
    return Shared::Nothing;
}
} // namespace

ValidationIssues DuplicateContent::warningsFor(const Post &post, const QList<Post> &others,
                                               const QHash<QString, QString> &names)
{
    QStringList accounts;
    const auto add = [&](const QList<PostAccount> &list) {
        for (const PostAccount &account : list) {
            const QString name = names.value(account.accountId, account.accountId);
            if (!accounts.contains(name))
                accounts.append(name);
        }
    };
    add(post.accounts);
    // The post itself to several accounts is the plainest case: the same content at one time.
    bool media = !post.media.isEmpty();
    bool shared = accounts.size() > 1 && (media || !post.caption.trimmed().isEmpty());
    const QDateTime at = post.plannedAt.value_or(QDateTime());
    for (const Post &other : others) {
        if (other.id == post.id || !other.plannedAt || !at.isValid()
            || std::abs(other.plannedAt->secsTo(at)) >= windowSeconds)
            continue;
        const Shared what = sharedContent(post, other);
        if (what == Shared::Nothing)
            continue;
        shared = true;
        media = media && what == Shared::Media;
        add(other.accounts);
    }
    if (!shared || accounts.size() < 2)
        return {};
    const QString what = !media                         ? tr("Same caption")
                         : post.type == PostType::Video ? tr("Same video")
                                                        : tr("Same photos");
    return {{ValidationIssue::Severity::Warn, QStringLiteral("duplicate"),
             tr("%1 for %2 within %n hour(s): TikTok may treat it as duplicate content. "
                "Stagger the accounts (each its own post, an hour apart).",
                nullptr, int(windowSeconds / 3600))
                 .arg(what, QLocale().createSeparatedList(accounts))}};
}

} // namespace tokdeck
