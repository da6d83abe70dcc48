// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planning/PostingSlots.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tokdeck {

// What planning knows of one account: its name for messages, its posting slots (if set) and
// the instants its other posts already occupy (see occupyingStates()). Plain data: the
// planner and the cap are pure functions over it, storage fills it (loadAccountPlans()).
struct AccountPlan
{
    QString accountId;
    QString name; // the account's display name; the id when the name is not known
    std::optional<PostingSlots> slots;
    QList<QDateTime> taken; // UTC, any order
};

} // namespace tokdeck
