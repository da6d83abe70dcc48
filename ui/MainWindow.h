#pragma once

#include <QMainWindow>

class QLabel;

namespace tokdeck {

class AccountsPanel;
class ApiClient;
class ConnectionManager;

// The app's one window. For now: the connected accounts and a status bar that says where
// Tokdeck is connected (sandbox or the real API).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ApiClient *client, ConnectionManager *connection, QWidget *parent = nullptr);

    AccountsPanel *accountsPanel() const { return m_accounts; }
    // Opens the connect dialog (window-modal); applies the user's choice.
    void askForConnection(const QString &reason);

private:
    void showConnection(int accountCount);
    void showConnectionError(const QString &message);

    void showNotice(const QString &message);

    ApiClient *m_client;
    ConnectionManager *m_connection;
    AccountsPanel *m_accounts;
    QLabel *m_connectionLabel;
};

} // namespace tokdeck
