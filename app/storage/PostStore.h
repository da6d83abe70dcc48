// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "storage/StoreBase.h"

#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <optional>

namespace tokdeck {

// A post's content (type, texts, schedule, accounts, media) and the queries over posts, on the
// database's thread. A post's *state* is not written here: PostLifecycle changes it, through
// the table of allowed transitions, so a content save can never undo what a runner did.
// Every multi-row write is one transaction. Destroy it before its Database.
class PostStore final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(PostStore)
    Q_DISABLE_COPY_MOVE(PostStore)

public:
    explicit PostStore(StoreContext &context);

    // Inserts (id == 0, with post.state as its first state: draft or ready) or updates the
    // post's content (accounts and media rows included) in one transaction. An update is a
    // compare-and-set on post.revision (the revision this copy was loaded or saved at): it is
    // refused when the stored post is no longer editable (being sent or handed over) or was
    // changed since (by the calendar, another window, another process); reload, then reapply.
    // On success fills id, media row ids, createdAt, updatedAt and the new revision, keeps any
    // upload already recorded for unchanged media, and returns the id; on failure returns 0
    // and leaves `post` untouched. post.state, lastError and serverPostId are not written.
    qint64 saveContent(Post &post);
    // saveContent() for several posts in ONE transaction: all saved, or none (false, `posts`
    // untouched, lastError() names the first refusal). For a post split in several (the
    // composer's "Stagger"): the original's update and its copies' inserts belong together.
    bool saveContentMany(QList<Post> &posts);
    // What "Apply to selected…" sets on several drafts at once; unset fields stay as they are.
    struct DraftChanges
    {
        std::optional<QString> caption;
        bool setsSchedule = false; // then plannedAt (nullopt: post now) and handOver
        std::optional<QDateTime> plannedAt;
        HandOver handOver = HandOver::Now;
        std::optional<QStringList> accountIds; // kept accounts keep their own texts
    };
    struct AppliedChanges
    {
        QList<qint64> changed; // saved with the changes
        int skipped = 0;       // gone, no longer drafts, or changed meanwhile: left alone
    };
    // Applies `changes` to each of `ids` that is still a draft, through saveContent() (so a
    // content write only, at the revision just loaded; the state is never written). Posts that
    // are not drafts any more (published, ready, being sent) are skipped and counted, not
    // failed. lastError() is set only when the database itself failed.
    AppliedChanges applyToDrafts(const QList<qint64> &ids, const DraftChanges &changes);
    // Moves an editable post from `fromUtc` to `toUtc` (the calendar's drag and its undo): a
    // compare-and-set on the planned time, not on the revision, so a move and its undo still
    // apply while the composer saves caption edits of the same post in between; refused when
    // the post is no longer at `fromUtc` (moved elsewhere) or can no longer move. A content
    // change: raises the revision. Returns the new revision, 0 when refused or failed.
    qint64 movePlannedAt(qint64 id, const QDateTime &fromUtc, const QDateTime &toUtc);
    // Deletes the post and the media rows no other post uses. Refused (false, lastError() says
    // why) while it is uploading or submitting: a runner holds it and would write to a post that
    // is gone, or a create call may be out. Posts already with Crosspostify can be removed
    // ("forget it here"): the caller asks the user first, Crosspostify keeps its copy.
    bool remove(qint64 id);
    // A new draft with the content of post `id` (type, texts, accounts, media, planned time,
    // hand-over), whatever that post's state; nullopt when it does not exist or on failure.
    std::optional<Post> duplicate(qint64 id);

    std::optional<Post> load(qint64 id); // nullopt: not found (lastError() empty) or failure
    QList<Post> loadMany(const QList<qint64> &ids); // the ones that exist, by id
    // Posts with fromUtc <= plannedAt < toUtc (half-open, so months tile), by plannedAt then id.
    QList<Post> inRange(const QDateTime &fromUtc, const QDateTime &toUtc);
    // What the calendar shows of that range: inRange(), and the history of "Post now" (posts
    // without a planned time that are submitting, scheduled, published or need attention)
    // whose last change (updatedAt, their send time) is in the range; by that time, then id.
    // Brief posts (Filter::brief): enough to show, filter, check and move them, not to edit or
    // send them (open one by id for that).
    QList<Post> calendarRange(const QDateTime &fromUtc, const QDateTime &toUtc);
    // Posts in any of the states, "post now" ones first, then by plannedAt, then id.
    QList<Post> withStates(const QList<PostState> &states);
    // Those of withStates() planned at or after `fromUtc` (posts without a time left out):
    // what the cap and the duplicate check need, without reading the whole history.
    QList<Post> withStatesPlannedFrom(const QList<PostState> &states, const QDateTime &fromUtc);
    // Drafts, as search({Draft}, text).
    QList<Post> drafts(const QString &search = {});
    // Posts in any of `states` (all when empty) matching `text` (see searchPage()), every page.
    QList<Post> search(const QList<PostState> &states, const QString &text = {});
    // Where a page of search() ends: the last row's edit time and id. The next page starts
    // strictly after it (keyset paging), so a page costs the same at row 100 and row 100,000
    // and rows edited meanwhile are neither skipped nor repeated.
    struct PageCursor
    {
        qint64 updatedAtMs = 0;
        qint64 id = 0;
    };
    static PageCursor cursorAfter(const Post &post);
    // The end of a refused save's sentence when another team member (`member`, their
    // sql::currentMember()) saved the post since this copy was loaded.
    static QString changedByRefusal(const QString &member);
    static bool searchesByWords(const QString &text);
    // At most `limit` posts of search(states, text), after `after` when given. With words in
    // `text` (searchesByWords()), a post matches when it has every word (the last one as a
    // prefix: search as you type), in any case and accent, and pages are newest created first
    // (by id); without, newest edited first.
    // `among`: only these posts (which of the posts just changed does the list show?).
    QList<Post> searchPage(const QList<PostState> &states, const QString &text, int limit,
                           const std::optional<PageCursor> &after = std::nullopt,
                           const QList<qint64> &among = {});

private:
    struct Filter
    {
        QString where; // SQL over posts' columns with ? placeholders; never a value
        QVariantList binds;
        QString orderBy;
        int limit = 0; // 0: every match
        // What a view of many posts shows and checks (state, times, caption, title, error,
        // accounts, media paths), not the rest: at 100,000 posts a month on screen is thousands
        // of rows, and converting the columns nobody reads was half of reading them.
        bool brief = false;
    };
    QList<Post> query(const Filter &filter, const QString &operation);
    static std::optional<QSqlError> readPosts(const QSqlDatabase &db, const Filter &filter,
                                              QList<Post> &posts);
    // saveContent()'s writes, inside a transaction the caller holds; false after fail().
    bool writeContent(Post &saved, const QString &operation);
    bool writeChildren(QSqlQuery &query, Post &post);
    // Media rows no post uses any more, except the last row of each file: the media library
    // remembers every file ever added (MediaLibrary::forget() is the user's way to drop one).
    bool dropUnusedMedia(QSqlQuery &query, const QList<qint64> &rows, const QString &operation);
    QString refusalReason(qint64 id, qint64 revision);
    QString inReviewReason(qint64 id); // the lock of team review, naming who to ask
    QString moveRefusalReason(qint64 id);
};

} // namespace tokdeck
