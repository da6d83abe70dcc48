// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace tokdeck {

class NotificationsProxy;

// Desktop notifications through the freedesktop notification server
// (org.freedesktop.Notifications on the session bus): GNOME, KDE, XFCE and most others show
// them in their own style, with an "Open" button and under the app's name and icon, which the
// Qt tray balloon cannot do. Every call is asynchronous: a slow or hung server never stalls
// the GUI thread.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    static constexpr const char *service = "org.freedesktop.Notifications";
    static constexpr const char *path = "/org/freedesktop/Notifications";

    // `bus`: the session bus in the app; tests pass their private one.
    explicit DesktopNotifications(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                  QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // True when a notification server is on the bus now. Asked each time: the server comes
    // and goes with the desktop session (and is absent on servers, in CI, offscreen).
    bool isAvailable() const;

    // Shows a notification about `postId`; its "Open" action emits openPostRequested(postId).
    // `urgent`: failures, which servers keep on screen until they are seen.
    void notify(qint64 postId, const QString &summary, const QString &body, bool urgent);

    // Notifications shown and not yet closed (tests, and to know what an action belongs to).
    int openCount() const { return int(m_posts.size()); }

Q_SIGNALS:
    // The server took the notification and gave it `notificationId`.
    void sent(qint64 postId, uint notificationId);
    // The server refused it or did not answer (the message names the server's error).
    void failed(const QString &message);
    // The user chose "Open" on the notification about `postId`.
    void openPostRequested(qint64 postId);

private:
    void actionInvoked(uint notificationId, const QString &actionKey);
    void notificationClosed(uint notificationId, uint reason);

    QDBusConnection m_bus;
    NotificationsProxy *m_proxy;
    QHash<uint, qint64> m_posts; // notification id -> post: only our own ids are acted on
};

} // namespace tokdeck
