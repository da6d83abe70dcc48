// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/DraftEditor.h"

#include "compose/CapCheck.h"
#include "media/ContentHash.h"
#include "media/MediaInspector.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "publish/Outbox.h"
#include "rules/PostRules.h"
#include "storage/DraftAutosaver.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <utility>

namespace tokdeck {

namespace {
const QSize thumbnailSize(180, 320); // 9:16, enough for the strip and the preview

// An inspection with the strip's icon already scaled, on the inspector's thread: 50 images
// dropped at once must not mean 50 smooth scalings on the GUI thread.
struct InspectedMedia
{
    MediaInspection inspection;
    QImage icon;
    QString sha256; // the content as added: a later change is caught before it is uploaded
};

QFuture<InspectedMedia> inspectWithIcon(MediaInspector &inspector, const QString &path)
{
    // At the screen's density (sharp on a 2x display), read here on the GUI thread.
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    return inspector.inspect(path, thumbnailSize)
        .then(QtFuture::Launch::Sync, [ratio, path](const MediaInspection &inspection) {
            InspectedMedia result{inspection, {}, {}};
            if (inspection.info.probed)
                result.sha256 = QString::fromLatin1(ContentHash::sha256Hex(path));
            if (!inspection.thumbnail.isNull()) {
                result.icon =
                    inspection.thumbnail.scaled(MediaListModel::iconSize * ratio,
                                                Qt::KeepAspectRatio, Qt::SmoothTransformation);
                result.icon.setDevicePixelRatio(ratio);
            }
            return result;
        });
}
} // namespace

DraftEditor::DraftEditor(StorageWorker *storage, Outbox *outbox, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_inspector(std::make_unique<MediaInspector>())
    , m_autosaver(std::make_unique<DraftAutosaver>(storage))
    , m_media(new MediaListModel(this))
    , m_targets(new AccountTargetsModel(this))
    , m_context(new CapCheck(storage, clock, this))
{
    connect(m_context, &CapCheck::issuesChanged, this, [this] { Q_EMIT issuesChanged(issues()); });
    m_mediaSettled.setSingleShot(true);
    m_mediaSettled.setInterval(30);
    connect(&m_mediaSettled, &QTimer::timeout, this, &DraftEditor::mediaChanged);
    connect(m_media, &MediaListModel::filesDropped, this, &DraftEditor::addFiles);
    connect(m_media, &MediaListModel::orderChanged, this, &DraftEditor::mediaChanged);
    connect(m_targets, &AccountTargetsModel::targetsChanged, this, [this] {
        if (m_loading)
            return;
        m_post.accounts = m_targets->targets();
        edited();
    });
    connect(m_autosaver.get(), &DraftAutosaver::saved, this, [this](const Post &stored) {
        m_post.id = stored.id;
        m_post.revision = stored.revision;
        m_post.createdAt = stored.createdAt;
        for (int i = 0; i < m_post.media.size() && i < stored.media.size(); ++i) {
            if (m_post.media.at(i).path == stored.media.at(i).path)
                m_post.media[i].id = stored.media.at(i).id;
        }
        Q_EMIT saved(stored.id);
    });
    // The post's state and changes made elsewhere come from the storage's change notices: the
    // outbox (here or in another process), the calendar, another window.
    connect(m_storage, &StorageWorker::postsChanged, this, [this](const QList<qint64> &ids) {
        if (m_post.id != 0 && ids.contains(m_post.id))
            refreshFromStore();
        else if (isEditable() && !m_post.accounts.isEmpty())
            m_context->verify(m_post, {}); // another post took or freed a time of its accounts
    });
    connect(m_autosaver.get(), &DraftAutosaver::rebased, this, &DraftEditor::takeMerged);
    connectTeam();
    if (m_outbox) {
        connect(m_outbox, &Outbox::progress, this, [this](qint64 id, qint64 sent, qint64 total) {
            if (id == m_post.id && total > 0)
                Q_EMIT uploadProgress(int(sent * 100 / total));
        });
    }
}

DraftEditor::~DraftEditor()
{
    m_autosaver->flush(); // the storage worker finishes queued saves before it stops
}

void DraftEditor::newDraft(std::optional<QDateTime> plannedAtUtc)
{
    m_autosaver->flush();
    m_loading = true;
    m_post = Post{};
    m_post.type = PostType::Video;
    m_post.state = PostState::Draft;
    m_post.plannedAt = plannedAtUtc;
    m_inspectionErrors.clear();
    m_contentHashes.clear();
    m_newcomers.clear();
    m_media->clear();
    m_targets->setTargets({});
    m_context->clear();
    m_loading = false;
    m_autosaver->track(m_post);
    Q_EMIT loaded();
    Q_EMIT stateChanged(m_post.state, {});
    Q_EMIT issuesChanged(issues());
}

void DraftEditor::open(qint64 postId)
{
    m_autosaver->flush();
    onResult(this, m_storage->load(postId),
             [this](const StorageResult<std::optional<Post>> &result) {
                 if (!result.ok() || !result.value)
                     return;
                 m_loading = true;
                 m_post = *result.value;
                 m_inspectionErrors.clear();
                 m_contentHashes.clear();
                 m_newcomers.clear();
                 m_media->clear();
                 QStringList paths;
                 QStringList sources; // a fixed copy still names its original when reopened
                 for (const PostMedia &media : std::as_const(m_post.media)) {
                     paths.append(media.path);
                     sources.append(media.sourcePath);
                 }
                 m_media->appendPaths(paths, sources);
                 m_targets->setTargets(m_post.accounts);
                 m_loading = false;
                 m_autosaver->track(m_post);
                 inspectStored(paths);
                 m_context->clear();
                 if (isEditable())
                     m_context->check(m_post);
                 Q_EMIT loaded();
                 Q_EMIT stateChanged(m_post.state, m_post.lastError);
                 Q_EMIT issuesChanged(issues());
             });
}

void DraftEditor::inspectStored(const QStringList &paths)
{
    for (const QString &path : paths) {
        onResult(this, inspectWithIcon(*m_inspector, path),
                 [this, path](const InspectedMedia &inspected) {
                     const MediaInspection &inspection = inspected.inspection;
                     // By the path we asked for.
                     m_media->setInspection(path, inspection.info, inspection.thumbnail,
                                            inspected.icon);
                     // Drafts from before hashes were kept get one now.
                     if (!inspected.sha256.isEmpty())
                         m_contentHashes.insert(path, inspected.sha256);
                     if (!inspection.error.isEmpty())
                         m_inspectionErrors.insert(path, inspection.error);
                     else if (changedSinceAdded(path, inspected.sha256))
                         m_inspectionErrors.insert(
                             path, tr("%1 changed on disk since it was added to this post. "
                                      "Remove it and add it again to check it.")
                                       .arg(QFileInfo(path).fileName()));
                     if (!m_mediaSettled.isActive())
                         m_mediaSettled.start();
                 });
    }
}

void DraftEditor::addFiles(const QStringList &paths)
{
    if (!isEditable())
        return;
    m_media->appendPaths(paths);
    m_newcomers += paths;
    for (const QString &path : paths) {
        m_contentHashes.remove(path); // the same name added again is checked anew
        // Probing and thumbnails run on the inspector's threads; the GUI only gets the result.
        onResult(this, inspectWithIcon(*m_inspector, path),
                 [this, path](const InspectedMedia &inspected) {
                     const MediaInspection &inspection = inspected.inspection;
                     m_media->setInspection(path, inspection.info, inspection.thumbnail,
                                            inspected.icon);
                     if (!inspection.error.isEmpty())
                         m_inspectionErrors.insert(path, inspection.error);
                     if (!inspected.sha256.isEmpty())
                         m_contentHashes.insert(path, inspected.sha256);
                     // Kinds are known once every file has been looked at; then what does not fit
                     // goes.
                     if (m_media->allInspected())
                         refuseMismatchedNewcomers();
                     if (!m_mediaSettled.isActive())
                         m_mediaSettled.start();
                 });
    }
}

void DraftEditor::refuseMismatchedNewcomers()
{
    // A video with images, or a second video: the media already there stay, and of the files
    // just added the first that fit are kept (a video and three images dropped together keep
    // the video). Files of an unknown kind stay, so that the rules can name them.
    const QStringList newcomers = std::exchange(m_newcomers, {});
    QList<MediaInfo> kept;
    QList<int> newcomerRows;
    QStringList pending = newcomers;
    for (int row = 0; row < m_media->rowCount(); ++row) {
        const MediaInfo &info = m_media->items().at(row).info;
        if (pending.removeOne(info.path))
            newcomerRows.append(row);
        else
            kept.append(info);
    }
    QList<int> refusedRows;
    QStringList refusedNames;
    QString reason;
    for (int row : std::as_const(newcomerRows)) {
        const MediaInfo &info = m_media->items().at(row).info;
        ValidationIssues mix;
        kept.append(info);
        if (info.kind() != MediaKind::Unknown && !PostRules::typeForMedia(kept, &mix)
            && hasRejection(mix)) {
            kept.removeLast();
            refusedRows.prepend(row); // removed from the end, so earlier rows keep their place
            refusedNames.prepend(QFileInfo(info.path).fileName());
            reason = mix.first().message;
        }
    }
    if (refusedRows.isEmpty())
        return;
    for (int row : std::as_const(refusedRows))
        m_media->removeItem(row);
    std::reverse(refusedNames.begin(), refusedNames.end());
    Q_EMIT mediaRefused(
        refusedNames.size() == 1
            ? tr("%1 was not added: %2").arg(refusedNames.first(), reason)
            : tr("%1 were not added: %2").arg(QLocale().createSeparatedList(refusedNames), reason));
}

bool DraftEditor::changedSinceAdded(const QString &path, const QString &sha256) const
{
    // Only what is still to be uploaded matters: an uploaded file is not read again.
    return std::any_of(m_post.media.cbegin(), m_post.media.cend(), [&](const PostMedia &media) {
        return media.path == path && !media.isUploaded() && !media.sha256.isEmpty()
               && !sha256.isEmpty() && media.sha256 != sha256;
    });
}

void DraftEditor::mediaChanged()
{
    if (m_loading)
        return;
    // A file's read error blocks publishing only while the file is in the post.
    QSet<QString> present;
    for (const auto &item : m_media->items())
        present.insert(item.info.path);
    m_inspectionErrors.removeIf([&](const auto &entry) { return !present.contains(entry.key()); });
    m_contentHashes.removeIf([&](const auto &entry) { return !present.contains(entry.key()); });
    if (!isEditable()) { // an opened post that is sent or being sent: show it, change nothing
        Q_EMIT changed();
        Q_EMIT issuesChanged(issues());
        return;
    }
    syncMediaIntoPost();
    edited();
}

void DraftEditor::syncMediaIntoPost()
{
    QList<PostMedia> media;
    for (const auto &item : m_media->items()) {
        PostMedia entry;
        const auto existing =
            std::find_if(m_post.media.begin(), m_post.media.end(),
                         [&](const PostMedia &m) { return m.path == item.info.path; });
        if (existing != m_post.media.end())
            entry = *existing; // keeps its row id and any upload already made
        entry.path = item.info.path;
        entry.sourcePath = item.sourcePath; // stored, so a reopened draft still names it
        if (item.inspected) {
            entry.size = item.info.fileSize;
            entry.kind = item.info.kind();
            entry.width = item.info.width;
            entry.height = item.info.height;
            entry.durationSeconds = item.info.durationSeconds;
            entry.codec = item.info.codec;
        }
        if (entry.sha256.isEmpty()) // set once, when added: what the upload must still find
            entry.sha256 = m_contentHashes.value(item.info.path);
        media.append(entry);
    }
    m_post.media = media;
    if (const auto type = m_media->postType())
        m_post.type = *type;
}

void DraftEditor::setCaption(const QString &caption)
{
    if (caption == m_post.caption)
        return;
    m_post.caption = caption;
    edited();
}

void DraftEditor::setTitle(const QString &title)
{
    if (title == m_post.title)
        return;
    m_post.title = title;
    edited();
}

void DraftEditor::setAigc(bool aigc)
{
    if (aigc == m_post.isAigc)
        return;
    m_post.isAigc = aigc;
    edited();
}

void DraftEditor::setSchedule(std::optional<QDateTime> plannedAtUtc, HandOver handOver)
{
    if (plannedAtUtc == m_post.plannedAt && handOver == m_post.handOver)
        return;
    m_post.plannedAt = plannedAtUtc;
    m_post.handOver = handOver;
    edited();
}

void DraftEditor::edited()
{
    if (m_loading || !isEditable())
        return;
    if (m_post.state == PostState::Failed && m_post.id != 0) {
        m_post.state = PostState::Draft; // the user is fixing it
        m_storage->transition(m_post.id, {PostState::Failed}, PostState::Draft);
    }
    m_autosaver->edit(m_post);
    m_context->check(m_post);
    Q_EMIT changed();
    Q_EMIT issuesChanged(issues());
}

bool DraftEditor::isEditable() const
{
    return m_post.state == PostState::Draft || m_post.state == PostState::Failed
           || m_post.isHeldLocally(m_clock.nowUtc());
}

ValidationIssues DraftEditor::issues() const
{
    ValidationIssues found;
    for (auto it = m_inspectionErrors.cbegin(); it != m_inspectionErrors.cend(); ++it)
        found.append(
            {ValidationIssue::Severity::Reject, QFileInfo(it.key()).fileName(), it.value()});
    found += m_context->issues();
    if (!m_media->allInspected())
        return found; // rules run once every file has been looked at
    PostCheckInput input;
    input.media = m_media->mediaInfos();
    ValidationIssues typeIssues;
    const auto type = PostRules::typeForMedia(input.media, &typeIssues);
    found += typeIssues;
    input.type = type.value_or(m_post.type);
    input.title = m_post.title;
    input.targets = m_post.resolvedTargets();
    input.isAigc = m_post.isAigc;
    input.scheduledAt = m_post.plannedAt;
    found += PostRules::check(input, m_clock.nowUtc(), m_targets->knownAccounts());
    return found;
}

void DraftEditor::saveNow()
{
    m_autosaver->flush();
}

bool DraftEditor::publish()
{
    const ValidationIssues found = issues();
    if (hasRejection(found) || !m_media->allInspected() || !isEditable()) {
        Q_EMIT issuesChanged(found);
        return false;
    }
    // The content is saved first, then the state changes (draft → ready) in its own
    // compare-and-set: the outbox takes posts from the database, so it must find this content.
    m_autosaver->edit(m_post);
    m_autosaver->flush();
    m_autosaver->whenSaved(this, [this](bool ok) {
        if (!ok || !m_outbox || m_post.id == 0)
            return; // the save's failure is already shown
        // The cap is asked again now: another window or tokdeck-cli may have taken the time
        // since the composer last looked. A blocked post stays a draft and says why.
        m_context->verify(m_post, [this, id = m_post.id](bool fits) {
            if (fits && id == m_post.id)
                m_outbox->enqueue(id);
        });
    });
    return true;
}

void DraftEditor::cancelUpload()
{
    if (m_outbox && m_post.id)
        m_outbox->cancel(m_post.id);
}

void DraftEditor::confirmPublished()
{
    if (m_outbox && m_post.id)
        m_outbox->confirmPublished(m_post.id);
}

void DraftEditor::sendAgain()
{
    if (m_outbox && m_post.id)
        m_outbox->sendAgain(m_post.id);
}

} // namespace tokdeck
