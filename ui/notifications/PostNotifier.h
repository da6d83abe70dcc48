// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class QSystemTrayIcon;
class QWidget;

namespace tokdeck {

class DesktopNotifications;
class StorageWorker;
struct Post;

// One desktop notification: what happened to which post.
struct PostNotification
{
    QString title; // "Published"
    QString body;  // names the post by its caption's first words, and the reason for a failure
    bool warning = false;
    qint64 postId = 0; // what "Open" on the notification opens
};

// Tells the user, through the desktop's notification server (D-Bus) or else the system tray, when a
// post is published, scheduled, fails or needs attention while Tokdeck's window is in the
// background (in the window the state is on screen anyway). The post is named by its caption, read
// back from the database.
class PostNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostNotifier)

public:
    PostNotifier(StorageWorker *storage, QWidget *window, QObject *parent = nullptr);

    // What to say when `post` reaches `state` (`message`: the outbox's reason, for failures);
    // nullopt for states that are not worth interrupting anyone for.
    static std::optional<PostNotification> notificationFor(const Post &post, PostState state,
                                                           const QString &message);

    // One post reached `state` (`message`: the reason, for failures).
    void postChanged(qint64 postId, PostState state, const QString &message);
    // The storage's change notices (this process's and others'): what reached a state worth
    // telling is notified once.
    void postsChanged(const QList<qint64> &ids);

    // The D-Bus half; used whenever a notification server is on the session bus.
    DesktopNotifications *desktopNotifications() const { return m_desktop; }

Q_SIGNALS:
    // Every notification given, shown in the tray or not (no tray: offscreen, some desktops).
    void notified(const QString &title, const QString &body);
    // The user chose "Open" on a desktop notification: the window is already shown and
    // raised; the post should open in the composer.
    void openPostRequested(qint64 postId);

private:
    static std::optional<PostNotification> notificationText(const Post &post, PostState state,
                                                            const QString &message);
    void show(const PostNotification &notification);
    void showInTray(const PostNotification &notification);
    void bringWindowForward();

    StorageWorker *m_storage;
    QPointer<QWidget> m_window;
    DesktopNotifications *m_desktop;
    QSystemTrayIcon *m_tray = nullptr; // made on first use: most sessions never need it
    QHash<qint64, PostState> m_lastStates;
};

} // namespace tokdeck
