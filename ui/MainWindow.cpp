#include "MainWindow.h"

#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"
#include "connection/ConnectDialog.h"
#include "connection/ConnectionManager.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace tokdeck {

MainWindow::MainWindow(ApiClient *client, ConnectionManager *connection, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_connection(connection)
    , m_accounts(new AccountsPanel(client, this))
    , m_connectionLabel(new QLabel(this))
{
    setWindowTitle(tr("Tokdeck"));
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_accounts);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh accounts"), m_accounts, &AccountsPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *connectionAction = settingsMenu->addAction(tr("&Connection…"), this, [this] {
        askForConnection(tr("Change where Tokdeck posts to: your Crosspostify account or the sandbox."));
    });
    connectionAction->setObjectName(QStringLiteral("connectionAction"));

    connect(m_accounts, &AccountsPanel::accountsLoaded, this, &MainWindow::showConnection);
    connect(m_accounts, &AccountsPanel::loadFailed, this, &MainWindow::showConnectionError);
    if (m_connection) {
        connect(m_connection, &ConnectionManager::connected, m_accounts, &AccountsPanel::refresh);
        connect(m_connection, &ConnectionManager::setupNeeded, this, &MainWindow::askForConnection);
        connect(m_connection, &ConnectionManager::notice, this, &MainWindow::showNotice);
    }
    m_connectionLabel->setText(tr("Not connected"));
    resize(900, 600);
}

void MainWindow::askForConnection(const QString &reason)
{
    if (!m_connection)
        return;
    auto *dialog = new ConnectDialog(reason, m_client->baseUrl(),
                                     !m_connection->isSandbox() && m_client->hasApiKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::deleteKeyRequested, m_connection, &ConnectionManager::deleteStoredKey);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->choice() == ConnectDialog::Choice::Sandbox)
            m_connection->connectSandbox();
        else if (dialog->choice() == ConnectDialog::Choice::Api)
            m_connection->connectApi(dialog->apiUrl(), dialog->verifiedKey());
    });
    dialog->open();
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showConnection(int accountCount)
{
    const QString where = m_client->isSandboxUrl() ? tr("Sandbox (no real posts)")
                                                   : tr("Crosspostify (%1)").arg(m_client->baseUrl().host());
    m_connectionLabel->setText(tr("%1 · %n TikTok account(s)", nullptr, accountCount).arg(where));
}

void MainWindow::showConnectionError(const QString &)
{
    m_connectionLabel->setText(tr("Offline: %1 not reachable").arg(m_client->baseUrl().host()));
}

} // namespace tokdeck
