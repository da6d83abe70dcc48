// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/PostValidator.h"

#include "rules/ContractLimits.h"
#include "rules/ScheduleRules.h"
#include "rules/TextRules.h"
#include "sandbox/SandboxState.h"
#include "support/UtcTime.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tokdeck {

namespace {

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

QString firstRejection(const ValidationIssues &issues)
{
    const ValidationIssues rejections = rejectionsOf(issues);
    return rejections.isEmpty() ? QString() : rejections.constFirst().message;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

const QLatin1StringView isAigcKey("is_aigc");

} // namespace

std::optional<ValidatedPost> PostValidator::validate(PostType type, const QJsonObject &body,
                                                     QString *error) const
{
    ValidatedPost result;
    if (!checkForbiddenFields(type, body, QString(), error) || !checkMedia(type, body, error)
        || !checkSchedule(body, &result.scheduled, error))
        return std::nullopt;

    const QJsonValue posts = body.value(QLatin1StringView("posts"));
    if (!posts.isArray() || posts.toArray().isEmpty()) {
        fail(error, QStringLiteral("posts is required: a non-empty array with one object per "
                                   "account ({\"accountId\": ..., \"caption\": ...})."));
        return std::nullopt;
    }
    const QJsonArray targets = posts.toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!checkTarget(type, targets.at(i), i, &result.accountIds, error))
            return std::nullopt;
    }
    return result;
}

bool PostValidator::checkForbiddenFields(PostType type, const QJsonObject &object,
                                         const QString &where, QString *error) const
{
    // Fields other platforms take; TikTok must never receive them.
    static const struct
    {
        QLatin1StringView key;
        QLatin1StringView platform;
    } forbidden[] = {{QLatin1StringView("boardId"), QLatin1StringView("Pinterest")},
                     {QLatin1StringView("link"), QLatin1StringView("Pinterest")},
                     {QLatin1StringView("facebookFirstComment"), QLatin1StringView("Facebook")},
                     {QLatin1StringView("textFormatPresetId"), QLatin1StringView("Facebook")}};
    for (const auto &field : forbidden) {
        if (object.contains(field.key)) {
            return fail(error, QStringLiteral("%1%2 is a %3-only field; TikTok posts must not "
                                              "send it.")
                                   .arg(where, field.key, field.platform));
        }
    }
    if (object.contains(isAigcKey)) {
        if (type != PostType::Video) {
            return fail(error, QStringLiteral("%1is_aigc is only for video posts (/post/video); "
                                              "do not send it to %2.")
                                   .arg(where, postTypeEndpoint(type)));
        }
        if (!object.value(isAigcKey).isBool())
            return fail(error,
                        QStringLiteral("%1is_aigc must be a boolean (true or false).").arg(where));
    }
    return true;
}

bool PostValidator::checkMedia(PostType type, const QJsonObject &body, QString *error) const
{
    if (type != PostType::Slideshow)
        return checkMediaId(type, body.value(QLatin1StringView("mediaId")),
                            QStringLiteral("mediaId"), error);

    const QJsonValue ids = body.value(QLatin1StringView("mediaIds"));
    if (!ids.isArray()) {
        return fail(error, QStringLiteral("mediaIds is required: an array of 1 to %1 image ids "
                                          "in display order.")
                               .arg(limits::maxSlideshowImages));
    }
    const QJsonArray array = ids.toArray();
    if (array.isEmpty() || array.size() > limits::maxSlideshowImages) {
        return fail(error, QStringLiteral("mediaIds has %1 ids; a slideshow takes 1 to %2 images.")
                               .arg(array.size())
                               .arg(limits::maxSlideshowImages));
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!checkMediaId(type, array.at(i), QStringLiteral("mediaIds[%1]").arg(i), error))
            return false;
    }
    return true;
}

bool PostValidator::checkMediaId(PostType type, const QJsonValue &value, const QString &field,
                                 QString *error) const
{
    const bool wantsVideo = type == PostType::Video;
    if (!value.isString() || value.toString().isEmpty()) {
        return fail(error, QStringLiteral("%1 is required: the id POST /media returned for %2.")
                               .arg(field, wantsVideo ? QStringLiteral("a video")
                                                      : QStringLiteral("an image")));
    }
    const QString id = value.toString();
    const SandboxMedia *media = m_state.media(id);
    if (!media) {
        return fail(error,
                    QStringLiteral("%1 %2 is unknown: upload the file with POST /media first.")
                        .arg(field, quoted(id)));
    }
    const bool isVideo = media->kind() == MediaKind::Video;
    if (isVideo != wantsVideo) {
        return fail(error,
                    QStringLiteral("%1 %2 is %3; %4 needs %5.")
                        .arg(field, quoted(id),
                             isVideo ? QStringLiteral("a video") : QStringLiteral("an image"),
                             postTypeEndpoint(type),
                             wantsVideo                    ? QStringLiteral("a video")
                             : type == PostType::Slideshow ? QStringLiteral("images only")
                                                           : QStringLiteral("an image")));
    }
    return true;
}

bool PostValidator::checkSchedule(const QJsonObject &body, bool *scheduled, QString *error) const
{
    const QLatin1StringView key("scheduledDate");
    *scheduled = body.contains(key);
    if (!*scheduled)
        return true; // omitted: publish now

    // The API's one datetime form; anything else (offsets, fractions, no zone) is refused so
    // the client's formatting is tested strictly.
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})Z$"));
    const QString text = body.value(key).toString();
    const QRegularExpressionMatch match = shape.match(text);
    const QDateTime at = match.hasMatch()
                             ? QDateTime(QDate::fromString(match.captured(1), Qt::ISODate),
                                         QTime::fromString(match.captured(2), Qt::ISODate), Qt::UTC)
                             : QDateTime();
    if (!body.value(key).isString() || !at.isValid()) {
        return fail(error, QStringLiteral("scheduledDate must be a UTC time written exactly as "
                                          "yyyy-MM-ddTHH:mm:ssZ (e.g. 2025-06-01T14:00:00Z); omit "
                                          "it to post now."));
    }
    if (at < ScheduleRules::earliestAllowed(m_now)) {
        return fail(error, QStringLiteral("scheduledDate %1 is too soon: schedule at least 10 "
                                          "minutes ahead (not before %2), or omit it to post now.")
                               .arg(text, toApiTimestamp(ScheduleRules::earliestAllowed(m_now))));
    }
    if (ScheduleRules::isBeyondWindow(at, m_now)) {
        return fail(error, QStringLiteral("scheduledDate %1 is too far ahead: at most 30 days "
                                          "(not after %2).")
                               .arg(text, toApiTimestamp(ScheduleRules::latestAllowed(m_now))));
    }
    return true;
}

bool PostValidator::checkTarget(PostType type, const QJsonValue &value, qsizetype index,
                                QStringList *accountIds, QString *error) const
{
    const QString where = QStringLiteral("posts[%1].").arg(index);
    if (!value.isObject())
        return fail(error, QStringLiteral("posts[%1] must be an object.").arg(index));
    const QJsonObject target = value.toObject();

    const QJsonValue idValue = target.value(QLatin1StringView("accountId"));
    if (!idValue.isString() || idValue.toString().isEmpty())
        return fail(error, where + QStringLiteral("accountId is required."));
    const QString id = idValue.toString();
    const Account *account = m_state.account(id);
    if (!account) {
        return fail(error, QStringLiteral("%1accountId %2 is not a connected account "
                                          "(see GET /social-accounts).")
                               .arg(where, quoted(id)));
    }
    if (!account->isTikTok()) {
        return fail(error, QStringLiteral("%1accountId %2 is a %3 account; these endpoints post to "
                                          "TikTok accounts only.")
                               .arg(where, quoted(id), account->platform));
    }
    if (accountIds->contains(id)) {
        return fail(error, QStringLiteral("%1accountId %2 is listed twice; give each account one "
                                          "entry.")
                               .arg(where, quoted(id)));
    }

    if (!checkForbiddenFields(type, target, where, error))
        return false;

    const QString subject = where + QStringLiteral("caption");
    const QJsonValue captionValue = target.value(QLatin1StringView("caption"));
    if (!captionValue.isString())
        return fail(error, subject + QStringLiteral(" is required (a non-empty string)."));
    const QString caption = captionValue.toString();
    if (const QString rejection = firstRejection(TextRules::checkCaption(caption));
        !rejection.isEmpty())
        return fail(error, subject + QStringLiteral(" (") + id + QStringLiteral("): ") + rejection);

    const QJsonValue titleValue = target.value(QLatin1StringView("title"));
    if (!titleValue.isUndefined() && !titleValue.isString())
        return fail(error, where + QStringLiteral("title must be a string."));
    if (const QString rejection =
            firstRejection(TextRules::checkTitle(type, titleValue.toString(), caption));
        !rejection.isEmpty())
        return fail(error,
                    where + QStringLiteral("title (") + id + QStringLiteral("): ") + rejection);

    accountIds->append(id);
    return true;
}

} // namespace tokdeck
