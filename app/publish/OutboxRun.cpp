// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "publish/OutboxRun.h"

#include "api/ApiClient.h"
#include "media/ContentHash.h"
#include "media/FormatSniffer.h"
#include "publish/PostSubmission.h"
#include "rules/ScheduleRules.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"
#include "support/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace tokdeck {

struct OutboxRun::Prepared
{
    int index = 0;
    QString sha256;
    MediaFormat format = MediaFormat::Unknown;
    QString mediaId; // known from an earlier upload of the same content
    QString error;
};

OutboxRun::OutboxRun(const Post &post, ApiClient *client, StorageWorker *storage,
                     const Clock &clock, Lease lease, QObject *parent)
    : QObject(parent)
    , m_post(post)
    , m_client(client)
    , m_storage(storage)
    , m_clock(clock)
    , m_lease(std::move(lease))
{
    m_renewal.setInterval(m_lease.renewMs);
    connect(&m_renewal, &QTimer::timeout, this, &OutboxRun::renewLease);
}

OutboxRun::~OutboxRun() = default;

QDateTime OutboxRun::leaseEnd() const
{
    return m_clock.nowUtc().addMSecs(m_lease.leaseMs);
}

void OutboxRun::start()
{
    // Claim and read in one job: the content sent is the content claimed (an uploading post
    // can no longer be edited), even if the copy this run was made from is older.
    auto claiming = m_storage->run(
        [id = m_post.id, runner = m_lease.runner, until = leaseEnd(),
         host = m_client->baseUrl().authority()](Stores &stores) -> std::optional<Post> {
            if (!stores.lifecycle.claim(id, runner, until, host))
                return std::nullopt;
            return stores.posts.load(id);
        });
    onResult(this, claiming, [this](const std::optional<Post> &claimed) {
        if (!claimed) { // another runner has it, or it changed: not ours to send
            qCInfo(lcOutbox) << "post" << m_post.id << "was not claimed by" << m_lease.runner;
            m_ended = true;
            Q_EMIT finished(m_post.id);
            return;
        }
        m_post = *claimed;
        m_state = PostState::Uploading;
        m_renewal.start();
        Q_EMIT stateChanged(m_post.id, PostState::Uploading, {});
        prepareMedia();
    });
}

void OutboxRun::renewLease()
{
    onResult(this,
             m_storage->run(
                 [id = m_post.id, runner = m_lease.runner, until = leaseEnd()](Stores &stores) {
                     return stores.lifecycle.renewLease(id, runner, until);
                 }),
             [this](bool stillOurs) {
                 if (!stillOurs && !m_ended)
                     lostLease();
             });
}

void OutboxRun::lostLease()
{
    // Our renewals did not reach the database in time and another runner recovered the post:
    // it is no longer ours to send. Stop before the next network step; write nothing.
    qCWarning(lcOutbox) << "post" << m_post.id << "lease lost by" << m_lease.runner;
    m_ended = true;
    m_renewal.stop();
    if (m_submission)
        m_submission->cancel();
    Q_EMIT finished(m_post.id);
}

void OutboxRun::reserveThen(int requests, const QStringList &createAccounts,
                            std::function<void()> next)
{
    // The key's budget is shared by every runner on this database: wait here (the lease is
    // renewed meanwhile) rather than meet a 429.
    const QString host = m_client->baseUrl().authority();
    auto reserving =
        m_storage->run([host, requests, createAccounts, now = m_clock.nowUtc()](Stores &stores) {
            return stores.apiCalls.reserve(host, requests, createAccounts, now);
        });
    onResult(this, reserving, [this, requests, createAccounts, next](qint64 waitMs) {
        if (m_ended)
            return;
        if (waitMs <= 0) // reserved (or the ledger failed: the client's own limiter still paces)
            return next();
        qCInfo(lcOutbox) << "post" << m_post.id << "waits" << waitMs << "ms for the rate limit";
        QTimer::singleShot(waitMs, this, [this, requests, createAccounts, next] {
            reserveThen(requests, createAccounts, next);
        });
    });
}

void OutboxRun::prepareMedia()
{
    // Off this thread: checking and hashing files is disk work.
    const QList<PostMedia> media = m_post.media;
    auto checking = QtConcurrent::run([media] {
        QList<Prepared> prepared;
        for (int i = 0; i < media.size(); ++i) {
            const PostMedia &item = media.at(i);
            Prepared p;
            p.index = i;
            p.mediaId = item.mediaId;
            const QFileInfo info(item.path);
            p.sha256 = item.sha256;
            if (item.isUploaded()) {
                p.format = FormatSniffer::sniffFile(item.path); // needed if it must go again
            } else {
                if (!info.exists()) {
                    p.error = tr("%1 is gone from %2. Put it back or remove it from the post.")
                                  .arg(info.fileName(), info.absolutePath());
                } else if (item.size > 0 && info.size() != item.size) {
                    p.error =
                        tr("%1 changed on disk since it was added (%2 bytes, was %3). Add it again "
                           "to check it.")
                            .arg(info.fileName())
                            .arg(info.size())
                            .arg(item.size);
                } else {
                    QString readError;
                    p.sha256 = QString::fromLatin1(ContentHash::sha256Hex(item.path, &readError));
                    p.format = FormatSniffer::sniffFile(item.path);
                    if (!readError.isEmpty())
                        p.error = tr("%1 could not be read (%2).").arg(info.fileName(), readError);
                    else if (!item.sha256.isEmpty() && item.sha256 != p.sha256)
                        p.error =
                            tr("%1 changed on disk since it was added. Add it again to check it.")
                                .arg(info.fileName());
                }
            }
            prepared.append(p);
        }
        return prepared;
    });
    onResult(this, checking, [this](const QList<Prepared> &prepared) {
        for (const Prepared &p : prepared) {
            if (!p.error.isEmpty())
                return end(PostState::Failed, p.error);
        }
        // In one storage job: record hashes; keep a post's own uploads only if this host issued
        // them; reuse an earlier upload of the same content to the same host.
        QList<std::tuple<qint64, QString, QString>> rows; // media row, sha256, mediaId
        for (const Prepared &p : prepared)
            rows.append({m_post.media.at(p.index).id, p.sha256, p.mediaId});
        const QString host = m_client->baseUrl().authority();
        auto dedupe = m_storage->run([rows, host, now = m_clock.nowUtc()](Stores &stores) {
            UploadLedger &store = stores.uploads;
            QHash<qint64, QString> mediaIds; // media row → the id to use ("" = upload it)
            for (const auto &[row, sha, mediaId] : rows) {
                if (!mediaId.isEmpty()) {
                    const bool issuedHere = sha.isEmpty() || store.findUpload(host, sha) == mediaId;
                    mediaIds.insert(row, issuedHere ? mediaId : QString());
                    continue;
                }
                if (sha.isEmpty())
                    continue;
                store.setMediaHash(row, sha);
                const auto known = store.findUpload(host, sha);
                if (known && !known->isEmpty() && store.setMediaUploaded(row, *known, now))
                    mediaIds.insert(row, *known);
            }
            return mediaIds;
        });
        onResult(this, dedupe, [this, prepared](const QHash<qint64, QString> &mediaIds) {
            QList<Prepared> ready = prepared;
            for (Prepared &p : ready) {
                const qint64 row = m_post.media.at(p.index).id;
                if (mediaIds.contains(row)) {
                    p.mediaId = mediaIds.value(row);
                    m_post.media[p.index].mediaId = p.mediaId;
                }
                m_post.media[p.index].sha256 = p.sha256;
            }
            const auto toUpload =
                std::count_if(ready.cbegin(), ready.cend(),
                              [](const Prepared &p) { return p.mediaId.isEmpty(); });
            reserveThen(int(toUpload), {}, [this, ready] { upload(ready); });
        });
    });
}

void OutboxRun::upload(const QList<Prepared> &prepared)
{
    if (m_cancelled)
        return end(PostState::Draft, tr("Upload cancelled."));
    QList<SubmissionMedia> media;
    for (const Prepared &p : prepared)
        media.append({m_post.media.at(p.index).path, p.format, p.mediaId});
    CreatePostRequest request;
    request.type = m_post.type;
    request.targets = m_post.resolvedTargets();
    request.isAigc = m_post.isAigc && m_post.type == PostType::Video;
    request.scheduledAt = m_post.plannedAt;

    auto *submission = new PostSubmission(m_client, media, request, this);
    m_submission = submission;
    connect(submission, &PostSubmission::uploadProgress, this,
            [this](qint64 sent, qint64 total) { Q_EMIT progress(m_post.id, sent, total); });
    connect(submission, &PostSubmission::mediaUploaded, this,
            [this](int index, const QString &mediaId) {
                m_post.media[index].mediaId = mediaId;
                const PostMedia uploaded = m_post.media.at(index);
                const QString host = m_client->baseUrl().authority();
                auto recording = m_storage->run([uploaded, mediaId, host,
                                                 now = m_clock.nowUtc()](Stores &stores) {
                    UploadLedger &store = stores.uploads;
                    const bool ok = store.setMediaUploaded(uploaded.id, mediaId, now)
                                    && (uploaded.sha256.isEmpty()
                                        || store.recordUpload(host, uploaded.sha256, mediaId, now));
                    return ok ? QString() : store.lastError();
                });
                onResult(this, recording, [](const QString &error) {
                    if (!error.isEmpty())
                        qCWarning(lcOutbox) << "could not record an upload:" << error;
                });
            });
    connect(submission, &PostSubmission::uploadsDone, this, [this] {
        QStringList accounts;
        for (const PostAccount &account : std::as_const(m_post.accounts))
            accounts.append(account.accountId);
        reserveThen(1, accounts, [this] { submit(); });
    });
    connect(submission, &PostSubmission::finished, this, [this, submission] {
        const ApiError &error = submission->error();
        if (!error.isError()) {
            m_results = submission->accountResults();
            end(m_post.plannedAt ? PostState::Scheduled : PostState::Published, {},
                submission->postId());
        } else if (error.kind() == ApiError::Kind::MaybePublished) {
            end(PostState::NeedsAttention, error.message());
        } else if (error.kind() == ApiError::Kind::Cancelled) {
            end(PostState::Draft, tr("Upload cancelled."));
        } else if (error.kind() == ApiError::Kind::RateLimited && error.retryAt().isValid()) {
            // A 429 is a refusal: nothing was created, so sending again later is safe.
            requeue(error.retryAt());
        } else {
            end(PostState::Failed, error.message());
        }
    });
    submission->startUploads();
}

void OutboxRun::submit()
{
    // Uploads take time: the schedule must still be acceptable when the create call goes out.
    if (m_post.plannedAt) {
        const ValidationIssues late =
            rejectionsOf(ScheduleRules::check(*m_post.plannedAt, m_clock.nowUtc()));
        if (!late.isEmpty())
            return end(PostState::Failed, late.first().message);
    }
    // "submitting" must be on disk before the create call leaves: after a crash, a post found
    // in this state (once its lease expires) is never sent again automatically. And it must
    // still be ours: a runner whose lease was recovered must not send.
    onResult(this,
             m_storage->transition(m_post.id, {PostState::Uploading}, PostState::Submitting,
                                   {{}, {}, m_lease.runner, {}}),
             [this](const StorageResult<TransitionOutcome> &result) {
                 if (!result.ok())
                     return storageFailed(result.error);
                 if (!result.value.done())
                     return lostLease();
                 m_state = PostState::Submitting;
                 Q_EMIT stateChanged(m_post.id, PostState::Submitting, {});
                 if (m_submission)
                     m_submission->submit();
             });
}

void OutboxRun::cancel()
{
    m_cancelled = true;
    if (m_submission)
        m_submission->cancel();
}

void OutboxRun::end(PostState state, const QString &message, const QString &serverPostId)
{
    if (m_ended)
        return;
    m_ended = true;
    qCInfo(lcOutbox) << "post" << m_post.id << "ends as" << postStateKey(state);
    onResult(this,
             m_storage->transition(m_post.id, {m_state}, state,
                                   {message, serverPostId, m_lease.runner, {}, {}, m_results}),
             [this, state, message](const StorageResult<TransitionOutcome> &result) {
                 m_renewal.stop();
                 if (!result.ok())
                     qCWarning(lcOutbox) << "could not record the end state:" << result.error;
                 else if (!result.value.done())
                     qCWarning(lcOutbox)
                         << "post" << m_post.id << "end state refused: the lease was lost";
                 else
                     Q_EMIT stateChanged(m_post.id, state, message);
                 Q_EMIT finished(m_post.id);
             });
}

void OutboxRun::requeue(const QDateTime &retryAt)
{
    if (m_ended)
        return;
    m_ended = true;
    const QString message = tr("Crosspostify's rate limit was reached; Tokdeck sends it again at "
                               "%1 (local time).")
                                .arg(retryAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    qCInfo(lcOutbox) << "post" << m_post.id << "rate-limited; ready again from" << retryAt;
    // One job: no runner may see the post ready without its not-before time.
    auto requeuing = m_storage->run([id = m_post.id, from = m_state, message, retryAt,
                                     runner = m_lease.runner](Stores &stores) {
        const TransitionOutcome outcome =
            stores.lifecycle.transition(id, {from}, PostState::Ready, {message, {}, runner, {}});
        return outcome.done() && stores.lifecycle.deferUntil(id, retryAt);
    });
    onResult(this, requeuing, [this, message](bool done) {
        m_renewal.stop();
        if (done)
            Q_EMIT stateChanged(m_post.id, PostState::Ready, message);
        else
            qCWarning(lcOutbox) << "post" << m_post.id << "could not be re-queued";
        Q_EMIT finished(m_post.id);
    });
}

void OutboxRun::storageFailed(const QString &message)
{
    // Without the database there is no safe next step: stop here; the state on disk is the
    // last one written, which resume() knows how to continue from.
    m_ended = true;
    m_renewal.stop();
    Q_EMIT stateChanged(m_post.id, PostState::Failed, message);
    Q_EMIT finished(m_post.id);
}

} // namespace tokdeck
