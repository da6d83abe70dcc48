// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <functional>

class QWidget;

namespace tokdeck {

// Runs `work` once, on the GUI thread, right after `window` is first drawn on screen: what
// start-up can leave until then (the first reads of long lists, and applying their answers)
// no longer stands between the user and a window. A window that is not shown by the next
// turn of the event loop (tests, a start in the background) runs it then instead. Nothing
// runs once `window` is gone.
void afterFirstPaint(QWidget *window, std::function<void()> work);

} // namespace tokdeck
