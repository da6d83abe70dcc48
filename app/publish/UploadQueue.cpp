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

namespace tokdeck {

namespace {
struct Checked
{
    QString sha256;
    MediaFormat format = MediaFormat::Unknown;
    qint64 size = 0;
    QString error;
};
} // namespace

UploadQueue::UploadQueue(ApiClient *client, StorageWorker *storage, QObject *parent)
    : QObject(parent), m_client(client), m_storage(storage)
{}

UploadQueue::~UploadQueue()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
}

void UploadQueue::add(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.mp4"), QStringLiteral("*.mov"), QStringLiteral("*.MP4"),
                                   QStringLiteral("*.MOV"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
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

int UploadQueue::running() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &item) {
        return item.status == Status::Checking || item.status == Status::Uploading;
    }));
}

bool UploadQueue::isIdle() const
{
    return std::none_of(m_items.begin(), m_items.end(), [](const Item &item) {
        return item.status == Status::Waiting || item.status == Status::Checking || item.status == Status::Uploading;
    });
}

void UploadQueue::startNext()
{
    // One file is checked (hashed) at a time, in queue order, so that of two files with the
    // same content the earlier one is uploaded and the later one is the duplicate. Uploads
    // themselves run up to m_maxConcurrent at once.
    const bool checking = std::any_of(m_items.begin(), m_items.end(),
                                      [](const Item &item) { return item.status == Status::Checking; });
    for (int i = 0; i < m_items.size() && running() < m_maxConcurrent && !checking; ++i) {
        if (m_items.at(i).status == Status::Waiting) {
            createDraftAndUpload(i);
            break;
        }
    }
    if (isIdle())
        Q_EMIT idle();
}

void UploadQueue::createDraftAndUpload(int index)
{
    m_items[index].status = Status::Checking;
    Q_EMIT itemChanged(index);
    const QString path = m_items.at(index).path;
    // Hash and sniff off this thread (a 100 MB video takes a moment).
    auto checking = QtConcurrent::run([path] {
        Checked checked;
        checked.size = QFileInfo(path).size();
        checked.format = FormatSniffer::sniffFile(path, &checked.error);
        if (checked.error.isEmpty())
            checked.sha256 = QString::fromLatin1(ContentHash::sha256Hex(path, &checked.error));
        return checked;
    });
    onResult(this, checking, [this, index](const Checked &checked) {
        Item &item = m_items[index];
        if (item.status == Status::Cancelled)
            return startNext();
        if (!checked.error.isEmpty())
            return finishItem(index, Status::Failed, tr("%1 could not be read (%2).").arg(QFileInfo(item.path).fileName(), checked.error));
        if (mediaKindOf(checked.format) == MediaKind::Unknown)
            return finishItem(index, Status::Failed,
                              tr("%1 is not a video or image TikTok accepts (MP4, MOV, JPEG, PNG).").arg(QFileInfo(item.path).fileName()));
        item.sha256 = checked.sha256;
        item.total = checked.size;
        for (int other = 0; other < m_items.size(); ++other) {
            if (other != index && m_items.at(other).sha256 == item.sha256 && m_items.at(other).status != Status::Failed
                && m_items.at(other).status != Status::Cancelled)
                return finishItem(index, Status::Duplicate,
                                  tr("Same content as %1, already in the queue.").arg(QFileInfo(m_items.at(other).path).fileName()));
        }
        // A draft of its own, then the upload.
        Post draft;
        draft.state = PostState::Draft;
        draft.type = mediaKindOf(checked.format) == MediaKind::Video ? PostType::Video : PostType::Photo;
        PostMedia media;
        media.path = item.path;
        media.size = checked.size;
        media.sha256 = checked.sha256;
        media.kind = mediaKindOf(checked.format);
        draft.media = {media};
        const QString host = m_client->baseUrl().authority();
        auto saving = m_storage->run([draft, host](PostStore &store) mutable -> std::pair<Post, QString> {
            const auto known = store.findUpload(host, draft.media.first().sha256);
            if (known)
                draft.media.first().mediaId = *known; // uploaded before: noticed, not sent again
            store.save(draft);
            return {draft, store.lastError()};
        });
        onResult(this, saving, [this, index](const std::pair<Post, QString> &saved) {
            if (!saved.second.isEmpty())
                return finishItem(index, Status::Failed, saved.second);
            m_items[index].postId = saved.first.id;
            Q_EMIT draftCreated(saved.first.id);
            if (saved.first.media.first().isUploaded())
                return finishItem(index, Status::Duplicate, tr("Already uploaded earlier; the new draft reuses it."));
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
    Q_EMIT itemChanged(index);
    auto *job = m_client->uploadMedia(item.path, FormatSniffer::sniffFile(item.path));
    m_jobs.insert(index, job);
    m_clocks[index].start();
    connect(job, &ApiJob::uploadProgress, this, [this, index](qint64 sent, qint64 total) {
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
            return finishItem(index, cancelled ? Status::Cancelled : Status::Failed,
                              cancelled ? tr("Cancelled.") : job->error().message());
        }
        const QString mediaId = job->mediaId();
        const qint64 postId = m_items.at(index).postId;
        const QString sha = m_items.at(index).sha256;
        const QString host = m_client->baseUrl().authority();
        auto recording = m_storage->run([postId, sha, host, mediaId](PostStore &store) {
            const auto post = store.load(postId);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return post && !post->media.isEmpty() && store.setMediaUploaded(post->media.first().id, mediaId, now)
                   && store.recordUpload(host, sha, mediaId, now);
        });
        onResult(this, recording, [this, index](bool ok) {
            finishItem(index, ok ? Status::Done : Status::Failed, ok ? QString() : tr("The upload could not be recorded."));
        });
    });
    job->start();
}

void UploadQueue::finishItem(int index, Status status, const QString &message)
{
    Item &item = m_items[index];
    item.status = status;
    item.message = message;
    if (status == Status::Done)
        item.sent = item.total;
    Q_EMIT itemChanged(index);
    startNext();
}

void UploadQueue::cancel(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    if (const auto job = m_jobs.value(index))
        job->abort(); // finishes the item as Cancelled
    else if (m_items.at(index).status == Status::Waiting || m_items.at(index).status == Status::Checking)
        finishItem(index, Status::Cancelled, tr("Cancelled."));
}

void UploadQueue::retry(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    Item &item = m_items[index];
    if (item.status != Status::Failed && item.status != Status::Cancelled)
        return;
    item.message.clear();
    if (item.postId > 0) { // its draft exists: only the upload is missing
        upload(index);
        return;
    }
    item.status = Status::Waiting;
    Q_EMIT itemChanged(index);
    startNext();
}

} // namespace tokdeck
