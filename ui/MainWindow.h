#pragma once

#include <QMainWindow>

class QLabel;

namespace tokdeck {

class AccountsPanel;
class ApiClient;

// The app's one window. For now: the connected accounts and a status bar that says where
// Tokdeck is connected (sandbox or the real API).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);

    AccountsPanel *accountsPanel() const { return m_accounts; }

private:
    void showConnection(int accountCount);
    void showConnectionError(const QString &message);

    ApiClient *m_client;
    AccountsPanel *m_accounts;
    QLabel *m_connectionLabel;
};

} // namespace tokdeck
