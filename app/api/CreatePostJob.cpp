// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CreatePostJob.h"

#include "api/JsonIds.h"
#include "api/OneShotBody.h"
#include "support/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tokdeck {

CreatePostJob::CreatePostJob(ApiClient *client, CreatePostRequest request)
    : ApiJob(client, postTypeEndpoint(request.type), RetryPolicy::CallKind::Create)
    , m_request(std::move(request))
{}

QJsonObject CreatePostJob::requestBody(const CreatePostRequest &request)
{
    QJsonObject body;
    if (request.type == PostType::Slideshow)
        body.insert(QStringLiteral("mediaIds"), QJsonArray::fromStringList(request.mediaIds));
    else
        body.insert(QStringLiteral("mediaId"), request.mediaIds.value(0));
    if (request.scheduledAt)
        body.insert(QStringLiteral("scheduledDate"), toApiTimestamp(*request.scheduledAt));

    QJsonArray posts;
    for (const AccountTarget &target : request.targets) {
        QJsonObject post{{QStringLiteral("accountId"), target.accountId},
                         {QStringLiteral("caption"), target.caption}};
        if (!target.title.isEmpty())
            post.insert(QStringLiteral("title"), target.title);
        // is_aigc exists for video only; images must not carry it.
        if (request.type == PostType::Video)
            post.insert(QStringLiteral("is_aigc"), request.isAigc);
        posts.append(post);
    }
    body.insert(QStringLiteral("posts"), posts);
    return body;
}

QNetworkReply *CreatePostJob::send(QNetworkAccessManager &network, const QNetworkRequest &request,
                                   ApiError *)
{
    QNetworkRequest jsonRequest = request;
    const QByteArray json = QJsonDocument(requestBody(m_request)).toJson(QJsonDocument::Compact);
    jsonRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // With the length known and buffering disallowed, Qt streams the sequential body instead of
    // copying it into a buffer it could rewind: see OneShotBody for why that matters.
    jsonRequest.setHeader(QNetworkRequest::ContentLengthHeader, json.size());
    jsonRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(json);
    QNetworkReply *reply = network.post(jsonRequest, body);
    body->setParent(reply);
    return reply;
}

ApiError CreatePostJob::readSuccess(int, const QByteArray &body)
{
    // Any 2xx means accepted, even with a body we cannot read: keep whatever ID there is.
    // A numeric id becomes a string of its exact digits (a double would round it).
    const QJsonObject object =
        QJsonDocument::fromJson(
            quoteNumericMembers(body,
                                {QByteArrayLiteral("id"), QByteArrayLiteral("postId"),
                                 QByteArrayLiteral("post_id"), QByteArrayLiteral("accountId")}))
            .object();
    for (const auto key :
         {QLatin1StringView("id"), QLatin1StringView("postId"), QLatin1StringView("post_id")}) {
        m_postId = object.value(key).toString();
        if (!m_postId.isEmpty())
            break;
    }
    const QJsonArray posts = object.value(QLatin1StringView("posts")).toArray();
    for (const QJsonValue &entry : posts) {
        const QJsonObject post = entry.toObject();
        m_statuses.append({post.value(QLatin1StringView("accountId")).toString(),
                           post.value(QLatin1StringView("status")).toString()});
    }
    return {};
}

QStringList CreatePostJob::createAccounts() const
{
    QStringList accounts;
    for (const AccountTarget &target : m_request.targets)
        accounts.append(target.accountId);
    return accounts;
}

} // namespace tokdeck
