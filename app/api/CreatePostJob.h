// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "domain/PostRequest.h"

#include <QJsonObject>

namespace tokdeck {

// POST /post/video | /post/image | /post/images. Never repeated automatically once it may have
// reached the server: such a failure ends as ApiError::Kind::MaybePublished.
class CreatePostJob final : public ApiJob
{
    Q_OBJECT

public:
    CreatePostJob(ApiClient *client, CreatePostRequest request);

    // The JSON body exactly as sent (also used by tests and the CLI's --dry-run).
    static QJsonObject requestBody(const CreatePostRequest &request);

    QString postId() const { return m_postId; } // may be empty: any 2xx is accepted
    QList<std::pair<QString, QString>> accountStatuses() const
    {
        return m_statuses;
    } // accountId, status

protected:
    QNetworkReply *send(QNetworkAccessManager &network, const QNetworkRequest &request,
                        ApiError *error) override;
    ApiError readSuccess(int status, const QByteArray &body) override;
    QStringList createAccounts() const override;
    // The answer is an id and a status per account: 1 MiB is far beyond any real one.
    qint64 replyCapBytes() const override { return qint64(1) * 1024 * 1024; }

private:
    CreatePostRequest m_request;
    QString m_postId;
    QList<std::pair<QString, QString>> m_statuses;
};

} // namespace tokdeck
