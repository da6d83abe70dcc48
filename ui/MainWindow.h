// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/PostState.h"

#include <QMainWindow>

class QLabel;
class QSettings;

namespace tokdeck {

class AccountsPanel;
class ApiClient;
class CalendarPanel;
class ComposerWidget;
class ConnectionManager;
class DraftEditor;
class DraftsPanel;
class Outbox;
class PostNotifier;
class ThumbnailCache;
class UploadQueue;
class UploadQueuePanel;
class ScheduleExchange;
class StorageWorker;

// The app's one window: posts on the left, the composer in the middle, the calendar on the
// right, and a status bar that says where Tokdeck is connected (sandbox or the real API).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ApiClient *client, ConnectionManager *connection, StorageWorker *storage,
               Outbox *outbox = nullptr, QWidget *parent = nullptr);

    AccountsPanel *accountsPanel() const { return m_accounts; }
    DraftsPanel *draftsPanel() const { return m_drafts; }
    CalendarPanel *calendarPanel() const { return m_calendar; }
    ScheduleExchange *exchange() const { return m_exchange; }
    ComposerWidget *composer() const { return m_composer; }
    UploadQueue *uploadQueue() const { return m_queue; }
    PostNotifier *notifier() const { return m_notifier; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    // Opens the connect dialog (window-modal); applies the user's choice.
    void askForConnection(const QString &reason);
    void showNotice(const QString &message);
    // Files from the command line or a later start ("Open with Tokdeck"): one post's media go
    // into the composer's draft (a new one when the open post cannot change), several videos
    // or a folder to the upload queue, one draft each, as when dropped on the composer.
    void openFiles(const QStringList &paths);
    // The size, layout, calendar view and drafts filter: restored from `settings` at once,
    // saved there when the window closes. Without it (tests) the window remembers nothing.
    void rememberLayoutIn(QSettings *settings);
    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);
    // The first start's size: fits a 1280×800 screen with a title bar and a panel.
    static constexpr QSize defaultSize() { return {1200, 720}; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void showAccountNames(const QList<Account> &accounts);
    void showConnection(int accountCount);
    void showConnectionError(const QString &message);

    ApiClient *m_client;
    ConnectionManager *m_connection;
    StorageWorker *m_storage;
    Outbox *m_outbox;
    AccountsPanel *m_accounts;
    DraftsPanel *m_drafts = nullptr;
    CalendarPanel *m_calendar = nullptr;
    ScheduleExchange *m_exchange = nullptr;
    DraftEditor *m_editor = nullptr;
    ComposerWidget *m_composer = nullptr;
    UploadQueue *m_queue = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    PostNotifier *m_notifier = nullptr;
    QLabel *m_connectionLabel;
    QSettings *m_layoutSettings = nullptr;
};

} // namespace tokdeck
