// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "widgets/WarningStrip.h"

class QLabel;
class QPushButton;

namespace tokdeck {

class ApiClient;
class ConnectionManager;

// A coloured strip across the main window whenever Tokdeck is not talking to the real API:
// the built-in sandbox, or another server on this computer. A user who chose "Try the
// sandbox" once starts there every time after; the banner keeps that from being forgotten.
class SandboxBanner final : public WarningStrip
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBanner)

public:
    SandboxBanner(const ApiClient *client, const ConnectionManager *connection,
                  QWidget *parent = nullptr);

    // Where Tokdeck is connected, in words: "the built-in sandbox", "a local test server at
    // 127.0.0.1:8080" or "Crosspostify (v1.api.crosspostify.com)". One definition for the
    // banner, the status bar and the connect dialog.
    static QString where(const ApiClient &client, const ConnectionManager *connection);

    // A new widget holding this banner above `content`: the main window's central widget.
    QWidget *above(QWidget *content);

public Q_SLOTS:
    void refresh(); // after every (re)connection

Q_SIGNALS:
    void connectRequested(); // "Connect a real key…"

private:
    const ApiClient *m_client;
    const ConnectionManager *m_connection;
    QLabel *m_text;
    QPushButton *m_connect;
};

} // namespace tokdeck
