// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliSession.h"

#include "api/ApiClient.h"
#include "cli/CliEnvironment.h"
#include "cli/KeySource.h"
#include "storage/Database.h"
#include "storage/StorageWorker.h"

#include <QDir>
#include <QFileInfo>

namespace tokdeck::cli {

CliSession::CliSession()
    : m_client(std::make_unique<ApiClient>())
{}

CliSession::~CliSession() = default;

bool CliSession::connect(const QCommandLineParser &parser)
{
    if (!CliEnvironment::configure(*m_client, parser))
        return false;
    const auto key = KeySource::resolve(m_client->baseUrl());
    if (!key)
        return false;
    m_client->setApiKey(*key);
    return true;
}

bool CliSession::openStorage()
{
    m_storage = std::make_unique<StorageWorker>();
    auto opened = m_storage->open();
    opened.waitForFinished(); // a command-line tool may wait: there is no window to keep alive
    const DatabaseOpenResult result = opened.result();
    if (!result.ok()) {
        CliEnvironment::printError(storageFailure(result.error));
        return false;
    }
    if (!result.notice.isEmpty())
        CliEnvironment::printError(result.notice);
    return true;
}

} // namespace tokdeck::cli

namespace tokdeck::cli {

QString CliSession::dataFolder()
{
    return QDir::toNativeSeparators(QFileInfo(Database::defaultPath()).absolutePath());
}

QString CliSession::storageFailure(const QString &reason)
{
    return tr("The data folder %1 could not be read or written (%2). Free some disk space or "
              "check that the folder can be written (or set TOKDECK_DATA_DIR to another one), "
              "then try again.")
        .arg(dataFolder(), reason);
}

} // namespace tokdeck::cli
