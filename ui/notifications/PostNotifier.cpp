// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/PostNotifier.h"

#include "domain/Post.h"
#include "notifications/DesktopNotifications.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QDateTime>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QWidget>

namespace tokdeck {

namespace {
bool worthNotifying(PostState state)
{
    return state == PostState::Published || state == PostState::Scheduled
           || state == PostState::Failed || state == PostState::NeedsAttention
           || state == PostState::Live || state == PostState::FailedOnTikTok;
}

QString postName(const Post &post)
{
    QString text = post.title.isEmpty() ? post.caption.simplified() : post.title.simplified();
    if (text.isEmpty())
        return PostNotifier::tr("A post without caption");
    if (text.size() > 50)
        text = text.left(49) + QChar(0x2026);
    //: A post named by the first words of its caption, in quotes.
    return PostNotifier::tr("“%1”").arg(text);
}
} // namespace

PostNotifier::PostNotifier(StorageWorker *storage, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_window(window)
    , m_desktop(new DesktopNotifications(QDBusConnection::sessionBus(), this))
{
    connect(m_storage, &StorageWorker::postsChanged, this, &PostNotifier::postsChanged);
    connect(m_desktop, &DesktopNotifications::openPostRequested, this, [this](qint64 postId) {
        bringWindowForward();
        Q_EMIT openPostRequested(postId);
    });
}

std::optional<PostNotification> PostNotifier::notificationFor(const Post &post, PostState state,
                                                              const QString &message)
{
    std::optional<PostNotification> notification = notificationText(post, state, message);
    if (notification)
        notification->postId = post.id;
    return notification;
}

std::optional<PostNotification> PostNotifier::notificationText(const Post &post, PostState state,
                                                               const QString &message)
{
    const QString name = postName(post);
    switch (state) {
    // Handed over is all Tokdeck knows: Crosspostify accepted it, and Tokdeck cannot see
    // TikTok. "Live" only when the user said so.
    case PostState::Published:
        return PostNotification{
            tr("Handed to Crosspostify"),
            tr("%1 was handed over; Tokdeck can't see TikTok — check it there.").arg(name), false};
    case PostState::Scheduled: {
        const QString when =
            post.plannedAt ? QLocale().toString(post.plannedAt->toLocalTime(), QLocale::ShortFormat)
                           : tr("its time");
        return PostNotification{tr("Handed to Crosspostify"),
                                tr("%1 is due on TikTok at %2.").arg(name, when), false};
    }
    case PostState::Live:
        return PostNotification{tr("Live on TikTok"),
                                tr("%1 is live on TikTok, as you marked it.").arg(name), false};
    case PostState::FailedOnTikTok:
        return PostNotification{
            tr("Failed on TikTok"),
            tr("%1 did not appear on TikTok: %2 Move it back to draft in Tokdeck to fix it and "
               "send it again.")
                .arg(name, message.isEmpty() ? tr("no reason was given.") : message),
            true};
    case PostState::Failed:
        return PostNotification{
            tr("A post failed"),
            tr("%1 was not posted: %2 Open it in Tokdeck to fix it and send it again.")
                .arg(name, message.isEmpty() ? tr("no reason was given.") : message),
            true};
    case PostState::NeedsAttention:
        return PostNotification{
            tr("A post needs attention"),
            tr("%1 may or may not have been published: %2 Check TikTok, then choose in "
               "Tokdeck.")
                .arg(name, message),
            true};
    default:
        return std::nullopt;
    }
}

void PostNotifier::postsChanged(const QList<qint64> &ids)
{
    onResult(this, m_storage->loadMany(ids), [this](const StorageResult<QList<Post>> &result) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Post &post : result.value) {
            const auto known = m_lastStates.constFind(post.id);
            // A post not seen before counts when it changed just now (the CLI published it);
            // otherwise it is an old post this window merely had not loaded yet.
            const bool changed = known != m_lastStates.cend()
                                     ? *known != post.state
                                     : post.updatedAt.isValid() && post.updatedAt.secsTo(now) < 60;
            m_lastStates.insert(post.id, post.state);
            if (!changed || !worthNotifying(post.state) || (m_window && m_window->isActiveWindow()))
                continue;
            if (const auto notification = notificationFor(post, post.state, post.lastError))
                show(*notification);
        }
    });
}

void PostNotifier::postChanged(qint64 postId, PostState state, const QString &message)
{
    if (!worthNotifying(state) || (m_window && m_window->isActiveWindow()))
        return;
    onResult(this, m_storage->load(postId),
             [this, postId, state, message](const StorageResult<std::optional<Post>> &result) {
                 // A post that cannot be read back is still worth the notification, unnamed.
                 Post post;
                 post.id = postId;
                 if (result.ok() && result.value)
                     post = *result.value;
                 if (const auto notification = notificationFor(post, state, message))
                     show(*notification);
             });
}

void PostNotifier::show(const PostNotification &notification)
{
    Q_EMIT notified(notification.title, notification.body);
    // The desktop's own notifications when it has a server: they carry the app's name, icon
    // and an "Open" button; the tray balloon is the fallback (and what Qt itself would use).
    if (m_desktop->isAvailable()) {
        m_desktop->notify(notification.postId, notification.title, notification.body,
                          notification.warning);
        return;
    }
    showInTray(notification);
}

void PostNotifier::showInTray(const PostNotification &notification)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window ? m_window->windowIcon() : QIcon(), this);
        m_tray->setToolTip(tr("Tokdeck"));
        m_tray->show();
    }
    m_tray->showMessage(notification.title, notification.body,
                        notification.warning ? QSystemTrayIcon::Warning
                                             : QSystemTrayIcon::Information);
}

void PostNotifier::bringWindowForward()
{
    if (!m_window)
        return;
    // showNormal() only when minimised: a maximised window stays maximised.
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace tokdeck
