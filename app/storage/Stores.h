// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/AccountCache.h"
#include "storage/ApiCallLedger.h"
#include "storage/HashtagIndex.h"
#include "storage/MediaLibrary.h"
#include "storage/PostLifecycle.h"
#include "storage/PostStore.h"
#include "storage/SeriesStore.h"
#include "storage/SlotStore.h"
#include "storage/StoreBase.h"
#include "storage/TeamStore.h"
#include "storage/UploadLedger.h"
#include "storage/VersionStore.h"

namespace tokdeck {

// The stores of one open database, by what they hold, sharing one StoreContext (connection,
// clock, last error, posts changed). Created, used and destroyed on the database's thread.
struct Stores
{
    explicit Stores(Database &database, const Clock &clock)
        : context{database, clock, {}, {}, {}}
    {}
    Q_DISABLE_COPY_MOVE(Stores)

    QString lastError() const { return context.lastError; }

    StoreContext context;
    PostStore posts{context};
    PostLifecycle lifecycle{context};
    UploadLedger uploads{context};
    AccountCache accounts{context};
    HashtagIndex hashtags{context};
    ApiCallLedger apiCalls{context};
    SlotStore slots{context};
    SeriesStore series{context};
    VersionStore versions{context};
    MediaLibrary library{context};
    TeamStore team{context};
};

} // namespace tokdeck
