// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/PostRules.h"

#include "rules/ContractLimits.h"
#include "rules/MediaRules.h"
#include "rules/ScheduleRules.h"
#include "rules/TextRules.h"

#include <QSet>

namespace tokdeck {

std::optional<PostType> PostRules::typeForMedia(const QList<MediaInfo> &media,
                                                ValidationIssues *issues)
{
    using Severity = ValidationIssue::Severity;
    int videos = 0;
    int images = 0;
    for (const MediaInfo &item : media) {
        videos += item.kind() == MediaKind::Video;
        images += item.kind() == MediaKind::Image;
    }
    // No media tells no type, and saying so is check()'s job: said here as well, a blank post
    // listed the same problem twice (and with the type's own rule, a third time).
    if (media.isEmpty())
        return std::nullopt;
    if (videos > 0 && images > 0) {
        issues->append({Severity::Reject, tr("media"),
                        tr("A post holds either one video or images, not both. Remove the video "
                           "or the images.")});
        return std::nullopt;
    }
    if (videos > 1) {
        issues->append(
            {Severity::Reject, tr("media"),
             tr("A post holds one video; %1 were added. Make one post per video.").arg(videos)});
        return std::nullopt;
    }
    if (videos == 1)
        return PostType::Video;
    if (images == 1)
        return PostType::Photo;
    if (images > 1)
        return PostType::Slideshow;
    return std::nullopt; // only unknown files: MediaRules names each of them
}

ValidationIssues PostRules::check(const PostCheckInput &post, const QDateTime &now,
                                  const std::optional<QList<Account>> &knownAccounts)
{
    using Severity = ValidationIssue::Severity;
    ValidationIssues issues;

    for (const MediaInfo &item : post.media)
        issues += MediaRules::check(item);

    const int imageCount =
        int(std::count_if(post.media.begin(), post.media.end(),
                          [](const auto &m) { return m.kind() == MediaKind::Image; }));
    // A blank post gets one media problem, whatever type it was last: "a video post needs a
    // video" beside "add a photo or images" would contradict it.
    if (post.media.isEmpty()) {
        issues.append({Severity::Reject, tr("media"),
                       tr("Add a video, a photo or up to 10 images for a slideshow.")});
    } else {
        switch (post.type) {
        case PostType::Video:
            if (post.media.size() != 1 || post.media.first().kind() != MediaKind::Video) {
                issues.append({Severity::Reject, tr("media"),
                               tr("A video post needs exactly one video file.")});
            }
            break;
        case PostType::Photo:
            if (post.media.size() != 1 || imageCount != 1) {
                issues.append(
                    {Severity::Reject, tr("media"), tr("A photo post needs exactly one image.")});
            }
            break;
        case PostType::Slideshow:
            if (post.media.size() > limits::maxSlideshowImages) {
                issues.append({Severity::Reject, tr("media"),
                               tr("A slideshow holds at most 10 images; %1 were added. Remove %2.")
                                   .arg(post.media.size())
                                   .arg(post.media.size() - limits::maxSlideshowImages)});
            } else if (imageCount != post.media.size()) {
                issues.append(
                    {Severity::Reject, tr("media"), tr("A slideshow holds images only.")});
            } else if (post.media.size() == 1) {
                issues.append({Severity::Warn, tr("media"),
                               tr("A slideshow of one image is better posted as a photo.")});
            }
            if (imageCount > 1) {
                QSet<int> ratios; // per-mille aspect ratio, rounded: close enough counts as equal
                for (const MediaInfo &item : post.media) {
                    if (item.width > 0 && item.height > 0)
                        ratios.insert(qRound(1000.0 * item.width / item.height / 20.0));
                }
                if (ratios.size() > 1) {
                    issues.append({Severity::Warn, tr("media"),
                                   tr("The images have different aspect ratios; TikTok shows a "
                                      "slideshow best when all have the same.")});
                }
            }
            break;
        }
    }

    if (post.isAigc && post.type != PostType::Video) {
        issues.append({Severity::Reject, tr("AI-generated label"),
                       tr("The AI-generated label applies to video posts only; clear it for "
                          "photos and slideshows.")});
    }

    if (post.targets.isEmpty()) {
        issues.append({Severity::Reject, tr("accounts"),
                       tr("Choose at least one TikTok account to post to.")});
    }
    // The texts name an account as the user knows it ("caption for Studio Kim"); its id only
    // when the account is not known (offline, the CLI).
    const auto nameOf = [&knownAccounts](const QString &id) {
        return knownAccounts ? accountName(id, *knownAccounts) : id;
    };
    QSet<QString> seen;
    QSet<QString> checkedTexts; // accounts sharing one caption get its findings once
    for (const AccountTarget &target : post.targets) {
        if (seen.contains(target.accountId)) {
            issues.append({Severity::Reject, nameOf(target.accountId),
                           tr("This account is chosen twice; each account gets one post."),
                           target.accountId});
        }
        seen.insert(target.accountId);
        const QString textKey = target.caption + QChar(0) + target.title;
        if (checkedTexts.contains(textKey))
            continue;
        checkedTexts.insert(textKey);
        const bool sharedText =
            std::all_of(post.targets.begin(), post.targets.end(), [&](const auto &t) {
                return t.caption == target.caption && t.title == target.title;
            });
        const QString captionSubject =
            !sharedText ? tr("caption for %1").arg(nameOf(target.accountId)) : tr("caption");
        ValidationIssues texts = TextRules::checkCaption(target.caption, captionSubject);
        const QString titleSubject =
            !sharedText ? tr("title for %1").arg(nameOf(target.accountId)) : tr("title");
        texts += TextRules::checkTitle(post.type, target.title, target.caption, titleSubject);
        for (ValidationIssue &issue : texts) {
            if (!sharedText) // an account's own text: its row in the account list shows it
                issue.accountId = target.accountId;
        }
        issues += texts;
    }

    if (knownAccounts)
        issues += checkAccounts(post.targets, *knownAccounts);
    if (post.scheduledAt)
        issues += ScheduleRules::check(*post.scheduledAt, now, post.beyondWindow);
    return issues;
}

QString PostRules::accountName(const QString &id, const QList<Account> &knownAccounts)
{
    const auto found = std::find_if(knownAccounts.begin(), knownAccounts.end(),
                                    [&id](const Account &account) { return account.id == id; });
    return found != knownAccounts.end() ? found->displayName() : id;
}

ValidationIssues PostRules::checkAccounts(const QList<AccountTarget> &targets,
                                          const QList<Account> &knownAccounts)
{
    ValidationIssues issues;
    for (const AccountTarget &target : targets) {
        const auto found = std::find_if(knownAccounts.begin(), knownAccounts.end(),
                                        [&](const Account &a) { return a.id == target.accountId; });
        if (found == knownAccounts.end()) {
            issues.append({ValidationIssue::Severity::Reject, target.accountId,
                           tr("No connected account has this ID. Run \"tokdeck-cli accounts\" "
                              "to list them, or connect it in Crosspostify."),
                           target.accountId});
        } else if (!found->isTikTok()) {
            issues.append({ValidationIssue::Severity::Reject, found->displayName(),
                           tr("This is a %1 account, not TikTok; choose a TikTok account.")
                               .arg(found->platform),
                           target.accountId});
        }
    }
    return issues;
}

} // namespace tokdeck
