// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"

#include <QList>
#include <utility>

namespace tokdeck {

// The one table of a post's allowed state changes (architecture.md, "The post's life"). The
// storage layer refuses any other change, so no caller can, for instance, turn a post that may
// have been published back into "ready" without the user's word: NeedsAttention → Ready exists
// only as the user's "Send again".
using PostTransition = std::pair<PostState, PostState>; // from, to

const QList<PostTransition> &allowedPostTransitions();
bool isAllowedTransition(PostState from, PostState to);

// States in which a runner holds the post under a lease (claimed for sending). Recovery after
// a crash looks only at these, and only once the lease has expired.
bool isLeasedState(PostState state);

} // namespace tokdeck
