// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/PostState.h"

#include <QCoreApplication>

namespace tokdeck {

QString postStateKey(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return QStringLiteral("draft");
    case PostState::InReview:
        return QStringLiteral("in_review");
    case PostState::Ready:
        return QStringLiteral("ready");
    case PostState::Uploading:
        return QStringLiteral("uploading");
    case PostState::Submitting:
        return QStringLiteral("submitting");
    case PostState::Scheduled:
        return QStringLiteral("scheduled");
    case PostState::Published:
        return QStringLiteral("published");
    case PostState::Failed:
        return QStringLiteral("failed");
    case PostState::NeedsAttention:
        return QStringLiteral("needs_attention");
    case PostState::Live:
        return QStringLiteral("live");
    case PostState::FailedOnTikTok:
        return QStringLiteral("failed_on_tiktok");
    }
    return {};
}

std::optional<PostState> postStateFromKey(QStringView key)
{
    for (PostState state : allPostStates) {
        if (key == postStateKey(state))
            return state;
    }
    return std::nullopt;
}

PostDisplayState toDisplayState(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return PostDisplayState::Draft;
    case PostState::InReview:
        return PostDisplayState::InReview;
    case PostState::Ready:
        return PostDisplayState::Ready;
    case PostState::Uploading:
        return PostDisplayState::Uploading;
    case PostState::Submitting:
        return PostDisplayState::Submitting;
    case PostState::Scheduled:
        return PostDisplayState::Scheduled;
    case PostState::Published:
        return PostDisplayState::Published;
    case PostState::Failed:
        return PostDisplayState::Failed;
    case PostState::NeedsAttention:
        return PostDisplayState::NeedsAttention;
    case PostState::Live:
        return PostDisplayState::Live;
    case PostState::FailedOnTikTok:
        return PostDisplayState::FailedOnTikTok;
    }
    return PostDisplayState::Draft;
}

QString postDisplayStateName(PostDisplayState state)
{
    switch (state) {
    case PostDisplayState::Draft:
        return QCoreApplication::translate("PostState", "Draft");
    case PostDisplayState::InReview:
        return QCoreApplication::translate("PostState", "In review");
    case PostDisplayState::Ready:
        return QCoreApplication::translate("PostState", "Ready to send");
    case PostDisplayState::HeldLocally:
        return QCoreApplication::translate("PostState", "Kept on this computer until hand-over");
    case PostDisplayState::Uploading:
        return QCoreApplication::translate("PostState", "Uploading");
    case PostDisplayState::Submitting:
        return QCoreApplication::translate("PostState", "Sending");
    // Handed over is not live: Crosspostify accepted it, TikTok may still refuse it.
    case PostDisplayState::Scheduled:
        return QCoreApplication::translate("PostState", "Handed to Crosspostify");
    case PostDisplayState::DueNotConfirmed:
        return QCoreApplication::translate("PostState", "Due on TikTok — not confirmed");
    case PostDisplayState::Published:
        return QCoreApplication::translate("PostState", "Handed to Crosspostify — not confirmed");
    case PostDisplayState::Failed:
        return QCoreApplication::translate("PostState", "Failed");
    case PostDisplayState::NeedsAttention:
        return QCoreApplication::translate("PostState", "Needs attention: may have been published");
    case PostDisplayState::Live:
        return QCoreApplication::translate("PostState", "Live on TikTok");
    case PostDisplayState::FailedOnTikTok:
        return QCoreApplication::translate("PostState", "Failed on TikTok");
    }
    return {};
}

} // namespace tokdeck
