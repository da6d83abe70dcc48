// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tokdeck::migrations {

// Schema step 16 (team mode, issue #15): who last saved each post's content, so a save
// refused because someone else saved first can name them. In SQLite's dialect (see
// Migrations.cpp's stepStatements()).
const QStringList &changedByStep();

} // namespace tokdeck::migrations
