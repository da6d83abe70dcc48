// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "domain/MediaInfo.h"

namespace tokdeck {

// POST /media: the file streamed from disk as multipart/form-data (part "file"), never read
// whole into memory. Safe to retry: an orphan upload is harmless.
class UploadMediaJob final : public ApiJob
{
    Q_OBJECT

public:
    UploadMediaJob(ApiClient *client, QString filePath, MediaFormat format);

    QString filePath() const { return m_filePath; }
    QString mediaId() const { return m_mediaId; }

protected:
    QNetworkReply *send(QNetworkAccessManager &network, const QNetworkRequest &request,
                        ApiError *error) override;
    ApiError readSuccess(int status, const QByteArray &body) override;

private:
    QString m_filePath;
    MediaFormat m_format;
    QString m_mediaId;
};

} // namespace tokdeck
