// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tokdeck {

// Text from a server (account names, messages) made safe to print on one terminal line:
// every control character and invisible formatting character is written as a visible escape,
// so a name cannot break a line, move the cursor, recolour the terminal or reorder text.
//   ESC → \e, TAB → \t, LF → \n, CR → \r, a backslash → \\,
//   other C0/C1 controls and DEL → \xHH, format/bidi/line-separator characters → \u{HHHH}.
// Everything else (letters of any script, emoji) is kept as it is.
QString escapeForTerminal(const QString &text);

} // namespace tokdeck
