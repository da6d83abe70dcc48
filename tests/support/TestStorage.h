// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The database half most integration tests set up the same way: a real SQLite file, opened
// and migrated by a StorageWorker. Header-only, so only tests that include it need storage.

#include "storage/StorageWorker.h"
#include "support/Clock.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tokdeck::test {

// A database file in `dir` named after the running test function, opened and migrated; null
// (with a warning) if that failed.
inline std::unique_ptr<StorageWorker> openTestStorage(const QTemporaryDir &dir,
                                                      const Clock &clock = Clock::system())
{
    auto storage = std::make_unique<StorageWorker>(
        dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
        clock);
    const DatabaseOpenResult opened = storage->open().result();
    if (!opened.ok()) {
        qWarning("the test database could not be opened");
        return nullptr;
    }
    return storage;
}

} // namespace tokdeck::test
