#include "MainWindow.h"

#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "connection/ConnectDialog.h"
#include "connection/ConnectionManager.h"
#include "drafts/DraftsPanel.h"
#include "exchange/ScheduleExchange.h"
#include "storage/StorageWorker.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace tokdeck {

MainWindow::MainWindow(ApiClient *client, ConnectionManager *connection, StorageWorker *storage, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_connection(connection), m_storage(storage)
    , m_accounts(new AccountsPanel(client, this)), m_connectionLabel(new QLabel(this))
{
    setWindowTitle(tr("Tokdeck"));
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    if (m_storage) {
        m_drafts = new DraftsPanel(m_storage, splitter);
        m_calendar = new CalendarPanel(m_storage, Clock::system(), splitter);
        m_exchange = new ScheduleExchange(m_storage, this);
        splitter->addWidget(m_drafts);
    }
    splitter->addWidget(m_accounts);
    if (m_calendar)
        splitter->addWidget(m_calendar);
    splitter->setStretchFactor(splitter->count() - 1, 2);
    setCentralWidget(splitter);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    createMenus();

    connect(m_accounts, &AccountsPanel::accountsLoaded, this, &MainWindow::showConnection);
    connect(m_accounts, &AccountsPanel::loadFailed, this, &MainWindow::showConnectionError);
    if (m_connection) {
        connect(m_connection, &ConnectionManager::connected, m_accounts, &AccountsPanel::refresh);
        connect(m_connection, &ConnectionManager::setupNeeded, this, &MainWindow::askForConnection);
        connect(m_connection, &ConnectionManager::notice, this, &MainWindow::showNotice);
    }
    if (m_storage) {
        connect(m_storage, &StorageWorker::storageFailed, this, &MainWindow::showNotice);
        connect(m_exchange, &ScheduleExchange::message, this, &MainWindow::showNotice);
        connect(m_exchange, &ScheduleExchange::postsChanged, this, [this] {
            m_drafts->reload();
            m_calendar->refresh();
        });
        m_drafts->reload();
        m_calendar->reload();
    }
    m_connectionLabel->setText(tr("Not connected"));
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_exchange) {
        QAction *exportIcs = fileMenu->addAction(tr("&Export schedule (.ics)…"), m_exchange, &ScheduleExchange::exportIcs);
        exportIcs->setObjectName(QStringLiteral("exportIcsAction"));
        QAction *importCsv = fileMenu->addAction(tr("&Import posts from CSV…"), m_exchange, &ScheduleExchange::importCsv);
        importCsv->setObjectName(QStringLiteral("importCsvAction"));
        fileMenu->addSeparator();
    }
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    if (m_calendar) {
        QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
        QAction *undo = m_calendar->undoStack()->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_calendar->undoStack()->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        editMenu->addAction(undo);
        editMenu->addAction(redo);
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh accounts"), m_accounts, &AccountsPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    if (m_calendar) {
        viewMenu->addAction(tr("&Month"), QKeySequence(tr("Ctrl+1")), this,
                            [this] { m_calendar->setMode(CalendarPanel::Mode::Month); });
        viewMenu->addAction(tr("&Week"), QKeySequence(tr("Ctrl+2")), this,
                            [this] { m_calendar->setMode(CalendarPanel::Mode::Week); });
        viewMenu->addAction(tr("&Agenda"), QKeySequence(tr("Ctrl+3")), this,
                            [this] { m_calendar->setMode(CalendarPanel::Mode::Agenda); });
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *connectionAction = settingsMenu->addAction(tr("&Connection…"), this, [this] {
        askForConnection(tr("Change where Tokdeck posts to: your Crosspostify account or the sandbox."));
    });
    connectionAction->setObjectName(QStringLiteral("connectionAction"));
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
