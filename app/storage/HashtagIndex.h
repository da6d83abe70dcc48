// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/StoreBase.h"

#include <QStringList>

namespace tokdeck {

// Hashtags of earlier captions, for the composer's suggestions.
class HashtagIndex final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(HashtagIndex)
    Q_DISABLE_COPY_MOVE(HashtagIndex)

public:
    explicit HashtagIndex(StoreContext &context);

    // Hashtags of the 2,000 most recently edited posts' captions (shared and per-account), most
    // used first, "#tag" spelled as first seen; matched case-insensitively, as TikTok does.
    QStringList knownHashtags(int limit);
};

} // namespace tokdeck
