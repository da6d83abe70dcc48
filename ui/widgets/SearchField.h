// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QLineEdit;

namespace tokdeck {

// Gives a search field its clear button once there is something to clear. Building the
// button loads and renders the style's icon, a few milliseconds each field that start-up
// need not spend on an empty field.
void giveClearButtonWhenTyped(QLineEdit *field);

} // namespace tokdeck
