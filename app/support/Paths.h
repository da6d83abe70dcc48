// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tokdeck {

// Where the database and caches live: $TOKDECK_DATA_DIR when set (tests, automation),
// otherwise QStandardPaths::AppDataLocation. Created on first use.
QString dataDirectory();
// The database file of `tokdeck --sandbox`: $TOKDECK_DATA_DIR when set, otherwise a folder of
// its own under the data folder, so trying the sandbox never touches (or sends) real posts.
QString sandboxDatabasePath();

} // namespace tokdeck
