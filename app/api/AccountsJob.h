// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "domain/Account.h"

namespace tokdeck {

// GET /social-accounts: every connected account; also how a key is verified (401 = wrong key).
class AccountsJob final : public ApiJob
{
    Q_OBJECT

public:
    explicit AccountsJob(ApiClient *client);

    QList<Account> accounts() const { return m_accounts; }
    QList<Account> tiktokAccounts() const; // the only ones offered for TikTok posts

protected:
    QNetworkReply *send(QNetworkAccessManager &network, const QNetworkRequest &request,
                        ApiError *error) override;
    ApiError readSuccess(int status, const QByteArray &body) override;
    // Thousands of accounts fit in a few hundred KiB; more is not a real account list.
    qint64 replyCapBytes() const override { return qint64(4) * 1024 * 1024; }

private:
    QList<Account> m_accounts;
};

} // namespace tokdeck
