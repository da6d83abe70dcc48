// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotificationServer.h"

#include <QDBusConnectionInterface>

namespace tokdeck::test {

namespace {
const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

NotificationServer::NotificationServer(QObject *parent)
    : QObject(parent)
    // A connection of its own: the app's calls really cross the bus (and the signals come
    // from the name's owner, as from a desktop).
    , m_connectionName(QStringLiteral("tokdeck-test-notification-server"))
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
{}

NotificationServer::~NotificationServer()
{
    stop();
    m_bus.unregisterObject(objectPath);
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool NotificationServer::start()
{
    if (!m_bus.isConnected()) {
        qWarning("no session bus: %s", qPrintable(m_bus.lastError().message()));
        return false;
    }
    if (!m_bus.objectRegisteredAt(objectPath)
        && !m_bus.registerObject(objectPath, this,
                                 QDBusConnection::ExportScriptableSlots
                                     | QDBusConnection::ExportScriptableSignals)) {
        qWarning("could not export the notification server");
        return false;
    }
    if (!m_bus.registerService(serviceName)) {
        qWarning("could not own %s: %s", qPrintable(serviceName),
                 qPrintable(m_bus.lastError().message()));
        return false;
    }
    return true;
}

void NotificationServer::stop()
{
    if (m_bus.isConnected())
        m_bus.unregisterService(serviceName);
}

uint NotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                const QString &summary, const QString &body,
                                const QStringList &actions, const QVariantMap &hints,
                                int expireTimeout)
{
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    m_calls.append(
        {id, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    return id;
}

QStringList NotificationServer::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

QString NotificationServer::GetServerInformation(QString &vendor, QString &version,
                                                 QString &specVersion)
{
    vendor = QStringLiteral("Tokdeck tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("tokdeck-test-notification-server");
}

void NotificationServer::CloseNotification(uint id)
{
    m_closeRequests.append(id);
    Q_EMIT NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
}

} // namespace tokdeck::test
