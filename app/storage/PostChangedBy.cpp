// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team mode (issue #15): the refusal of a save that another member overtook names them.

#include "storage/PostStore.h"

namespace tokdeck {

QString PostStore::changedByRefusal(const QString &member)
{
    return tr("%1 changed this post since you opened it. Reload theirs, or keep yours as a "
              "copy.")
        .arg(member);
}

} // namespace tokdeck
