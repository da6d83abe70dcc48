// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/PostTransitions.h"

#include <algorithm>

namespace tokdeck {

const QList<PostTransition> &allowedPostTransitions()
{
    using S = PostState;
    static const QList<PostTransition> edges = {
        {S::Draft, S::Ready}, // publish / schedule (refused while the team
                              // requires approval: PostLifecycle)
        // Team review (issue #15): a post in review is locked for editing.
        {S::Draft, S::InReview},       // submit for review
        {S::InReview, S::Draft},       // rejected (with a comment), or withdrawn by its editor
        {S::InReview, S::Ready},       // approved: on PostgreSQL only an approver (TeamSchema)
        {S::Ready, S::Draft},          // unschedule, cancel the hand-over
        {S::Failed, S::Ready},         // retry
        {S::Failed, S::Draft},         // the user edits what failed
        {S::Ready, S::Uploading},      // a runner claims it (with a lease)
        {S::Uploading, S::Ready},      // its runner's lease expired (crash): upload again,
                                       // or an upload met a rate limit: again at its time
        {S::Uploading, S::Draft},      // upload cancelled
        {S::Uploading, S::Failed},     // a file or the upload failed for sure
        {S::Uploading, S::Submitting}, // uploads done; the create call is about to leave
        {S::Submitting, S::Scheduled},
        {S::Submitting, S::Published},
        {S::Submitting, S::Failed},         // refused for sure: nothing was created
        {S::Submitting, S::NeedsAttention}, // the answer was lost, or the runner died
        // Only for a 429 answer to the create call (OutboxRun::requeue): the server refused
        // it, so nothing was created and sending it again at the server's time cannot make a
        // second post. Any answer that leaves doubt goes to needs attention instead.
        {S::Submitting, S::Ready},
        {S::NeedsAttention, S::Published}, // the user checked: it was published
        {S::NeedsAttention, S::Ready},     // the user checked: it was not; send again
        // After the hand-over only the user can tell what TikTok did (Tokdeck cannot see it):
        {S::Scheduled, S::Live}, // the user saw it on TikTok (with its URL)
        {S::Published, S::Live},
        {S::Scheduled, S::FailedOnTikTok}, // the user says it never showed (with a reason)
        {S::Published, S::FailedOnTikTok},
        // A live video can still be taken down by TikTok later (a claim, a review): the user
        // may say so; the URL stays for reference. Not the other way: a failed post goes live
        // only by being sent again, which passes through the outbox.
        {S::Live, S::FailedOnTikTok},
        {S::FailedOnTikTok, S::Draft}, // fix it, then publish again
        {S::FailedOnTikTok, S::Ready}, // send again as it is: to the accounts that did not take
                                       // it (Post::resolvedTargets)
    };
    return edges;
}

bool isAllowedTransition(PostState from, PostState to)
{
    const QList<PostTransition> &edges = allowedPostTransitions();
    return std::find(edges.cbegin(), edges.cend(), PostTransition{from, to}) != edges.cend();
}

bool isLeasedState(PostState state)
{
    return state == PostState::Uploading || state == PostState::Submitting;
}

} // namespace tokdeck
