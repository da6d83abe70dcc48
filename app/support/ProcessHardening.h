// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tokdeck {

// Keeps the API key out of core dumps and away from other processes of the same user: the
// process is made non-dumpable (no core file, no ptrace attach, /proc/<pid>/mem closed) and
// its core size limit is set to 0. Called first thing in main(), before any key is read.
// Returns what could not be done (empty when all of it worked); the caller logs it.
QString hardenProcess();

} // namespace tokdeck
