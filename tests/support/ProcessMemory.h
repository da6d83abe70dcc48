// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace tokdeck::test {

// This process's peak resident memory so far (VmHWM), and now (VmRSS), in KiB.
qint64 peakRssKiB();
qint64 currentRssKiB();

} // namespace tokdeck::test
