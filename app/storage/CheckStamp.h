// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tokdeck {

// The damage check at open (PRAGMA quick_check) reads every page: half of the CPU of a start
// with 100,000 posts. A file that nobody touched since a Tokdeck connection closed it cleanly
// cannot have been damaged by a crash, so the check is skipped for it: the last clean close
// writes a stamp (size, modification time, inode, a hash of the first and last page) beside
// the file, and open() compares. Anything else runs the check: another process still has the
// file open or crashed (its -wal is still there), a write after the stamp, a copy or a restore
// (inode), no stamp. Not caught: bytes changed in the middle with the modification time put
// back; SQLite still reports such damage when it reads the page (SQLITE_CORRUPT).
class CheckStamp final
{
public:
    // Whether `databasePath` is as the last clean close left it.
    static bool unchangedSinceCleanClose(const QString &databasePath);
    // After the last connection closed cleanly (no -wal left): stamps the file as it is now.
    // Does nothing while a -wal remains (another process has the file open).
    static void recordCleanClose(const QString &databasePath);
    // Removes the stamp: before the check runs, so that a crash during it leaves none.
    static void forget(const QString &databasePath);

    static QString stampPath(const QString &databasePath);
};

} // namespace tokdeck
