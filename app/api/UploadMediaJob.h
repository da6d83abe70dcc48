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
    // The answer is a media id: 1 MiB is far beyond any real one.
    qint64 replyCapBytes() const override { return qint64(1) * 1024 * 1024; }
    qint64 uploadBytes() const override; // the file's size: its deadlines grow with it

private:
    QString m_filePath;
    MediaFormat m_format;
    QString m_mediaId;
};

} // namespace tokdeck
