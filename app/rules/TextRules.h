// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostType.h"
#include "rules/ValidationIssue.h"

#include <QCoreApplication>

class QRegularExpression;

namespace tokdeck {

// Caption and title rules. Lengths are UTF-16 code units, as the contract counts them:
// an emoji outside the BMP is 2, a ZWJ sequence is the sum of its parts.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    static qsizetype length(const QString &text) { return text.size(); }
    static int hashtagCount(const QString &text);
    // The one definition of a hashtag ("#tag", whole match) and of markup (a hashtag or an
    // @mention; capture 1 is '#' or '@'), for the rules, the suggestions and the highlighter.
    static const QRegularExpression &hashtagPattern();
    static const QRegularExpression &markupPattern();

    // subject names where the text came from ("caption", "caption for acc_1").
    static ValidationIssues checkCaption(const QString &caption, const QString &subject = {});
    static ValidationIssues checkTitle(PostType type, const QString &title, const QString &caption,
                                       const QString &subject = {});
};

} // namespace tokdeck
