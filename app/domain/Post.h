// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"
#include "domain/PostRequest.h"
#include "domain/PostState.h"
#include "domain/PostType.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

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
    // For a fixed copy (fixed/ in the data folder), the original it was made from, which stays
    // untouched; empty when this file is not a fixed copy.
    QString sourcePath;

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

// What Crosspostify's create answer said about one account of the post (its `posts` array):
// "scheduled" or "queued", or notTaken when the account was missing from the answer. Kept
// apart from the post's accounts, so a content save (which rewrites those) never loses it.
struct PostAccountResult
{
    static inline const QString notTaken = QStringLiteral("not_taken");

    QString accountId;
    QString status; // the API's word, or notTaken
    QDateTime at;   // UTC: when the answer came

    // Whether this account has the post. An unknown word from the API counts as taken: sending
    // a post twice is worse than asking the user to send it once more.
    bool taken() const;
    friend bool operator==(const PostAccountResult &, const PostAccountResult &) = default;
};

// The create answer's statuses (accountId, status) for the accounts sent: each sent account
// gets its status, or notTaken when the answer left it out. An answer without any status says
// nothing per account: no results (the post as a whole was accepted).
QList<PostAccountResult>
accountResultsFromAnswer(const QStringList &sentAccounts,
                         const QList<std::pair<QString, QString>> &statuses,
                         const QDateTime &atUtc);

// An https URL on tiktok.com (or a subdomain, e.g. www. or vm.), as the user pastes it from
// TikTok's "Copy link". Returns the normalised URL, or an empty string when it is not one.
QString normalisedTikTokUrl(const QString &text);

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
    QString lastError;    // why it failed / needs attention / failed on TikTok (the user's
                          // reason); empty otherwise
    QString tiktokUrl;    // the post on TikTok, as the user pasted it when marking it live
    // Per account, what the last create answer said (empty: nothing known per account).
    QList<PostAccountResult> accountResults;
    // The API host this post is for ("" until it is handed to the outbox): bound when it is
    // published or claimed, so the sandbox never sends a real post and Crosspostify never gets
    // a sandbox one. Not content: saveContent() does not write it.
    QString apiHost;
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt; // UTC, set by the store on every save
    qint64 revision = 0; // the store's write counter: a save from a stale copy is refused
    // Who saved the content last (sql::currentMember(): the team member on PostgreSQL), set by
    // the store; "" before schema 16.
    QString updatedBy;

    // posts[] of the create call: each account with its override or the shared text. When an
    // earlier create answer shows that some accounts took the post and others did not, only
    // those that did not (a retry must not post twice on an account). When every account took
    // it and it is sent again anyway (the user said it failed on TikTok), all of them.
    QList<AccountTarget> resolvedTargets() const;
    // The accounts an earlier answer left out or refused (empty when none or nothing known).
    QStringList accountsNotTaken() const;
    const PostAccountResult *accountResult(const QString &accountId) const;
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
    // Scheduled and its planned time has passed: due on TikTok, not confirmed by anyone.
    bool isDueNotConfirmed(const QDateTime &nowUtc) const;
    PostDisplayState displayState(const QDateTime &nowUtc) const;
    // The state as one honest sentence for badges, lists and the CLI: "Handed to Crosspostify ·
    // due Tue 14:05", "Live on TikTok · https://…", "Failed on TikTok: <reason>".
    QString statusText(const QDateTime &nowUtc) const;

    friend bool operator==(const Post &, const Post &) = default;
};

// One line per account of `post` that has a result, for a tooltip or the composer's account
// rows: "Pixel & Pine: queued", "Second shop: did not take it"; `names` maps account ids to
// display names (the id stands in for an unknown one). Empty when nothing is known.
QStringList accountResultLines(const Post &post, const QHash<QString, QString> &names);

// True for the states in which the user may still change the post (see Post::isEditable()).
bool isEditableState(PostState state);
bool isLockedState(PostState state);

} // namespace tokdeck
