// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planning/AccountPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace tokdeck {

// "Add to queue": the next slot of the post's first account that is free on every account
// of the post (no other post of that account at that minute), keeps every account within the
// 24-hour cap, and is at least the schedule rules' minimum lead time ahead.
class QueuePlanner
{
    Q_DECLARE_TR_FUNCTIONS(QueuePlanner)

public:
    struct Choice
    {
        std::optional<QDateTime> slotUtc;
        QString reason; // translated; why there is none (what to do), empty with a slot

        bool ok() const { return slotUtc.has_value(); }
    };

    // accounts: the post's accounts in order; the first one's slots are the queue.
    static Choice next(const QList<AccountPlan> &accounts, const QDateTime &nowUtc);

    // How a user sets slots, for messages ("tokdeck-cli slots set ...").
    static QString howToSetSlots(const QString &accountId);
};

} // namespace tokdeck
