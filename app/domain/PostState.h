// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace tokdeck {

// Where a post is in its life (architecture.md, "The post's life"). Every value is stored;
// the outbox writes the next one before each network step.
//
// "Held locally" is deliberately NOT a stored state: it is `Ready` plus a time condition
// (the hand-over moment has not come yet, see Post::isHeldLocally()). Storing it would need
// a job to flip rows as the clock moves and would go stale while the app is closed; deriving
// it from planned_at and "now" is always right. The calendar asks
// Post::displayState(now), which does return PostDisplayState::HeldLocally.
enum class PostState {
    Draft,          // being composed; may be incomplete
    InReview,       // team mode: waiting for an approver; locked for editing (issue #15)
    Ready,          // complete, waiting for the outbox (now, or at its hand-over time)
    Uploading,      // media going to /media
    Submitting,     // the create call is (about to be) in flight
    Scheduled,      // handed to Crosspostify with a scheduledDate: locked. NOT "live"
    Published,      // handed over without a date ("post now"), or the user's "it was
                    // published" after needs attention. Tokdeck cannot see TikTok: NOT "live"
    Failed,         // a step failed for sure; reason in lastError, fixable, may be retried
    NeedsAttention, // a create call may have reached the server: the user decides
    // Set only by the user, who can see TikTok (Tokdeck cannot; the API reports nothing after
    // the create call):
    Live,           // the user saw it on TikTok; Post::tiktokUrl is the URL they pasted
    FailedOnTikTok, // the user says TikTok did not show it; the reason is in lastError
};

inline constexpr PostState allPostStates[] = {
    PostState::Draft,          PostState::Ready,          PostState::Uploading,
    PostState::Submitting,     PostState::Scheduled,      PostState::Published,
    PostState::Failed,         PostState::NeedsAttention, PostState::Live,
    PostState::FailedOnTikTok, PostState::InReview,
};

// The storage (and CLI) spelling: "draft", "ready", "uploading", "submitting", "scheduled",
// "published", "failed", "needs_attention", "live", "failed_on_tiktok", "in_review". Never
// translated, never changed once shipped (which is why "published" keeps its key although it means
// "handed over").
QString postStateKey(PostState state);
std::optional<PostState> postStateFromKey(QStringView key);

// What the calendar and lists show: the stored state, with Ready split in two (held locally or
// not) and Scheduled split in two (its time ahead, or passed and not confirmed), both derived
// from the planned time and "now", never stored.
enum class PostDisplayState {
    Draft,
    InReview,    // waiting for a team member's approval
    Ready,       // will be handed over by the outbox as soon as it runs
    HeldLocally, // ready, but kept on this machine until its hand-over time
    Uploading,
    Submitting,
    Scheduled,       // handed to Crosspostify, its time still ahead
    DueNotConfirmed, // scheduled, its time has passed: nobody has seen it on TikTok yet
    Published,       // handed over without a date: not confirmed
    Failed,
    NeedsAttention,
    Live,           // confirmed by the user
    FailedOnTikTok, // reported by the user
};

QString postDisplayStateName(PostDisplayState state); // translated, for badges and tooltips
// The stored state as shown when time does not matter (Ready stays Ready); the calendar uses
// Post::displayState(now) instead.
PostDisplayState toDisplayState(PostState state);

} // namespace tokdeck
