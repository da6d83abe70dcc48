// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/StoreBase.h"

#include <QList>
#include <QString>
#include <optional>

namespace tokdeck {

// An account's posting slots as stored: the spec text and its IANA zone. Storage keeps the
// text only; app/planning (PostingSlots) parses and checks it before it is saved.
struct AccountSlotSpec
{
    QString accountId;
    QString spec;   // canonical, e.g. "Mon-Fri 09:00,18:00; Sat 11:00"
    QString zoneId; // IANA, e.g. "Europe/Berlin"

    friend bool operator==(const AccountSlotSpec &, const AccountSlotSpec &) = default;
};

// Posting slots per account (table posting_slots), for the queue.
class SlotStore final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(SlotStore)
    Q_DISABLE_COPY_MOVE(SlotStore)

public:
    explicit SlotStore(StoreContext &context);

    // Replaces the account's slots; an empty spec removes them.
    bool setSlots(const AccountSlotSpec &slots);
    // nullopt: none set (lastError() empty) or failure.
    std::optional<AccountSlotSpec> slotsFor(const QString &accountId);
    QList<AccountSlotSpec> allSlots(); // by account id
};

} // namespace tokdeck
