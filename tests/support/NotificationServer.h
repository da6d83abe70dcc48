// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A tiny freedesktop notification server (org.freedesktop.Notifications) for tests: exported
// on a connection of its own to the session bus (a private one: run the test under
// with-session-bus.sh), it records every Notify call and can send ActionInvoked as a desktop
// does when the user clicks a notification's button. Built into the tests that use it
// (target_sources), not into tokdeck_test_support, which has no D-Bus.

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace tokdeck::test {

struct NotifyCall
{
    uint id = 0; // the id this server answered with
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationServer)
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationServer(QObject *parent = nullptr);
    ~NotificationServer() override;

    // Connects, exports itself and takes the service name; false (with a warning) if not.
    [[nodiscard]] bool start();
    // Gives the name up: the bus has no notification server any more.
    void stop();

    const QList<NotifyCall> &calls() const { return m_calls; }
    const QList<uint> &closeRequests() const { return m_closeRequests; }
    // What a desktop sends when the user chooses an action on notification `id`.
    void invokeAction(uint id, const QString &actionKey) { Q_EMIT ActionInvoked(id, actionKey); }

public Q_SLOTS:
    // The interface, as the specification names it (version 1.2).
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints,
                             int expireTimeout);
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version,
                                              QString &specVersion);
    Q_SCRIPTABLE void CloseNotification(uint id);

Q_SIGNALS:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    QList<NotifyCall> m_calls;
    QList<uint> m_closeRequests;
    uint m_nextId = 1;
};

} // namespace tokdeck::test
