// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The database half most integration tests set up the same way: a real SQLite file (or, when
// TOKDECK_TEST_BACKEND=postgresql, a private PostgreSQL server's database), opened and migrated
// by a StorageWorker. Header-only, so only tests that include it need storage.

#include "PgServer.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tokdeck::test {

// Where the running test function's database is: a file in `dir` named after it, or, in the
// "postgres" runs (TOKDECK_TEST_BACKEND=postgresql), the private server's database with an
// emptied schema (every test function starts from nothing, as with a new file). Empty (with a
// warning) when that server is not there. `suffix` tells files apart within one function (a
// data row's tag, say); the server's schema is emptied on every call anyway.
inline QString testDatabaseLocation(const QTemporaryDir &dir, const QString &suffix = {})
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + suffix;
    PgServer *server = testPgServer();
    if (!server)
        return dir.filePath(name + QStringLiteral(".sqlite"));
    if (!server->isRunning() || !server->resetSchema()) {
        qWarning("no PostgreSQL server for the tests: %s", qPrintable(server->error()));
        return {};
    }
    return server->url();
}

// testDatabaseLocation(), opened and migrated; null (with a warning) if that failed.
inline std::unique_ptr<StorageWorker> openTestStorage(const QTemporaryDir &dir,
                                                      const Clock &clock = Clock::system())
{
    const QString location = testDatabaseLocation(dir);
    if (location.isEmpty())
        return nullptr;
    auto storage = std::make_unique<StorageWorker>(location, clock);
    const DatabaseOpenResult opened = storage->open().result();
    if (!opened.ok()) {
        qWarning("the test database could not be opened");
        return nullptr;
    }
    return storage;
}

} // namespace tokdeck::test
