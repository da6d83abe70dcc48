// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace tokdeck {

// The SHA-256 of a file's content, to recognise a file that was uploaded before (under any
// name) and reuse its mediaId. Streamed: a 100 MB video is never held in memory.
// Blocking: call it off the GUI thread. Thread-safe.
class ContentHash
{
    Q_DECLARE_TR_FUNCTIONS(ContentHash)

public:
    // 64 lower-case hex digits; empty with *error set (a translated sentence naming the
    // file) when the file cannot be opened or read to its end.
    static QByteArray sha256Hex(const QString &path, QString *error = nullptr);
};

} // namespace tokdeck
