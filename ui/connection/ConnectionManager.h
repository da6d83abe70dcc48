// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

namespace tokdeck {

class ApiClient;
class KeyStore;
class SandboxServer;

// Decides where the app talks to and keeps the API client configured accordingly:
// $TOKDECK_API_URL/$TOKDECK_API_KEY when set (automation; no questions asked), else what the
// user chose before (the built-in sandbox, or the real API with its key from the keychain),
// else it asks (setupNeeded). The key only ever travels keychain → memory → the API host.
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    ConnectionManager(ApiClient *client, KeyStore *keys, QObject *parent = nullptr);
    ~ConnectionManager() override;

    void start();
    void connectSandbox();
    // `key` has been verified against the API; it is stored in the keychain for next time.
    void connectApi(const QUrl &url, const QString &key);
    void deleteStoredKey();

    bool isFromEnvironment() const { return m_fromEnvironment; }
    bool isSandbox() const { return m_sandbox != nullptr; }
    QUrl apiUrl() const;

Q_SIGNALS:
    void connected();
    void setupNeeded(const QString &reason);
    void notice(const QString &message); // e.g. "no keychain: the key is kept for this session"

private:
    void remember(int mode, const QUrl &url);

    ApiClient *m_client;
    KeyStore *m_keys;
    std::unique_ptr<SandboxServer> m_sandbox;
    bool m_fromEnvironment = false;
};

} // namespace tokdeck
