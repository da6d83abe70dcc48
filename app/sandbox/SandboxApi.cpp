// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/SandboxApi.h"

#include "media/FormatSniffer.h"
#include "rules/ContractLimits.h"
#include "sandbox/MultipartBody.h"
#include "sandbox/PostValidator.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxRateLimiter.h"
#include "sandbox/SandboxState.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tokdeck {

namespace {

SandboxReply methodNotAllowed(const QString &path, QByteArrayView allowed)
{
    SandboxReply reply = SandboxReply::error(
        405, QStringLiteral("%1 takes %2 only.").arg(path, QString::fromLatin1(allowed)));
    reply.headers.append({QByteArrayLiteral("Allow"), allowed.toByteArray()});
    return reply;
}

bool isJsonContentType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mimeType = semicolon < 0 ? contentType : contentType.first(semicolon);
    return mimeType.trimmed().compare("application/json", Qt::CaseInsensitive) == 0;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

SandboxReply SandboxApi::handle(const QHttpServerRequest &request, const QString &path,
                                const QDateTime &now)
{
    const auto method = request.method();
    if (path == QLatin1StringView("/social-accounts")) {
        return method == QHttpServerRequest::Method::Get ? socialAccounts()
                                                         : methodNotAllowed(path, "GET");
    }
    if (path == QLatin1StringView("/media")) {
        return method == QHttpServerRequest::Method::Post ? uploadMedia(request)
                                                          : methodNotAllowed(path, "POST");
    }
    for (const PostType type : {PostType::Video, PostType::Photo, PostType::Slideshow}) {
        if (path == postTypeEndpoint(type)) {
            return method == QHttpServerRequest::Method::Post ? createPost(type, request, now)
                                                              : methodNotAllowed(path, "POST");
        }
    }
    if (path == QLatin1StringView("/post/text")) {
        if (method != QHttpServerRequest::Method::Post)
            return methodNotAllowed(path, "POST");
        return SandboxReply::error(400, QStringLiteral("TikTok does not support text posts: "
                                                       "/post/text is for Facebook only. Post a "
                                                       "video, an image or a slideshow."));
    }
    return SandboxReply::error(404, QStringLiteral("No endpoint at %1.").arg(path));
}

SandboxReply SandboxApi::socialAccounts() const
{
    QJsonArray array;
    for (const Account &account : m_state.accounts()) {
        array.append(QJsonObject{{QStringLiteral("id"), account.id},
                                 {QStringLiteral("platform"), account.platform},
                                 {QStringLiteral("name"), account.name},
                                 {QStringLiteral("username"), account.username},
                                 {QStringLiteral("avatar"), account.avatarUrl}});
    }
    return SandboxReply::json(array);
}

SandboxReply SandboxApi::uploadMedia(const QHttpServerRequest &request)
{
    QString error;
    const auto boundary =
        MultipartBody::boundaryOf(SandboxHttpServer::header(request, "Content-Type"), &error);
    if (!boundary)
        return SandboxReply::error(400, error);
    const QByteArray body = request.body();
    const auto parts = MultipartBody::parse(body, *boundary, &error);
    if (!parts)
        return SandboxReply::error(400, error);

    const MultipartPart *file = nullptr;
    for (const MultipartPart &part : *parts) {
        if (part.name != "file")
            continue;
        if (file)
            return SandboxReply::error(400,
                                       QStringLiteral("Send one part named \"file\" per upload."));
        file = &part;
    }
    if (!file)
        return SandboxReply::error(
            400, QStringLiteral("The multipart body has no part named \"file\"."));

    // The bytes decide, never the file name or the declared Content-Type.
    const MediaFormat format = FormatSniffer::sniff(
        file->data.first(std::min(file->data.size(), FormatSniffer::headerBytes)));
    const qint64 size = file->data.size();
    switch (format) {
    case MediaFormat::Mp4:
    case MediaFormat::Mov:
        if (size > limits::maxVideoBytes) {
            return SandboxReply::error(400,
                                       QStringLiteral("The video is %1; the limit is %2.")
                                           .arg(megabytes(size), megabytes(limits::maxVideoBytes)));
        }
        break;
    case MediaFormat::Jpeg:
    case MediaFormat::Png:
        if (size > limits::maxImageBytes) {
            return SandboxReply::error(400,
                                       QStringLiteral("The image is %1; the limit is %2.")
                                           .arg(megabytes(size), megabytes(limits::maxImageBytes)));
        }
        break;
    case MediaFormat::WebP:
    case MediaFormat::Gif:
    case MediaFormat::Other:
    case MediaFormat::Unknown:
        return SandboxReply::error(
            400, QStringLiteral("Unsupported file type (%1 by its content): upload an MP4 or MOV "
                                "video, or a JPEG or PNG image.")
                     .arg(mediaFormatName(format)));
    }

    const QString id = m_state.addMedia(format, size, QString::fromUtf8(file->fileName));
    return SandboxReply::json(QJsonObject{{QStringLiteral("mediaId"), id}});
}

SandboxReply SandboxApi::createPost(PostType type, const QHttpServerRequest &request,
                                    const QDateTime &now)
{
    if (!isJsonContentType(SandboxHttpServer::header(request, "Content-Type")))
        return SandboxReply::error(400, QStringLiteral("Content-Type must be application/json."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return SandboxReply::error(
            400, parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : QStringLiteral("The body must be a JSON object."));
    }

    QString error;
    const auto post = PostValidator(m_state, now).validate(type, document.object(), &error);
    if (!post)
        return SandboxReply::error(400, error);

    if (const int wait = m_limiter.admitPost(post->accountIds, now.toMSecsSinceEpoch()); wait > 0) {
        return SandboxReply::tooManyRequests(
            wait, QStringLiteral("Too many posts for %1: at most %2 per account per minute. "
                                 "Retry in %3 s.")
                      .arg(post->accountIds.join(QStringLiteral(", ")))
                      .arg(m_limiter.postsPerAccountPerMinute())
                      .arg(wait));
    }

    const QString endpoint = postTypeEndpoint(type);
    const QString id = m_state.addPost(document.object(), endpoint);
    const QString status = post->scheduled ? QStringLiteral("scheduled") : QStringLiteral("queued");
    QJsonArray results;
    for (const QString &accountId : post->accountIds) {
        if (!m_state.takes(accountId))
            continue; // a partial answer: this account did not take the post
        results.append(QJsonObject{{QStringLiteral("accountId"), accountId},
                                   {QStringLiteral("status"), status}});
    }
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("posts"), results}});
}

} // namespace tokdeck
