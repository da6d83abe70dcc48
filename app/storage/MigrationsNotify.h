// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SqlDialect.h"

#include <QStringList>

namespace tokdeck {

// The channel the posts trigger notifies on PostgreSQL, and PgListener listens to. Lower case:
// LISTEN quotes the name (Qt's driver does), so it must match pg_notify()'s spelling exactly.
inline constexpr char postsNotifyChannel[] = "tokdeck_posts";

// Migration step 14 (team mode, live updates): on PostgreSQL a trigger announcing each change
// to a post with NOTIFY tokdeck_posts, payload the post's id, so other desktops hear of it at
// once instead of at their next poll. SQLite has no NOTIFY: no statements (the step only
// bumps the version there).
QStringList notifyStepStatements(sql::Backend backend);

} // namespace tokdeck
