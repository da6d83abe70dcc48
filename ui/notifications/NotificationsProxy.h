// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusAbstractInterface>

namespace tokdeck {

// The two signals of org.freedesktop.Notifications as Qt signals (what qdbusxml2cpp would
// generate, by hand for two lines): QDBusAbstractInterface connects a D-Bus signal to the Qt
// signal of the same name and arguments, so the rest of the code can use function-pointer
// connects instead of QDBusConnection::connect()'s SLOT() strings.
class NotificationsProxy final : public QDBusAbstractInterface
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsProxy)

public:
    NotificationsProxy(const QString &service, const QString &path, const QDBusConnection &bus,
                       QObject *parent)
        : QDBusAbstractInterface(service, path, "org.freedesktop.Notifications", bus, parent)
    {}

Q_SIGNALS:
    // D-Bus names: they must match the interface's signals exactly.
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

} // namespace tokdeck
