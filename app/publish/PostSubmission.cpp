// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "publish/PostSubmission.h"

#include "api/ApiClient.h"
#include "api/CreatePostJob.h"
#include "api/UploadMediaJob.h"
#include "support/Logging.h"

#include <QFileInfo>

namespace tokdeck {

PostSubmission::PostSubmission(ApiClient *client, QList<SubmissionMedia> media,
                               CreatePostRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_media(std::move(media))
    , m_request(std::move(request))
{
    for (const SubmissionMedia &item : std::as_const(m_media)) {
        const qint64 size = item.mediaId.isEmpty() ? QFileInfo(item.path).size() : 0;
        m_sizes.append(size);
        m_totalBytes += size;
    }
}

void PostSubmission::startUploads()
{
    m_next = 0;
    m_doneBytes = 0;
    uploadNext();
}

void PostSubmission::uploadNext()
{
    while (m_next < m_media.size() && !m_media.at(m_next).mediaId.isEmpty())
        ++m_next; // already uploaded (reused by content hash, or done before a restart)
    if (m_cancelled) {
        fail(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    if (m_next >= m_media.size()) {
        Q_EMIT uploadsDone();
        return;
    }
    const SubmissionMedia &item = m_media.at(m_next);
    auto *job = m_client->uploadMedia(item.path, item.format);
    m_job = job;
    connect(job, &ApiJob::uploadProgress, this, [this](qint64 sent, qint64) {
        Q_EMIT uploadProgress(m_doneBytes + std::min(sent, m_sizes.at(m_next)), m_totalBytes);
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            fail(job->error());
            return;
        }
        m_media[m_next].mediaId = job->mediaId();
        m_doneBytes += m_sizes.at(m_next);
        Q_EMIT uploadProgress(m_doneBytes, m_totalBytes);
        Q_EMIT mediaUploaded(m_next, job->mediaId());
        ++m_next;
        uploadNext();
    });
    job->start();
}

void PostSubmission::submit()
{
    CreatePostRequest request = m_request;
    request.mediaIds.clear();
    for (const SubmissionMedia &item : std::as_const(m_media))
        request.mediaIds.append(item.mediaId);
    auto *job = m_client->createPost(request);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            fail(job->error());
            return;
        }
        m_postId = job->postId();
        QStringList sent;
        for (const AccountTarget &target : std::as_const(m_request.targets))
            sent.append(target.accountId);
        m_accountResults =
            accountResultsFromAnswer(sent, job->accountStatuses(), QDateTime::currentDateTimeUtc());
        Q_EMIT finished();
    });
    job->start();
}

void PostSubmission::cancel()
{
    m_cancelled = true;
    if (m_job && qobject_cast<UploadMediaJob *>(m_job))
        m_job->abort();
}

void PostSubmission::fail(const ApiError &error)
{
    m_error = error;
    qCInfo(lcOutbox) << "submission failed, kind" << int(error.kind());
    Q_EMIT finished();
}

} // namespace tokdeck
