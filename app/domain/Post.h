// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"
#include "domain/PostRequest.h"
#include "domain/PostState.h"
#include "domain/PostType.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tokdeck {

// When a ready post with a date goes to Crosspostify.
enum class HandOver {
    Now,          // as soon as the date is inside the API's 30-day window (the default)
    KeepEditable, // keep it here, editable and draggable, until shortly before the date
};

QString handOverKey(HandOver handOver); // "now", "keep_editable": storage spelling
std::optional<HandOver> handOverFromKey(QStringView key);

namespace handover {
// HandOver::Now: hand over once the date is this close. One hour inside the API's 30-day
// limit (limits::maxAheadSeconds), so a late outbox run or a slow upload cannot push the
// create call past "at most 30 days ahead".
inline constexpr qint64 windowSeconds = 30LL * 24 * 3600 - 3600;
// HandOver::KeepEditable: hand over this long before the date; leaves room for the uploads
// and for the API's "at least 10 minutes ahead" rule.
inline constexpr qint64 keepEditableLeadSeconds = 3600;
} // namespace handover

// One media file of a post, in display order. `id` is the media row (0 until saved); the
// row is shared by every post that uses it, which is how an upload is reused.
struct PostMedia
{
    qint64 id = 0;
    QString path;
    qint64 size = 0;
    QString sha256; // lower-case hex; empty until hashed
    MediaKind kind = MediaKind::Unknown;
    int width = 0;
    int height = 0;
    double durationSeconds = 0;
    QString codec;
    QString mediaId;      // Crosspostify's id once uploaded, else empty
    QDateTime uploadedAt; // UTC; invalid until uploaded

    bool isUploaded() const { return !mediaId.isEmpty(); }
    // What probing learnt, as stored with a post (not yet hashed nor uploaded).
    static PostMedia fromInfo(const MediaInfo &info);
    friend bool operator==(const PostMedia &, const PostMedia &) = default;
};

// One account a post goes to. An empty override means "use the post's shared text".
struct PostAccount
{
    QString accountId;
    QString captionOverride;
    QString titleOverride;

    friend bool operator==(const PostAccount &, const PostAccount &) = default;
};

// A post as Tokdeck keeps it: the database row is the source of truth (the API cannot list or
// change posts). Upload progress is deliberately not here: it is not persisted.
struct Post
{
    qint64 id = 0; // 0 until saved
    PostType type = PostType::Video;
    QString caption;
    QString title;
    bool isAigc = false;
    QList<PostAccount> accounts;
    QList<PostMedia> media;             // display order (slideshow order)
    std::optional<QDateTime> plannedAt; // UTC; nullopt = post now
    HandOver handOver = HandOver::Now;
    PostState state = PostState::Draft;
    QString serverPostId; // the create call's id, once accepted
    QString lastError;    // why it failed / needs attention; empty otherwise
    // The API host this post is for ("" until it is handed to the outbox): bound when it is
    // published or claimed, so the sandbox never sends a real post and Crosspostify never gets
    // a sandbox one. Not content: saveContent() does not write it.
    QString apiHost;
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt; // UTC, set by the store on every save
    qint64 revision = 0; // the store's write counter: a save from a stale copy is refused

    // posts[] of the create call: each account with its override or the shared text.
    QList<AccountTarget> resolvedTargets() const;
    QStringList mediaIds() const; // uploaded ids in order (empty entries for pending ones)
    bool allMediaUploaded() const;

    // Handed (or possibly handed) to Crosspostify: from then on the dashboard owns it, so
    // nothing here may change it any more (submitting, scheduled, published, needs attention).
    bool isLocked() const;
    // The user may edit or drag it: draft, ready or failed. Uploading is neither locked nor
    // editable: the outbox is working on it and must be stopped first.
    bool isEditable() const;

    // When the outbox hands this post over; nullopt = right away (no date: post now).
    std::optional<QDateTime> handOverAt() const;
    // Ready, dated, and its hand-over moment is still ahead: kept on this machine.
    bool isHeldLocally(const QDateTime &nowUtc) const;
    PostDisplayState displayState(const QDateTime &nowUtc) const;

    friend bool operator==(const Post &, const Post &) = default;
};

// True for the states in which the user may still change the post (see Post::isEditable()).
bool isEditableState(PostState state);
bool isLockedState(PostState state);

} // namespace tokdeck
