// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "publish/UploadQueue.h"

#include "api/ApiClient.h"
#include "api/UploadMediaJob.h"
#include "media/ContentHash.h"
#include "media/FormatSniffer.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent>
#include <algorithm>

namespace tokdeck {

namespace {
struct Checked
{
    QString path; // what to draft: the file, or its fixed copy
    QString sha256;
    MediaFormat format = MediaFormat::Unknown;
    qint64 size = 0;
    QString error;
};
} // namespace

UploadQueue::UploadQueue(ApiClient *client, StorageWorker *storage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
{}

UploadQueue::~UploadQueue()
{
    // Disconnected first: an aborted job reports at once, and its handler would start the
    // next upload (and change m_jobs) while this is being torn down.
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void UploadQueue::add(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path,
                            {QStringLiteral("*.mp4"), QStringLiteral("*.mov"),
                             QStringLiteral("*.MP4"), QStringLiteral("*.MOV"),
                             QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                             QStringLiteral("*.png")},
                            QDir::Files, QDirIterator::Subdirectories);
            QStringList inFolder;
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            files += inFolder;
        } else {
            files.append(path);
        }
    }
    for (const QString &file : std::as_const(files)) {
        Item item;
        item.path = file;
        m_items.append(item);
        Q_EMIT itemAdded(int(m_items.size() - 1));
    }
    startNext();
}

int UploadQueue::Item::percent() const
{
    if (status == Status::Done)
        return 100;
    if (total <= 0)
        return 0;
    return int(std::clamp<qint64>(sent * 100 / total, 0, 100));
}

int UploadQueue::running() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &item) {
        return item.status == Status::Checking || item.status == Status::Uploading;
    }));
}

bool UploadQueue::isChecking() const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const Item &item) { return item.status == Status::Checking; });
}

bool UploadQueue::isIdle() const
{
    return m_busy.isEmpty() && std::none_of(m_items.begin(), m_items.end(), [](const Item &item) {
               return item.status == Status::Waiting || item.status == Status::Checking
                      || item.status == Status::Uploading;
           });
}

void UploadQueue::startNext()
{
    // The one place items are started, so the limit of m_maxConcurrent holds for new files
    // and retried ones alike. One file is checked (hashed) at a time, in queue order, so that
    // of two files with the same content the earlier one is uploaded and the later one is the
    // duplicate. An item that already has its draft (a retry) needs no check: only its upload.
    for (int i = 0; i < m_items.size() && running() < m_maxConcurrent; ++i) {
        if (m_items.at(i).status != Status::Waiting || m_busy.contains(i))
            continue;
        if (m_items.at(i).postId > 0)
            upload(i);
        else if (!isChecking())
            createDraftAndUpload(i);
    }
    if (isIdle())
        Q_EMIT idle();
}

void UploadQueue::createDraftAndUpload(int index)
{
    m_items[index].status = Status::Checking;
    m_busy.insert(index);
    Q_EMIT itemChanged(index);
    const QString path = m_items.at(index).path;
    // Hash and sniff off this thread (a 100 MB video takes a moment).
    const QPointer<UploadQueue> self(this);
    const auto showFixing = [self, index](int percent) {
        QMetaObject::invokeMethod(self, [self, index, percent] {
            if (!self || index >= self->m_items.size()
                || self->m_items.at(index).status != Status::Checking)
                return;
            self->m_items[index].sent = percent; // of 100, while being fixed
            self->m_items[index].total = 100;
            Q_EMIT self->itemChanged(index);
        });
    };
    auto checking = QtConcurrent::run([path, fixer = m_fixer, showFixing] {
        Checked checked;
        checked.path = fixer ? fixer(path, showFixing, &checked.error) : path;
        if (checked.path.isEmpty())
            return checked;
        checked.size = QFileInfo(checked.path).size();
        checked.format = FormatSniffer::sniffFile(checked.path, &checked.error);
        if (checked.error.isEmpty())
            checked.sha256 =
                QString::fromLatin1(ContentHash::sha256Hex(checked.path, &checked.error));
        return checked;
    });
    onResult(this, checking, [this, index](const Checked &checked) {
        m_busy.remove(index);
        Item &item = m_items[index];
        if (item.status != Status::Checking) // cancelled meanwhile (and perhaps retried)
            return startNext();
        if (checked.path.isEmpty()) // no fix helps; the reason names the file
            return failForGood(index, checked.error);
        if (checked.path != item.path) {
            item.message = tr("Fixed copy of %1").arg(QFileInfo(item.path).fileName());
            item.path = checked.path; // drafted and uploaded from now on
        }
        if (!checked.error.isEmpty())
            return failForGood(index, tr("%1 could not be read (%2). Check that the file is "
                                         "still there and readable, then add it again.")
                                          .arg(QFileInfo(item.path).fileName(), checked.error));
        if (mediaKindOf(checked.format) == MediaKind::Unknown)
            return failForGood(index,
                               tr("%1 is not a video or image TikTok accepts (MP4, MOV, JPEG, "
                                  "PNG). Convert it, or turn on \"Fix what can be fixed\", "
                                  "then add it again.")
                                   .arg(QFileInfo(item.path).fileName()));
        item.sha256 = checked.sha256;
        item.total = checked.size;
        for (int other = 0; other < m_items.size(); ++other) {
            if (other != index && m_items.at(other).sha256 == item.sha256
                && m_items.at(other).status != Status::Failed
                && m_items.at(other).status != Status::Cancelled)
                return finishItem(index, Status::Duplicate,
                                  tr("Same content as %1, already in the queue.")
                                      .arg(QFileInfo(m_items.at(other).path).fileName()));
        }
        // A draft of its own, then the upload.
        Post draft;
        draft.state = PostState::Draft;
        draft.type =
            mediaKindOf(checked.format) == MediaKind::Video ? PostType::Video : PostType::Photo;
        PostMedia media;
        media.path = item.path;
        media.size = checked.size;
        media.sha256 = checked.sha256;
        media.kind = mediaKindOf(checked.format);
        draft.media = {media};
        const QString host = m_client->baseUrl().authority();
        m_busy.insert(index);
        auto saving =
            m_storage->run([draft, host](Stores &stores) mutable -> std::pair<Post, QString> {
                const auto known = stores.uploads.findUpload(host, draft.media.first().sha256);
                if (known)
                    draft.media.first().mediaId =
                        *known; // uploaded before: noticed, not sent again
                stores.posts.saveContent(draft);
                return {draft, stores.lastError()};
            });
        onResult(this, saving, [this, index](const std::pair<Post, QString> &saved) {
            m_busy.remove(index);
            Item &current = m_items[index];
            const bool stillWanted = current.status == Status::Checking;
            if (!saved.second.isEmpty()) {
                if (!stillWanted)
                    return startNext(); // cancelled anyway; a retry starts from the check
                return finishItem(index, Status::Failed, saved.second);
            }
            // The draft exists whatever happened meanwhile: keep it, so that a retry after a
            // cancel only uploads, and the drafts list shows it.
            current.postId = saved.first.id;
            Q_EMIT draftCreated(saved.first.id);
            if (saved.first.media.first().isUploaded())
                return finishItem(index, Status::Duplicate,
                                  tr("Already uploaded earlier; the new draft reuses it."));
            if (!stillWanted) {
                // Cancelled while the draft was being saved: nothing is sent. If it was
                // retried meanwhile (Waiting again), startNext() uploads it in its turn.
                Q_EMIT itemChanged(index);
                return startNext();
            }
            upload(index);
            startNext(); // the next file may be checked while this one uploads
        });
    });
}

void UploadQueue::upload(int index)
{
    Item &item = m_items[index];
    item.status = Status::Uploading;
    item.sent = 0;
    item.bytesPerSecond = 0;
    item.message.clear();
    auto *job = m_client->uploadMedia(item.path, FormatSniffer::sniffFile(item.path));
    m_jobs.insert(index, job);
    m_clocks[index].start();
    Q_EMIT itemChanged(index); // with its job in place, so it shows as cancellable
    connect(job, &ApiJob::uploadProgress, this, [this, index](qint64 sent, qint64 total) {
        if (total <= 0)
            return; // size not known yet: nothing to show
        Item &current = m_items[index];
        current.sent = sent;
        current.total = total;
        const qint64 ms = std::max<qint64>(1, m_clocks[index].elapsed());
        current.bytesPerSecond = double(sent) * 1000.0 / double(ms);
        Q_EMIT itemChanged(index);
    });
    connect(job, &ApiJob::finished, this, [this, index, job] {
        m_jobs.remove(index);
        if (job->error().isError()) {
            const bool cancelled = job->error().kind() == ApiError::Kind::Cancelled;
            if (!cancelled && isPermanent(job->error()))
                return failForGood(index, job->error().message());
            return finishItem(index, cancelled ? Status::Cancelled : Status::Failed,
                              cancelled ? tr("Cancelled.") : job->error().message());
        }
        Q_EMIT itemChanged(index); // sent: no longer cancellable while it is recorded
        const QString mediaId = job->mediaId();
        const qint64 postId = m_items.at(index).postId;
        const QString sha = m_items.at(index).sha256;
        const QString host = m_client->baseUrl().authority();
        auto recording = m_storage->run([postId, sha, host, mediaId](Stores &stores) {
            const auto post = stores.posts.load(postId);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return post && !post->media.isEmpty()
                   && stores.uploads.setMediaUploaded(post->media.first().id, mediaId, now)
                   && stores.uploads.recordUpload(host, sha, mediaId, now);
        });
        onResult(this, recording, [this, index](bool ok) {
            finishItem(index, ok ? Status::Done : Status::Failed,
                       ok ? QString() : tr("The upload could not be recorded."));
        });
    });
    job->start();
}

void UploadQueue::finishItem(int index, Status status, const QString &message, bool permanent)
{
    Item &item = m_items[index];
    item.status = status;
    item.message = message;
    item.permanent = permanent;
    if (status == Status::Done)
        item.sent = item.total;
    Q_EMIT itemChanged(index);
    startNext();
}

bool UploadQueue::isPermanent(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::FileError:   // the file went missing or cannot be read
    case ApiError::Kind::Validation:  // 400/422: Crosspostify refused this file
    case ApiError::Kind::NotFound:    // 404
    case ApiError::Kind::InsecureUrl: // nothing is sent until the connection changes
    case ApiError::Kind::InvalidKey:
        return true;
    case ApiError::Kind::BadKey: // 401/403: the same key gets the same answer
    case ApiError::Kind::UnexpectedStatus:
        return error.httpStatus() >= 400 && error.httpStatus() < 500 && error.httpStatus() != 408
               && error.httpStatus() != 429;
    default:
        return false;
    }
}

bool UploadQueue::canCancel(int index) const
{
    if (index < 0 || index >= m_items.size())
        return false;
    const Status status = m_items.at(index).status;
    return status == Status::Waiting || status == Status::Checking
           || (status == Status::Uploading && m_jobs.value(index));
}

bool UploadQueue::canRetry(int index) const
{
    if (index < 0 || index >= m_items.size())
        return false;
    const Item &item = m_items.at(index);
    return (item.status == Status::Failed && !item.permanent) || item.status == Status::Cancelled;
}

void UploadQueue::cancel(int index)
{
    if (!canCancel(index))
        return;
    if (const auto job = m_jobs.value(index))
        job->abort(); // finishes the item as Cancelled
    else // waiting, or its check or draft save is out: that work's answer sees the cancel
        finishItem(index, Status::Cancelled, tr("Cancelled."));
}

void UploadQueue::retry(int index)
{
    if (!canRetry(index))
        return;
    // Back in the waiting line rather than started here: startNext() keeps the limit of
    // uploads at once, and one whose draft exists goes straight to its upload from there.
    Item &item = m_items[index];
    item.status = Status::Waiting;
    item.message.clear();
    item.sent = 0;
    item.bytesPerSecond = 0;
    Q_EMIT itemChanged(index);
    startNext();
}

} // namespace tokdeck
