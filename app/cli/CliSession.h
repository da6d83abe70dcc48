// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <memory>

class QCommandLineParser;

namespace tokdeck {
class ApiClient;
class StorageWorker;
} // namespace tokdeck

namespace tokdeck::cli {

// What most commands need: the API client pointed at the right host with the right key, and
// the post store (the same database the app uses: $TOKDECK_DATA_DIR or the standard location).
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession();
    ~CliSession();

    // Each prints why on failure and returns false. A failed openStorage() means the data
    // folder could not be read or written: callers exit with ExitCode::StorageFailed.
    bool connect(const QCommandLineParser &parser); // URL and key
    bool openStorage();

    // The folder the database lives in, for messages.
    static QString dataFolder();

    // One sentence for a failed read or write of the data folder: which folder, SQLite's
    // reason, what to do.
    static QString storageFailure(const QString &reason);

    ApiClient &client() { return *m_client; }
    StorageWorker &storage() { return *m_storage; }

private:
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<StorageWorker> m_storage;
};

} // namespace tokdeck::cli
