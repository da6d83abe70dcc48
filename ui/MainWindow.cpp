#include "MainWindow.h"

#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace tokdeck {

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_accounts(new AccountsPanel(client, this))
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

    connect(m_accounts, &AccountsPanel::accountsLoaded, this, &MainWindow::showConnection);
    connect(m_accounts, &AccountsPanel::loadFailed, this, &MainWindow::showConnectionError);
    m_connectionLabel->setText(tr("Connecting to %1…").arg(m_client->baseUrl().host()));
    resize(900, 600);
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
