// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/AccountsJob.h"

#include "api/JsonIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tokdeck {

AccountsJob::AccountsJob(ApiClient *client)
    : ApiJob(client, QStringLiteral("/social-accounts"), RetryPolicy::CallKind::Idempotent)
{}

QList<Account> AccountsJob::tiktokAccounts() const
{
    QList<Account> result;
    std::copy_if(m_accounts.begin(), m_accounts.end(), std::back_inserter(result),
                 [](const Account &account) { return account.isTikTok(); });
    return result;
}

QNetworkReply *AccountsJob::send(QNetworkAccessManager &network, const QNetworkRequest &request,
                                 ApiError *)
{
    return network.get(request);
}

ApiError AccountsJob::readSuccess(int status, const QByteArray &body)
{
    QJsonParseError parseError;
    // Numeric ids are turned into strings from the raw text: a double would round them.
    const QJsonDocument document =
        QJsonDocument::fromJson(quoteNumericMembers(body, {QByteArrayLiteral("id")}), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError(ApiError::Kind::Malformed, status);
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const auto accounts = parseAccountList(root);
    if (!accounts)
        return ApiError(ApiError::Kind::Malformed, status);
    m_accounts = *accounts;
    return {};
}

} // namespace tokdeck
