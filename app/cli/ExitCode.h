// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace tokdeck::cli {

// tokdeck-cli's exit codes: scripts branch on these, so they never change meaning.
enum ExitCode : int {
    Done = 0,
    Usage = 2,          // bad arguments or missing configuration
    InputRejected = 3,  // local validation refused the input; nothing was sent
    ApiFailed = 4,      // the API or the network failed; nothing was published
    MaybePublished = 5, // a create call may have reached Crosspostify: check before re-sending
    StorageFailed = 6,  // the data folder could not be read or written: nothing more was saved
};

} // namespace tokdeck::cli
