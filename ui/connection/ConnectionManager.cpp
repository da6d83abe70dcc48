// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connection/ConnectionManager.h"

#include "api/ApiClient.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeyStore.h"
#include "support/ConnectionSettings.h"

#include <QSettings>

namespace tokdeck {

ConnectionManager::ConnectionManager(ApiClient *client, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
{
    connect(m_keys, &KeyStore::keychainUnavailable, this, &ConnectionManager::notice);
}

ConnectionManager::~ConnectionManager() = default;

QUrl ConnectionManager::apiUrl() const
{
    return m_client->baseUrl();
}

void ConnectionManager::start()
{
    const QString environmentUrl = qEnvironmentVariable("TOKDECK_API_URL");
    if (!environmentUrl.isEmpty()) {
        m_fromEnvironment = true;
        m_client->setBaseUrl(QUrl::fromUserInput(environmentUrl));
        m_client->setApiKey(qEnvironmentVariable("TOKDECK_API_KEY"));
        Q_EMIT connected();
        return;
    }
    QSettings settings;
    const ConnectionSettings saved = ConnectionSettings::load(settings);
    switch (saved.mode) {
    case ConnectionSettings::Mode::Unset:
        Q_EMIT setupNeeded(
            tr("Connect Tokdeck to your Crosspostify account, or try the sandbox first."));
        return;
    case ConnectionSettings::Mode::Sandbox:
        connectSandbox();
        return;
    case ConnectionSettings::Mode::Api:
        break;
    }
    m_client->setBaseUrl(saved.apiUrl.isValid() ? saved.apiUrl : ApiClient::defaultBaseUrl());
    const QString host = m_client->baseUrl().host();
    // One-shot connections: each start() reads the key once.
    auto *context = new QObject(this);
    connect(m_keys, &KeyStore::keyRead, context,
            [this, context, host](const QString &forHost, const QString &key) {
                if (forHost != host)
                    return;
                context->deleteLater();
                m_client->setApiKey(key);
                Q_EMIT connected();
            });
    connect(m_keys, &KeyStore::keyMissing, context, [this, context, host](const QString &forHost) {
        if (forHost != host)
            return;
        context->deleteLater();
        Q_EMIT setupNeeded(
            tr("No API key for %1 is stored on this computer. Paste your Crosspostify "
               "API key to connect.")
                .arg(host));
    });
    connect(
        m_keys, &KeyStore::failed, context,
        [this, context, host](const QString &forHost, KeyStore::Failure, const QString &message) {
            if (forHost != host)
                return;
            context->deleteLater();
            Q_EMIT setupNeeded(message);
        });
    m_keys->read(host);
}

void ConnectionManager::connectSandbox()
{
    if (!m_sandbox) {
        m_sandbox = std::make_unique<SandboxServer>();
        if (!m_sandbox->listen()) {
            const QString why = m_sandbox->errorString();
            m_sandbox.reset();
            Q_EMIT setupNeeded(
                tr("The built-in sandbox could not start (%1). Try again, or connect "
                   "to Crosspostify.")
                    .arg(why));
            return;
        }
    }
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(m_sandbox->apiKey());
    remember(int(ConnectionSettings::Mode::Sandbox), {});
    Q_EMIT connected();
}

void ConnectionManager::connectApi(const QUrl &url, const QString &key)
{
    m_sandbox.reset();
    m_client->setBaseUrl(url);
    m_client->setApiKey(key);
    m_keys->write(url.host(), key);
    remember(int(ConnectionSettings::Mode::Api), url);
    Q_EMIT connected();
}

void ConnectionManager::deleteStoredKey()
{
    m_keys->remove(m_client->baseUrl().host());
    m_client->setApiKey({});
    remember(int(ConnectionSettings::Mode::Unset), m_client->baseUrl());
    Q_EMIT setupNeeded(
        tr("The API key was deleted from this computer. Paste a key to connect again."));
}

void ConnectionManager::remember(int mode, const QUrl &url)
{
    if (m_fromEnvironment)
        return; // automation settings are not the user's choice: do not persist them
    QSettings settings;
    ConnectionSettings{ConnectionSettings::Mode(mode), url}.save(settings);
}

} // namespace tokdeck
