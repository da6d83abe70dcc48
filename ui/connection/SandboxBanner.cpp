// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connection/SandboxBanner.h"

#include "api/ApiClient.h"
#include "connection/ConnectionManager.h"
#include "support/LoopbackHost.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokdeck {

SandboxBanner::SandboxBanner(const ApiClient *client, const ConnectionManager *connection,
                             QWidget *parent)
    : WarningStrip(parent)
    , m_client(client)
    , m_connection(connection)
    , m_text(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect a real key…"), this))
{
    setObjectName(QStringLiteral("sandboxBanner"));
    setAccessibleName(tr("Connection warning"));
    m_text->setObjectName(QStringLiteral("sandboxBannerText"));
    m_text->setWordWrap(true); // a translation must not widen the window
    // No access key: its letters are taken by the window's others (in German too); the button
    // is reached with Tab, and Settings → Connection does the same.
    m_connect->setObjectName(QStringLiteral("sandboxBannerConnect"));
    m_connect->setToolTip(tr("Paste your Crosspostify API key to post to TikTok for real."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_connect);
    connect(m_connect, &QPushButton::clicked, this, &SandboxBanner::connectRequested);
    if (m_connection)
        connect(m_connection, &ConnectionManager::connected, this, &SandboxBanner::refresh);
    refresh();
}

QString SandboxBanner::where(const ApiClient &client, const ConnectionManager *connection)
{
    const QUrl url = client.baseUrl();
    if (connection && connection->isSandbox())
        return tr("the built-in sandbox");
    if (isLoopbackHost(url.host()))
        return tr("a local test server at %1:%2").arg(url.host()).arg(url.port(80));
    return tr("Crosspostify (%1)").arg(url.host());
}

QWidget *SandboxBanner::above(QWidget *content)
{
    auto *column = new QWidget(parentWidget());
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(this);
    layout->addWidget(content, 1);
    return column;
}

void SandboxBanner::refresh()
{
    const QUrl url = m_client ? m_client->baseUrl() : QUrl(); // no client: nothing to say
    // Nothing to warn about before a connection, nor on the real API (anything off this
    // computer: https is required there).
    if (url.isEmpty() || !isLoopbackHost(url.host())) {
        setVisible(false);
        return;
    }
    if (m_connection && m_connection->isSandbox()) {
        m_text->setText(tr("<b>Sandbox:</b> nothing is posted to TikTok. Posts and uploads go to "
                           "Tokdeck's built-in stand-in of Crosspostify."));
    } else {
        m_text->setText(tr("<b>Not Crosspostify:</b> connected to %1; nothing is posted to "
                           "TikTok.")
                            .arg(where(*m_client, m_connection).toHtmlEscaped()));
    }
    setVisible(true);
}

} // namespace tokdeck
