// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/UploadMediaJob.h"

#include "api/JsonIds.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>

namespace tokdeck {

UploadMediaJob::UploadMediaJob(ApiClient *client, QString filePath, MediaFormat format)
    : ApiJob(client, QStringLiteral("/media"), RetryPolicy::CallKind::Idempotent)
    , m_filePath(std::move(filePath))
    , m_format(format)
{}

QNetworkReply *UploadMediaJob::send(QNetworkAccessManager &network, const QNetworkRequest &request,
                                    ApiError *error)
{
    // A fresh multipart per attempt: a body device cannot be rewound across retries reliably.
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto *file = new QFile(m_filePath, multiPart);
    if (!file->open(QIODevice::ReadOnly)) {
        *error =
            ApiError(ApiError::Kind::FileError, 0, {},
                     QFileInfo(m_filePath).fileName() + QStringLiteral(": ") + file->errorString());
        delete multiPart;
        return nullptr;
    }
    QString fileName = QFileInfo(m_filePath).fileName();
    fileName.replace(QLatin1Char('"'), QLatin1Char('_'))
        .replace(QLatin1Char('\\'), QLatin1Char('_'));

    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, mediaMimeType(m_format));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QString(QStringLiteral("form-data; name=\"file\"; filename=\"") + fileName
                           + QLatin1Char('"')));
    // A QFile is not sequential, so QNetworkAccessManager streams it instead of buffering it.
    part.setBodyDevice(file);
    multiPart->append(part);

    QNetworkReply *reply = network.post(request, multiPart);
    multiPart->setParent(reply);
    return reply;
}

qint64 UploadMediaJob::uploadBytes() const
{
    return QFileInfo(m_filePath).size();
}

ApiError UploadMediaJob::readSuccess(int status, const QByteArray &body)
{
    // A numeric id becomes a string of its exact digits (a double would round it).
    const QJsonObject object =
        QJsonDocument::fromJson(
            quoteNumericMembers(body, {QByteArrayLiteral("mediaId"), QByteArrayLiteral("media_id"),
                                       QByteArrayLiteral("id")}))
            .object();
    for (const auto key :
         {QLatin1StringView("mediaId"), QLatin1StringView("media_id"), QLatin1StringView("id")}) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().isEmpty()) {
            m_mediaId = value.toString();
            return {};
        }
    }
    return ApiError(ApiError::Kind::Malformed, status);
}

} // namespace tokdeck
