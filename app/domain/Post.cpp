// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Post.h"

#include <algorithm>

namespace tokdeck {

QString handOverKey(HandOver handOver)
{
    switch (handOver) {
    case HandOver::Now:
        return QStringLiteral("now");
    case HandOver::KeepEditable:
        return QStringLiteral("keep_editable");
    }
    return {};
}

std::optional<HandOver> handOverFromKey(QStringView key)
{
    for (HandOver handOver : {HandOver::Now, HandOver::KeepEditable}) {
        if (key == handOverKey(handOver))
            return handOver;
    }
    return std::nullopt;
}

bool isEditableState(PostState state)
{
    return state == PostState::Draft || state == PostState::Ready || state == PostState::Failed;
}

bool isLockedState(PostState state)
{
    switch (state) {
    case PostState::Submitting:
    case PostState::Scheduled:
    case PostState::Published:
    case PostState::NeedsAttention:
        return true;
    case PostState::Draft:
    case PostState::Ready:
    case PostState::Uploading:
    case PostState::Failed:
        return false;
    }
    return false;
}

QList<AccountTarget> Post::resolvedTargets() const
{
    QList<AccountTarget> targets;
    targets.reserve(accounts.size());
    for (const PostAccount &account : accounts) {
        targets.append({account.accountId,
                        account.captionOverride.isEmpty() ? caption : account.captionOverride,
                        account.titleOverride.isEmpty() ? title : account.titleOverride});
    }
    return targets;
}

QStringList Post::mediaIds() const
{
    QStringList ids;
    ids.reserve(media.size());
    for (const PostMedia &item : media)
        ids.append(item.mediaId);
    return ids;
}

bool Post::allMediaUploaded() const
{
    return std::all_of(media.cbegin(), media.cend(),
                       [](const PostMedia &item) { return item.isUploaded(); });
}

bool Post::isLocked() const
{
    return isLockedState(state);
}

bool Post::isEditable() const
{
    return isEditableState(state);
}

PostMedia PostMedia::fromInfo(const MediaInfo &info)
{
    PostMedia media;
    media.path = info.path;
    media.size = info.fileSize;
    media.kind = info.kind();
    media.width = info.width;
    media.height = info.height;
    media.durationSeconds = info.durationSeconds;
    media.codec = info.codec;
    return media;
}

std::optional<QDateTime> Post::handOverAt() const
{
    if (!plannedAt)
        return std::nullopt;
    switch (handOver) {
    case HandOver::Now:
        return plannedAt->addSecs(-handover::windowSeconds);
    case HandOver::KeepEditable:
        return plannedAt->addSecs(-handover::keepEditableLeadSeconds);
    }
    return std::nullopt;
}

bool Post::isHeldLocally(const QDateTime &nowUtc) const
{
    if (state != PostState::Ready)
        return false;
    const std::optional<QDateTime> at = handOverAt();
    return at && nowUtc < *at;
}

PostDisplayState Post::displayState(const QDateTime &nowUtc) const
{
    return isHeldLocally(nowUtc) ? PostDisplayState::HeldLocally : toDisplayState(state);
}

} // namespace tokdeck
