// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "storage/StoreBase.h"

#include <QList>

namespace tokdeck {

// The /social-accounts answer, kept for offline start-up (names on the calendar before the API
// answers).
class AccountCache final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(AccountCache)
    Q_DISABLE_COPY_MOVE(AccountCache)

public:
    explicit AccountCache(StoreContext &context);

    bool saveAccounts(const QList<Account> &accounts); // replaces the previous list
    QList<Account> cachedAccounts();
};

} // namespace tokdeck
