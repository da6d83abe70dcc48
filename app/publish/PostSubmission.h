// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "domain/MediaInfo.h"
#include "domain/Post.h"
#include "domain/PostRequest.h"

#include <QObject>
#include <QPointer>

namespace tokdeck {

class ApiClient;
class ApiJob;

// One media file of a post on its way to Crosspostify; mediaId is filled once uploaded
// (or already known: uploads are reused).
struct SubmissionMedia
{
    QString path;
    MediaFormat format = MediaFormat::Unknown;
    QString mediaId;
};

// Carries one post through the network: upload every media file not yet uploaded, in order,
// then, only when the owner says so (after persisting "submitting"), the one create call.
// Two steps on purpose: the create call must never start before its state is on disk.
class PostSubmission final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostSubmission)

public:
    PostSubmission(ApiClient *client, QList<SubmissionMedia> media, CreatePostRequest request,
                   QObject *parent = nullptr);

    void startUploads(); // → uploadsDone() or finished() with an error
    void submit();       // → finished()
    void cancel();       // only while uploading; a create call in flight is not abandoned

    const ApiError &error() const { return m_error; }
    QString postId() const { return m_postId; }
    // Per account sent, what the create answer said: its status, or PostAccountResult::notTaken
    // when the answer left it out; empty when the answer named no account at all.
    const QList<PostAccountResult> &accountResults() const { return m_accountResults; }
    const QList<SubmissionMedia> &media() const { return m_media; }
    qint64 totalBytes() const { return m_totalBytes; }

Q_SIGNALS:
    void uploadProgress(qint64 bytesSentAll, qint64 bytesTotalAll); // across all files
    void mediaUploaded(int index, const QString &mediaId);
    void uploadsDone();
    void finished(); // success: !error().isError()

private:
    void uploadNext();
    void fail(const ApiError &error);

    ApiClient *m_client;
    QList<SubmissionMedia> m_media;
    CreatePostRequest m_request;
    QPointer<ApiJob> m_job;
    ApiError m_error;
    QString m_postId;
    QList<PostAccountResult> m_accountResults;
    QList<qint64> m_sizes;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    int m_next = 0;
    bool m_cancelled = false;
};

} // namespace tokdeck
