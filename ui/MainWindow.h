#pragma once

#include <QMainWindow>

class QLabel;

namespace tokdeck {

class AccountsPanel;
class ApiClient;
class CalendarPanel;
class ConnectionManager;
class DraftsPanel;
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
               QWidget *parent = nullptr);

    AccountsPanel *accountsPanel() const { return m_accounts; }
    DraftsPanel *draftsPanel() const { return m_drafts; }
    CalendarPanel *calendarPanel() const { return m_calendar; }
    ScheduleExchange *exchange() const { return m_exchange; }

    // Opens the connect dialog (window-modal); applies the user's choice.
    void askForConnection(const QString &reason);
    void showNotice(const QString &message);

private:
    void createMenus();
    void showConnection(int accountCount);
    void showConnectionError(const QString &message);

    ApiClient *m_client;
    ConnectionManager *m_connection;
    StorageWorker *m_storage;
    AccountsPanel *m_accounts;
    DraftsPanel *m_drafts = nullptr;
    CalendarPanel *m_calendar = nullptr;
    ScheduleExchange *m_exchange = nullptr;
    QLabel *m_connectionLabel;
};

} // namespace tokdeck
