// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QFile;

namespace tokdeck {

// The one gate every path that reads media (or a CSV) goes through before reading: only a
// regular file passes. A FIFO named as a video would block the first open() or read() forever
// (and with it the CLI, the composer's inspection and the app's quit); a folder, a device such
// as /dev/zero or a socket are no better. Thread-safe.
class LocalFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(LocalFileCheck)

public:
    struct Refusal
    {
        QString reason;  // short, for "… could not be read (%1)": "a pipe (FIFO), not a file"
        QString message; // a sentence naming the file, what it is and what to do
    };

    // nullopt when `path` is a regular file this process can open for reading; otherwise the
    // sentence to show. Opens (without blocking) and closes the file.
    static std::optional<QString> checkRegularFile(const QString &path);

    // Opens `path` read-only into `file` without ever blocking: O_NONBLOCK, so a FIFO swapped
    // in between a check and the open cannot hang us, and the opened descriptor itself is
    // checked with fstat(), so what is read is what was checked. On success `file` owns the
    // descriptor (blocking again, as regular files always are) and nullopt is returned.
    static std::optional<Refusal> openRegularFile(QFile &file, const QString &path);
};

} // namespace tokdeck
