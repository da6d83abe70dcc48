// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/JsonOutput.h"

#include "cli/CliEnvironment.h"
#include "domain/Account.h"
#include "domain/Post.h"
#include "support/UtcTime.h"

#include <QJsonDocument>

namespace tokdeck::cli {

namespace {
// What Crosspostify's answer said per account; an account it left out is "not_taken".
QJsonArray accountResults(const Post &post)
{
    QJsonArray results;
    for (const PostAccountResult &result : post.accountResults) {
        results.append(QJsonObject{{QStringLiteral("accountId"), result.accountId},
                                   {QStringLiteral("status"), result.status},
                                   {QStringLiteral("taken"), result.taken()},
                                   {QStringLiteral("at"), toApiTimestamp(result.at)}});
    }
    return results;
}
} // namespace

QJsonObject JsonOutput::post(const Post &post)
{
    QJsonArray accounts;
    for (const PostAccount &account : post.accounts)
        accounts.append(account.accountId);
    return {
        {QStringLiteral("id"), QString::number(post.id)},
        {QStringLiteral("state"), postStateKey(post.state)},
        {QStringLiteral("plannedAt"),
         post.plannedAt ? QJsonValue(toApiTimestamp(*post.plannedAt)) : QJsonValue()},
        {QStringLiteral("type"), postTypeKey(post.type)},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("caption"), post.caption},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("lastError"), post.lastError},
        {QStringLiteral("serverPostId"), post.serverPostId},
        {QStringLiteral("tiktokUrl"), post.tiktokUrl},
        {QStringLiteral("accountResults"), accountResults(post)},
    };
}

QJsonObject JsonOutput::account(const Account &account)
{
    return {
        {QStringLiteral("id"), account.id}, // the server's string, never a number
        {QStringLiteral("platform"), account.platform},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("username"), account.username},
    };
}

void JsonOutput::print(const QJsonArray &items)
{
    CliEnvironment::printLine(
        QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
}

} // namespace tokdeck::cli
