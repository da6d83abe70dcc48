// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SqlDialect.h"

#include <QStringList>

namespace tokdeck {

// Migration step 15, team mode (issue #15): the team's settings, the audit trail of every
// state change, and the database's own refusal of "draft → ready" while the team requires
// approval. In SQLite's dialect for the tables (Migrations runs them through
// sql::migrationStatement()); the triggers have a PostgreSQL variant of their own.
const QStringList &teamStepStatements(sql::Backend backend);

} // namespace tokdeck
