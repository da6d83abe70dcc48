// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

class QPalette;

namespace tokdeck::StatusColors {

// The one set of warning and error hues of the UI. QPalette has no "warning" or "error" role,
// so each is a fixed hue picked per the palette's brightness: readable on light and on dark
// themes alike (a text colour contrasts with the palette's window and base; a background
// with its own text colour).

bool isDark(const QPalette &palette);
QColor errorText(const QPalette &palette);   // refusals: "cannot be posted", over a limit
QColor warningText(const QPalette &palette); // cautions: allowed, but worth a look
// A caution strip (the sandbox banner) and the text on it.
QColor warningBackground(const QPalette &palette);
QColor warningBackgroundText(const QPalette &palette);

} // namespace tokdeck::StatusColors
