// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/DesktopNotifications.h"

#include "notifications/NotificationsProxy.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace tokdeck {

Q_LOGGING_CATEGORY(lcNotifications, "tokdeck.notifications")

namespace {
// The app's id: the desktop file's name and the icon's name (packaging/CMakeLists.txt), so
// the server shows Tokdeck's icon and groups the notifications under the app.
const QString appId = QStringLiteral("org.tokdeck.Tokdeck");
const QString openAction = QStringLiteral("open");
constexpr uchar urgencyNormal = 1;
constexpr uchar urgencyCritical = 2;
} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_proxy(new NotificationsProxy(QString::fromLatin1(service), QString::fromLatin1(path), m_bus,
                                     this))
{
    connect(m_proxy, &NotificationsProxy::ActionInvoked, this,
            &DesktopNotifications::actionInvoked);
    connect(m_proxy, &NotificationsProxy::NotificationClosed, this,
            &DesktopNotifications::notificationClosed);
}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusReply<bool> registered =
        m_bus.interface()->isServiceRegistered(QString::fromLatin1(service));
    return registered.isValid() && registered.value();
}

void DesktopNotifications::notify(qint64 postId, const QString &summary, const QString &body,
                                  bool urgent)
{
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), appId},
        // A byte, as the spec wants: a server may ignore an int.
        {QStringLiteral("urgency"), QVariant::fromValue(urgent ? urgencyCritical : urgencyNormal)},
    };
    // Pairs of key and label: one button.
    const QStringList actions{openAction, tr("Open")};
    const QDBusPendingCall call =
        m_proxy->asyncCall(QStringLiteral("Notify"), QStringLiteral("Tokdeck"), uint(0), appId,
                           summary, body, actions, hints, int(-1)); // -1: the server's own timeout
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, postId](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    const QString message =
                        tr("The desktop did not show a notification (%1). Tokdeck's window "
                           "still shows every post's state.")
                            .arg(reply.error().message());
                    qCWarning(lcNotifications).noquote() << message;
                    Q_EMIT failed(message);
                    return;
                }
                m_posts.insert(reply.value(), postId);
                Q_EMIT sent(postId, reply.value());
            });
}

void DesktopNotifications::actionInvoked(uint notificationId, const QString &actionKey)
{
    // Every app's notifications come through the same signal: only our ids count.
    const auto it = m_posts.constFind(notificationId);
    if (it == m_posts.cend())
        return;
    if (actionKey == openAction)
        Q_EMIT openPostRequested(*it);
}

void DesktopNotifications::notificationClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason)
    m_posts.remove(notificationId);
}

} // namespace tokdeck
