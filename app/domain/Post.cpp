// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Post.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>
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
    case PostState::Live:
    case PostState::FailedOnTikTok: // moved back to draft to be fixed, or sent again
        return true;
    case PostState::Draft:
    case PostState::InReview: // waits for a decision, not locked for good
    case PostState::Ready:
    case PostState::Uploading:
    case PostState::Failed:
        return false;
    }
    return false;
}

bool PostAccountResult::taken() const
{
    return status != notTaken && status != QLatin1StringView("failed")
           && status != QLatin1StringView("error") && status != QLatin1StringView("rejected");
}

QList<PostAccountResult>
accountResultsFromAnswer(const QStringList &sentAccounts,
                         const QList<std::pair<QString, QString>> &statuses, const QDateTime &atUtc)
{
    QList<PostAccountResult> results;
    if (statuses.isEmpty())
        return results;
    for (const QString &account : sentAccounts) {
        const auto found =
            std::find_if(statuses.cbegin(), statuses.cend(),
                         [&account](const auto &status) { return status.first == account; });
        QString status = found != statuses.cend() ? found->second : PostAccountResult::notTaken;
        if (status.isEmpty()) // listed without a word: it was taken
            status = QStringLiteral("accepted");
        results.append({account, status, atUtc});
    }
    return results;
}

QString normalisedTikTokUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString host = url.host().toLower();
    const bool tiktok =
        host == QLatin1StringView("tiktok.com") || host.endsWith(QLatin1StringView(".tiktok.com"));
    if (!url.isValid() || url.scheme() != QLatin1StringView("https") || !tiktok
        || !url.userInfo().isEmpty() || (url.port() != -1 && url.port() != 443))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QStringList accountResultLines(const Post &post, const QHash<QString, QString> &names)
{
    QStringList lines;
    for (const PostAccount &account : post.accounts) {
        const PostAccountResult *result = post.accountResult(account.accountId);
        if (!result)
            continue;
        const QString name = names.value(account.accountId, account.accountId);
        //: One account of a post and what Crosspostify said, e.g. "Pixel & Pine: queued".
        lines.append(
            result->taken()
                ? QCoreApplication::translate("PostState", "%1: %2").arg(name, result->status)
                : QCoreApplication::translate("PostState", "%1: did not take it (send it again)")
                      .arg(name));
    }
    return lines;
}

const PostAccountResult *Post::accountResult(const QString &accountId) const
{
    const auto found =
        std::find_if(accountResults.cbegin(), accountResults.cend(),
                     [&accountId](const PostAccountResult &r) { return r.accountId == accountId; });
    return found != accountResults.cend() ? &*found : nullptr;
}

QStringList Post::accountsNotTaken() const
{
    QStringList ids;
    for (const PostAccount &account : accounts) {
        const PostAccountResult *result = accountResult(account.accountId);
        if (result && !result->taken())
            ids.append(account.accountId);
    }
    return ids;
}

QList<AccountTarget> Post::resolvedTargets() const
{
    // An account with no result yet (added since, or nothing known) counts as not taken; but
    // only when at least one account is known to have the post does anything get left out.
    const bool someTaken = std::any_of(accounts.cbegin(), accounts.cend(), [this](const auto &a) {
        const PostAccountResult *result = accountResult(a.accountId);
        return result && result->taken();
    });
    const bool someNot = std::any_of(accounts.cbegin(), accounts.cend(), [this](const auto &a) {
        const PostAccountResult *result = accountResult(a.accountId);
        return !result || !result->taken();
    });
    const bool onlyMissing = someTaken && someNot;
    QList<AccountTarget> targets;
    targets.reserve(accounts.size());
    for (const PostAccount &account : accounts) {
        const PostAccountResult *result = accountResult(account.accountId);
        if (onlyMissing && result && result->taken())
            continue;
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

bool Post::isDueNotConfirmed(const QDateTime &nowUtc) const
{
    return state == PostState::Scheduled && plannedAt && *plannedAt <= nowUtc;
}

PostDisplayState Post::displayState(const QDateTime &nowUtc) const
{
    if (isHeldLocally(nowUtc))
        return PostDisplayState::HeldLocally;
    if (isDueNotConfirmed(nowUtc))
        return PostDisplayState::DueNotConfirmed;
    return toDisplayState(state);
}

QString Post::statusText(const QDateTime &nowUtc) const
{
    const PostDisplayState shown = displayState(nowUtc);
    const QString name = postDisplayStateName(shown);
    switch (shown) {
    case PostDisplayState::Scheduled:
        if (plannedAt) {
            //: A post handed over with its time, e.g. "Handed to Crosspostify · due Tue 14:05".
            return QCoreApplication::translate("PostState", "%1 · due %2")
                .arg(name,
                     QLocale().toString(plannedAt->toLocalTime(), QStringLiteral("ddd HH:mm")));
        }
        return name;
    case PostDisplayState::Live:
        return tiktokUrl.isEmpty() ? name : name + QStringLiteral(" · ") + tiktokUrl;
    case PostDisplayState::FailedOnTikTok:
        return lastError.isEmpty()
                   ? name
                   : QCoreApplication::translate("PostState", "%1: %2").arg(name, lastError);
    default:
        return name;
    }
}

} // namespace tokdeck
