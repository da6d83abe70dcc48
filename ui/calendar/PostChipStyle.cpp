// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/PostChipStyle.h"

#include <QCoreApplication>
#include <QLocale>

namespace tokdeck {

QColor PostChipStyle::fill(PostDisplayState state)
{
    switch (state) {
    case PostDisplayState::Draft:
        return QColor(0x75, 0x75, 0x75);
    case PostDisplayState::Ready:
        return QColor(0x1e, 0x88, 0xe5);
    case PostDisplayState::HeldLocally:
        return QColor(0x5e, 0x35, 0xb1);
    case PostDisplayState::Uploading:
    case PostDisplayState::Submitting:
        return QColor(0x00, 0x89, 0x7b);
    case PostDisplayState::Scheduled:
        return QColor(0x2e, 0x7d, 0x32);
    case PostDisplayState::DueNotConfirmed: // its time passed, nobody has looked: a question
        return QColor(0x8d, 0x6e, 0x00);
    case PostDisplayState::Published:
        return QColor(0x1b, 0x5e, 0x20);
    case PostDisplayState::Live: // confirmed by the user: TikTok's own accent, darkened
        return QColor(0x00, 0x79, 0x8a);
    case PostDisplayState::FailedOnTikTok:
        return QColor(0xad, 0x14, 0x57);
    case PostDisplayState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case PostDisplayState::NeedsAttention:
        return QColor(0xef, 0x6c, 0x00);
    }
    return Qt::gray;
}

QString PostChipStyle::typeSymbol(PostType type)
{
    switch (type) {
    case PostType::Video:
        return QStringLiteral("▶");
    case PostType::Photo:
        return QStringLiteral("◼");
    case PostType::Slideshow:
        return QStringLiteral("▤");
    }
    return {};
}

QString PostChipStyle::time(const Post &post)
{
    if (!post.plannedAt)
        return {};
    // Some locales' short format carries seconds; a chip has room for hours and minutes only.
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        return f.remove(QStringLiteral(":ss"));
    }();
    return post.plannedAt->toLocalTime().time().toString(format);
}

QString PostChipStyle::what(const Post &post)
{
    const QString text = post.title.isEmpty() ? post.caption.simplified() : post.title;
    return typeSymbol(post.type) + QLatin1Char(' ') + text.left(40);
}

QString PostChipStyle::label(const Post &post)
{
    return time(post) + QLatin1Char(' ') + what(post);
}

QString PostChipStyle::lockReason(const Post &post)
{
    if (post.isEditable())
        return {};
    switch (post.state) {
    case PostState::Scheduled:
        return QCoreApplication::translate(
            "PostChipStyle", "Handed over to Crosspostify with its schedule: change it in the "
                             "Crosspostify dashboard.");
    case PostState::Published:
        return QCoreApplication::translate(
            "PostChipStyle", "Already handed to Crosspostify: it publishes it on TikTok.");
    case PostState::Live:
        return QCoreApplication::translate("PostChipStyle", "Already live on TikTok.");
    case PostState::FailedOnTikTok:
        return QCoreApplication::translate(
            "PostChipStyle", "Failed on TikTok: move it back to draft to fix it and send it "
                             "again.");
    case PostState::NeedsAttention:
        return QCoreApplication::translate(
            "PostChipStyle", "May have been published: resolve it in the composer first.");
    default:
        return QCoreApplication::translate("PostChipStyle",
                                           "Being sent to Crosspostify right now.");
    }
}

QStringList PostChipStyle::accountNames(const Post &post, const QHash<QString, QString> &names)
{
    QStringList result;
    for (const PostAccount &account : post.accounts)
        result << names.value(account.accountId, account.accountId);
    return result;
}

QString PostChipStyle::accountsLabel(const Post &post, const QHash<QString, QString> &names)
{
    if (post.accounts.isEmpty())
        return {};
    const QString &id = post.accounts.first().accountId;
    const QString first = names.value(id, id);
    if (post.accounts.size() == 1)
        return first;
    // Looked up once: a month of chips would otherwise ask the translator hundreds of times.
    //: The first account of a post and how many more it goes to, e.g. "@alice +2".
    static const QString format = QCoreApplication::translate("PostChipStyle", "%1 +%2");
    return format.arg(first).arg(post.accounts.size() - 1);
}

} // namespace tokdeck
