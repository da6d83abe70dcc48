// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/TextRules.h"

#include "rules/ContractLimits.h"

#include <QLocale>
#include <QRegularExpression>

namespace tokdeck {

// A tag starts the text or follows a character that is not a word character, '#' or '@', and
// runs over letters, digits and '_' in any script (as TikTok links them).
const QRegularExpression &TextRules::markupPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\w#@])([#@])\\w+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &TextRules::hashtagPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\w#@])#\\w+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

int TextRules::hashtagCount(const QString &text)
{
    int count = 0;
    for (auto it = hashtagPattern().globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

ValidationIssues TextRules::checkCaption(const QString &caption, const QString &subject)
{
    const QString what = subject.isEmpty() ? tr("caption") : subject;
    ValidationIssues issues;
    if (caption.trimmed().isEmpty()) {
        issues.append(
            {ValidationIssue::Severity::Reject, what,
             tr("The caption is empty. TikTok needs a caption: write at least one word.")});
        return issues;
    }
    if (length(caption) > limits::maxCaptionUnits) {
        issues.append({ValidationIssue::Severity::Reject, what,
                       tr("The caption is %1 characters long; TikTok allows at most %2 "
                          "(emoji count as 2). Shorten it by %3.")
                           .arg(QLocale().toString(length(caption)),
                                QLocale().toString(limits::maxCaptionUnits),
                                QLocale().toString(length(caption) - limits::maxCaptionUnits))});
    }
    const int hashtags = hashtagCount(caption);
    if (hashtags > limits::manyHashtags) {
        issues.append({ValidationIssue::Severity::Warn, what,
                       tr("%1 hashtags: TikTok may treat hashtag stuffing as spam; 3 to 5 "
                          "relevant ones work best.")
                           .arg(hashtags)});
    }
    return issues;
}

ValidationIssues TextRules::checkTitle(PostType type, const QString &title, const QString &caption,
                                       const QString &subject)
{
    const QString what = subject.isEmpty() ? tr("title") : subject;
    ValidationIssues issues;
    if (type == PostType::Video) {
        if (length(title) + length(caption) > limits::maxCaptionUnits) {
            issues.append({ValidationIssue::Severity::Warn, what,
                           tr("Title and caption together are %1 characters; TikTok may cut "
                              "them beyond %2.")
                               .arg(QLocale().toString(length(title) + length(caption)),
                                    QLocale().toString(limits::maxCaptionUnits))});
        }
    } else if (length(title) > limits::maxImageTitleUnits) {
        issues.append({ValidationIssue::Severity::Reject, what,
                       tr("The title is %1 characters long; photo and slideshow titles allow at "
                          "most %2. Shorten it by %3.")
                           .arg(length(title))
                           .arg(limits::maxImageTitleUnits)
                           .arg(length(title) - limits::maxImageTitleUnits)});
    }
    return issues;
}

} // namespace tokdeck
