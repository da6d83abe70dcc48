// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"
#include "app/HelpMenu.h"
#include "calendar/CalendarPanel.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "connection/ConnectDialog.h"
#include "connection/ConnectionManager.h"
#include "connection/SandboxBanner.h"
#include "drafts/DraftsPanel.h"
#include "exchange/ScheduleExchange.h"
#include "media/ThumbnailCache.h"
#include "models/AccountListModel.h"
#include "models/AccountTargetsModel.h"
#include "models/PostListModel.h"
#include "notifications/PostNotifier.h"
#include "publish/Outbox.h"
#include "publish/UploadQueue.h"
#include "queue/UploadQueuePanel.h"
#include "storage/DraftRecovery.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "support/Paths.h"
#include "team/RecoveryBanner.h"
#include "team/TeamBanner.h"
#include "widgets/AfterFirstPaint.h"
#include "widgets/LocalFiles.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <algorithm>
#include <iterator>

namespace tokdeck {

MainWindow::MainWindow(ApiClient *client, ConnectionManager *connection, StorageWorker *storage,
                       Outbox *outbox, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_connection(connection)
    , m_storage(storage)
    , m_outbox(outbox)
    , m_accounts(new AccountsPanel(client, this))
    , m_connectionLabel(new QLabel(this))
{
    setWindowTitle(tr("Tokdeck"));
    setWindowIcon(
        QIcon(QStringLiteral(":/tokdeck/icons/tokdeck.svg"))); // vector: sharp at any scale
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    if (m_storage) {
        // Left: posts and accounts; middle: the composer; right: the calendar.
        auto *left = new QSplitter(Qt::Vertical, splitter);
        left->setObjectName(QStringLiteral("leftSplitter"));
        m_drafts = new DraftsPanel(m_storage, left);
        left->addWidget(m_drafts);
        left->addWidget(m_accounts);
        left->setStretchFactor(0, 3);
        splitter->addWidget(left);
        m_editor = new DraftEditor(m_storage, m_outbox, Clock::system(), this);
        m_composer = new ComposerWidget(m_editor, Clock::system(), splitter);
        splitter->addWidget(m_composer);
        // Right: the calendar, and under it the upload queue once files are queued.
        auto *right = new QSplitter(Qt::Vertical, splitter);
        right->setObjectName(QStringLiteral("rightSplitter"));
        m_calendar = new CalendarPanel(m_storage, Clock::system(), right);
        right->addWidget(m_calendar);
        m_queue = new UploadQueue(m_client, m_storage, this);
        auto *queuePanel = new UploadQueuePanel(m_queue, right);
        right->addWidget(queuePanel);
        connect(queuePanel, &UploadQueuePanel::postActivated, m_editor, &DraftEditor::open);
        queuePanel->setStorage(m_storage);
        m_exchange = new ScheduleExchange(m_storage, this);
        splitter->addWidget(right);
        // Previews for the lists and the calendar, kept on disk beside the database; sized
        // for this screen's pixel density.
        const int side = int(64 * devicePixelRatioF());
        const QString folder =
            m_storage->folder().isEmpty() ? dataDirectory() : m_storage->folder();
        m_thumbnails = new ThumbnailCache(QDir(folder).filePath(QStringLiteral("thumbnails")),
                                          QSize(side, side), this);
        m_calendar->setThumbnails(m_thumbnails);
        m_drafts->model()->setThumbnails(m_thumbnails);
        m_notifier = new PostNotifier(m_storage, this, this);
        setAcceptDrops(true);
        m_editor->newDraft();
    } else {
        splitter->addWidget(m_accounts);
    }
    splitter->setStretchFactor(splitter->count() - 1, 2);
    auto *banner = new SandboxBanner(m_client, m_connection, this);
    QWidget *central = banner->above(splitter);
    auto *column = qobject_cast<QBoxLayout *>(central->layout());
    if (column && m_storage && !m_storage->host().isEmpty()) // a team calendar can go away
        column->insertWidget(0, new TeamBanner(m_storage, central));
    if (column && m_storage && m_editor) { // an edit a team calendar could not take last time
        auto *recovery = new RecoveryBanner(m_storage, DraftRecovery::defaultPath(), central);
        column->insertWidget(0, recovery);
        connect(recovery, &RecoveryBanner::restored, m_editor, &DraftEditor::open);
        connect(recovery, &RecoveryBanner::message, this, &MainWindow::showNotice);
        connect(m_editor, &DraftEditor::keptLocallyChanged, recovery, [recovery](bool kept) {
            if (kept)
                recovery->setFileInUse(true);
        });
    }
    setCentralWidget(central);
    connect(banner, &SandboxBanner::connectRequested, this,
            [this] { askForConnection(tr("Paste your Crosspostify API key to post for real.")); });
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
        connect(m_editor, &DraftEditor::keptLocallyChanged, this, [this](bool kept) {
            if (!kept) // the team calendar took what was kept here meanwhile
                showNotice(tr("The edits kept on this computer are saved to the team calendar."));
        });
        connect(m_exchange, &ScheduleExchange::message, this, &MainWindow::showNotice);
        connect(m_drafts, &DraftsPanel::postActivated, m_editor, &DraftEditor::open);
        connect(m_calendar, &CalendarPanel::postActivated, m_editor, &DraftEditor::open);
        connect(m_calendar, &CalendarPanel::messageShown, this, &MainWindow::showNotice);
        connect(m_notifier, &PostNotifier::openPostRequested, m_editor, &DraftEditor::open);
        connect(m_calendar, &CalendarPanel::newPostRequested, this,
                [this](const QDateTime &local) { m_editor->newDraft(local.toUTC()); });
        // Files dropped on a day or slot (from the media library, a file manager): a new
        // draft there, its files probed and checked as when added in the composer.
        connect(m_calendar, &CalendarPanel::filesDropped, this,
                [this](const QStringList &paths, const QDateTime &local) {
                    m_editor->newDraft(local.toUTC());
                    m_editor->addFiles(paths);
                });
        connect(m_accounts, &AccountsPanel::accountsLoaded, this, [this] {
            const QList<Account> accounts = m_accounts->model()->accounts();
            m_editor->targets()->setAccounts(accounts);
            showAccountNames(accounts);
            m_storage->saveAccounts(accounts); // names for the next start, even offline
        });
        // Until the API answers (or when offline): the names from the last session.
        onResult(this, m_storage->cachedAccounts(),
                 [this](const StorageResult<QList<Account>> &cached) {
                     if (cached.ok() && m_accounts->model()->accounts().isEmpty())
                         showAccountNames(cached.value);
                 });
        // Five videos dropped on the composer are five posts, not one refused post.
        m_composer->setRoutesBatchesOut(true);
        connect(m_composer, &ComposerWidget::batchDropped, m_queue, &UploadQueue::add);
        // The window first, then its lists: at 100,000 posts reading and laying out the
        // drafts and the calendar would otherwise come before the first frame.
        afterFirstPaint(this, [this] {
            m_drafts->reload();
            m_calendar->reload();
        });
    }
    if (m_outbox && m_exchange) // imported rows due now go now, not at the outbox's next round
        connect(m_exchange, &ScheduleExchange::postsQueued, m_outbox, &Outbox::runDue);
    if (m_outbox)
        connect(m_outbox, &Outbox::refused, this,
                [this](qint64, const QString &message) { showNotice(message); });
    m_connectionLabel->setText(tr("Not connected"));
    resize(defaultSize());
}

void MainWindow::showAccountNames(const QList<Account> &accounts)
{
    const QHash<QString, QString> names = displayNames(accounts);
    m_calendar->setAccountNames(names);
    m_drafts->model()->setAccountNames(names);
    if (auto *queuePanel = findChild<UploadQueuePanel *>())
        queuePanel->setAccounts(accounts);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_queue && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Drops on the composer go to the draft being edited (several videos or a folder there go
    // to the queue, see ComposerWidget); files dropped anywhere else on the window become one
    // draft each, uploaded in the background.
    const QStringList paths = localFilePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_queue->add(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor) {
        m_editor->saveNow(); // the draft is never lost, whatever the answer below
        if ((m_outbox && m_outbox->isBusy()) || (m_queue && !m_queue->isIdle())) {
            const auto answer = QMessageBox::question(
                this, tr("Posts are being sent"),
                // Honest about both: the outbox resumes on its own, the queue's uploads do not
                // (their drafts stay, and upload when published).
                tr("Tokdeck is still uploading or sending posts. Quit anyway? Nothing is lost: "
                   "posts being sent continue the next time Tokdeck (or \"tokdeck-cli outbox "
                   "run\") starts, and files still uploading from the queue stay as drafts that "
                   "upload when you publish them."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
    }
    if (m_layoutSettings)
        saveLayout(*m_layoutSettings);
    QMainWindow::closeEvent(event);
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_editor)
        return;
    // The same rule as a drop on the composer: a post holds one video; more, or a folder,
    // are a pile for the queue. Told apart by name only (the bytes are checked later).
    const auto isVideoName = [](const QString &path) {
        return path.endsWith(QLatin1String(".mp4"), Qt::CaseInsensitive)
               || path.endsWith(QLatin1String(".mov"), Qt::CaseInsensitive);
    };
    const bool batch = std::count_if(paths.cbegin(), paths.cend(), isVideoName) > 1
                       || std::any_of(paths.cbegin(), paths.cend(),
                                      [](const QString &path) { return QFileInfo(path).isDir(); });
    if (batch) {
        m_queue->add(paths);
        return;
    }
    if (!m_editor->isEditable()) // a post already with Crosspostify: the files start a new one
        m_editor->newDraft();
    m_editor->addFiles(paths);
}

void MainWindow::rememberLayoutIn(QSettings *settings)
{
    m_layoutSettings = settings;
    if (m_layoutSettings)
        restoreLayout(*m_layoutSettings);
}

namespace {
const QString splitterNames[] = {QStringLiteral("mainSplitter"), QStringLiteral("leftSplitter"),
                                 QStringLiteral("rightSplitter")};
const QString modeNames[] = {QStringLiteral("month"), QStringLiteral("week"),
                             QStringLiteral("agenda")};
} // namespace

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    for (const QString &name : splitterNames) {
        if (const auto *splitter = findChild<QSplitter *>(name))
            settings.setValue(name, splitter->saveState());
    }
    if (m_calendar)
        settings.setValue(QStringLiteral("calendarMode"), modeNames[int(m_calendar->mode())]);
    if (const auto *filter = findChild<QComboBox *>(QStringLiteral("draftFilterCombo")))
        settings.setValue(QStringLiteral("draftFilter"), filter->currentIndex());
    settings.endGroup();
    settings.sync();
}

void MainWindow::restoreLayout(QSettings &settings)
{
    // Anything missing or damaged keeps its default: a settings file is not to be trusted.
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (const QString &name : splitterNames) {
        if (auto *splitter = findChild<QSplitter *>(name))
            splitter->restoreState(settings.value(name).toByteArray());
    }
    const QString mode = settings.value(QStringLiteral("calendarMode")).toString();
    for (int i = 0; m_calendar && i < int(std::size(modeNames)); ++i) {
        if (mode == modeNames[i])
            m_calendar->setMode(CalendarPanel::Mode(i));
    }
    bool ok = false;
    const int filterIndex = settings.value(QStringLiteral("draftFilter")).toInt(&ok);
    if (auto *filter = findChild<QComboBox *>(QStringLiteral("draftFilterCombo"));
        filter && ok && filterIndex >= 0 && filterIndex < filter->count())
        filter->setCurrentIndex(filterIndex);
    settings.endGroup();
}

void MainWindow::askForConnection(const QString &reason)
{
    if (!m_connection)
        return;
    auto *dialog = new ConnectDialog(reason, m_client->baseUrl(),
                                     !m_connection->isSandbox() && m_client->hasApiKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_client->baseUrl().isEmpty())
        dialog->setCurrentConnection(SandboxBanner::where(*m_client, m_connection),
                                     m_accounts->model()->accounts());
    connect(dialog, &ConnectDialog::deleteKeyRequested, m_connection,
            &ConnectionManager::deleteStoredKey);
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
    // The banner's wording: "Sandbox" only for the built-in one, not any server on loopback.
    m_connectionLabel->setText(tr("Connected to %1 · %n TikTok account(s)", nullptr, accountCount)
                                   .arg(SandboxBanner::where(*m_client, m_connection)));
}

void MainWindow::showConnectionError(const QString &)
{
    m_connectionLabel->setText(tr("Offline: %1 not reachable").arg(m_client->baseUrl().host()));
}

} // namespace tokdeck
