// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MigrationsOffline.h"

namespace tokdeck::migrations {

const QStringList &changedByStep()
{
    static const QStringList statements = {
        // sql::currentMember() of the connection that saved the content last: the login role
        // on PostgreSQL (the server authenticated it), the OS user on SQLite. '' for posts
        // saved before this step: nobody to name.
        QStringLiteral("ALTER TABLE posts ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
    };
    return statements;
}

} // namespace tokdeck::migrations
