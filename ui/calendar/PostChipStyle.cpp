// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/PostChipStyle.h"

#include "rules/ScheduleRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPolygon>
#include <QRegularExpression>

namespace tokdeck {

QColor PostChipStyle::fill(PostDisplayState state)
{
    switch (state) {
    case PostDisplayState::Draft:
        return QColor(0x75, 0x75, 0x75);
    case PostDisplayState::InReview: // a draft waiting for a decision: the draft's grey, warmer
        return QColor(0x6d, 0x4c, 0x41);
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

QList<PostDisplayState> PostChipStyle::legendStates()
{
    return {PostDisplayState::Draft,         PostDisplayState::Ready,
            PostDisplayState::HeldLocally,   PostDisplayState::Uploading,
            PostDisplayState::Submitting,    PostDisplayState::Scheduled,
            PostDisplayState::Published,     PostDisplayState::Failed,
            PostDisplayState::NeedsAttention};
}

void PostChipStyle::paintLock(QPainter &painter, const QRect &box, const QColor &colour)
{
    // Painted, not an icon: no theme needed, and sharp at a chip's size. A body with a
    // shackle over it, fitting `box`'s height.
    const int h = std::max(6, box.height());
    const QRect body(box.right() - 7, box.center().y() - h / 2 + h / 3, 8, h - h / 3);
    const QPen pen = painter.pen();
    const QBrush brush = painter.brush();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRect(body);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(body.left() + 1.5, body.top() - h / 2.0, 5, h / 1.5), 0, 180 * 16);
    painter.setPen(pen);
    painter.setBrush(brush);
}

bool PostChipStyle::isHistory(const Post &post)
{
    return !post.plannedAt && post.isLocked();
}

std::optional<QDateTime> PostChipStyle::calendarTime(const Post &post)
{
    if (post.plannedAt)
        return post.plannedAt;
    // The last state change of a post handed over with "Post now": the hand-over (submitting)
    // or the answer to it (published) a moment later; locked posts' content no longer changes.
    if (isHistory(post) && post.updatedAt.isValid())
        return post.updatedAt;
    return std::nullopt;
}

QString PostChipStyle::shortTime(const QTime &time)
{
    // Some locales' short format (and the C locale's) carries seconds; the calendar shows
    // hours and minutes only. Worked out once: a month of chips asks hundreds of times.
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        f.remove(QRegularExpression(QStringLiteral("[:.]s+|\\s+s+")));
        return f;
    }();
    return QLocale().toString(time, format);
}

QString PostChipStyle::time(const Post &post)
{
    const std::optional<QDateTime> at = calendarTime(post);
    return at ? shortTime(at->toLocalTime().time()) : QString();
}

QString PostChipStyle::name(const Post &post)
{
    QString text = post.title.isEmpty() ? post.caption.simplified() : post.title.simplified();
    if (text.isEmpty())
        return QCoreApplication::translate("PostChipStyle", "Post %1").arg(post.id);
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return text;
}

QString PostChipStyle::moveRefusal(const Post &post, const QDateTime &newLocalTime,
                                   const QDateTime &nowUtc)
{
    const QString name = PostChipStyle::name(post);
    if (!post.isEditable()) {
        switch (post.state) {
        case PostState::Scheduled:
            return QCoreApplication::translate("PostChipStyle",
                                               "“%1” is with Crosspostify and can't be moved "
                                               "here: change it in the Crosspostify dashboard.")
                .arg(name);
        case PostState::Published:
            return QCoreApplication::translate("PostChipStyle",
                                               "“%1” is already published and can't be "
                                               "moved: it stays on the calendar as history.")
                .arg(name);
        case PostState::NeedsAttention:
            return QCoreApplication::translate("PostChipStyle",
                                               "“%1” may have been published and can't be "
                                               "moved: resolve it in the composer first.")
                .arg(name);
        default:
            return QCoreApplication::translate(
                       "PostChipStyle", "“%1” is being sent to Crosspostify and can't "
                                        "be moved: wait until it is done, or cancel it first.")
                .arg(name);
        }
    }
    if (newLocalTime.toUTC() < ScheduleRules::earliestAllowed(nowUtc)) {
        const ValidationIssues issues = ScheduleRules::check(newLocalTime, nowUtc);
        return QCoreApplication::translate("PostChipStyle", "“%1” can't be moved "
                                                            "there: %2")
            .arg(name, issues.isEmpty() ? QString() : issues.first().message);
    }
    return {};
}

QString PostChipStyle::newPostRefusal(const QString &fileName, const QDateTime &localTime,
                                      const QDateTime &nowUtc)
{
    if (localTime.toUTC() >= ScheduleRules::earliestAllowed(nowUtc))
        return {};
    const ValidationIssues issues = ScheduleRules::check(localTime, nowUtc);
    return QCoreApplication::translate("PostChipStyle", "A post with “%1” can't be planned "
                                                        "there: %2")
        .arg(fileName, issues.isEmpty() ? QString() : issues.first().message);
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
    case PostState::InReview:
        return QCoreApplication::translate(
            "PostChipStyle", "In review: an approver decides on it; it cannot move meanwhile.");
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

QColor PostChipStyle::capMarkColor(const QPalette &palette)
{
    // A deep red on light bases, a lighter one on dark bases: both stand out from the base
    // and from the chips' fills without being mistaken for the "failed" chip colour.
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0xff, 0x6b, 0x6b)
                                                            : QColor(0xc6, 0x28, 0x28);
}

QRect PostChipStyle::capMarkFlag(const QRect &cell)
{
    const int side = std::min(12, std::min(cell.width(), cell.height()) / 2);
    return QRect(cell.right() - side, cell.top() + 1, side, side);
}

void PostChipStyle::paintCapMark(QPainter &painter, const QRect &cell, const QPalette &palette)
{
    const QColor red = capMarkColor(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(red, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -2, -2));
    const QRect flag = capMarkFlag(cell);
    painter.setPen(Qt::NoPen);
    painter.setBrush(red);
    painter.drawPolygon(QPolygon({flag.topLeft(), flag.topRight(), flag.bottomRight()}));
    painter.restore();
}

} // namespace tokdeck
