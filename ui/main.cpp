// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tokdeck: wiring only. Where it connects is ConnectionManager's business: $TOKDECK_API_URL and
// $TOKDECK_API_KEY when set (automation, tests), --sandbox for the built-in stand-in, else the
// user's earlier choice with the key from the keychain, else it asks. One window per data
// folder: a later `tokdeck FILE…` hands its files to the running one and exits.

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "app/SingleInstance.h"
#include "connection/ConnectionManager.h"
#include "i18n/AppTranslations.h"
#include "planning/PlanningData.h"
#include "publish/Outbox.h"
#include "secrets/KeyStore.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "support/Paths.h"
#include "support/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QUrl>
#include <cstdio>
#include <memory>

namespace {
// Names as the file manager passes them (%F) or as typed, made whole against this process's
// folder: the running window may have another one.
QStringList absolutePaths(const QStringList &arguments)
{
    QStringList paths;
    for (const QString &argument : arguments) {
        const QUrl url(argument);
        const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
        paths.append(QFileInfo(path).absoluteFilePath());
    }
    return paths;
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds the key: no core dump or debugger may read it out of memory.
    if (const QString failed = tokdeck::hardenProcess(); !failed.isEmpty())
        qWarning("Tokdeck: could not protect the process memory: %s", qPrintable(failed));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tokdeck"));
    QApplication::setOrganizationName(QStringLiteral("Tokdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tokdeck/icons/tokdeck.svg")));
    // The package's app id: the desktop finds the launcher, icon and "Open with" entry by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tokdeck.Tokdeck"));
    const tokdeck::AppTranslations translations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compose and schedule TikTok posts."));
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate(
            "main", "Start on the built-in sandbox: no key, nothing is really posted."));
    parser.addOption(sandboxOption);
    const QCommandLineOption backgroundOption(
        QStringLiteral("background"),
        QApplication::translate("main", "Start without the window and hand over scheduled posts "
                                        "(at login, for \"Keep handing over posts when Tokdeck "
                                        "is closed\"); the tray icon opens the window."));
    parser.addOption(backgroundOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Videos, images or folders to open in the composer."),
        QStringLiteral("[FILE…]"));
    parser.process(app);
    const QStringList files = absolutePaths(parser.positionalArguments());

    // Before the database and the outbox: never two of them on one data folder from the app.
    // Per data folder: the sandbox's is its own (see sandboxDatabasePath()).
    tokdeck::SingleInstance instance(parser.isSet(sandboxOption)
                                         ? QFileInfo(tokdeck::sandboxDatabasePath()).absolutePath()
                                         : tokdeck::dataDirectory());
    const tokdeck::SingleInstance::Result started = instance.start(files);
    if (started.role == tokdeck::SingleInstance::Role::HandedOver) {
        std::printf("%s\n", qPrintable(QApplication::translate(
                                "main", "Tokdeck is already running: handed over to it.")));
        return 0;
    }
    if (started.role == tokdeck::SingleInstance::Role::Failed) {
        std::fprintf(stderr, "%s\n", qPrintable(started.message));
        return 1;
    }

    tokdeck::ApiClient client;
    tokdeck::KeyStore keys;
    tokdeck::ConnectionManager connection(&client, &keys);
    // The database opens on its own thread; its notices (a broken file kept aside, a newer
    // schema) reach the status bar.
    tokdeck::StorageWorker storage(parser.isSet(sandboxOption) ? tokdeck::sandboxDatabasePath()
                                                               : QString());
    const auto opening = storage.open(); // queued first: the window's first loads run after it
    // Posts changed by tokdeck-cli or another window reach this one within a second.
    storage.watchOtherProcesses(1000);
    // The outbox hands due posts over while the app runs, and picks up after a crash or quit.
    tokdeck::Outbox outbox(&client, &storage);
    // Nothing becomes ready past the 24-hour cap, whoever asks (the composer checks first too).
    outbox.setReadyCheck(&tokdeck::capRefusalFor);
    tokdeck::MainWindow window(&client, &connection, &storage, &outbox);
    QObject::connect(&connection, &tokdeck::ConnectionManager::connected, &outbox, [&outbox] {
        outbox.resume();
        outbox.setAutoRun(30'000);
    });
    QObject::connect(&outbox, &tokdeck::Outbox::resumed, &outbox, &tokdeck::Outbox::runDue);
    tokdeck::onResult(&window, opening, [&window](const tokdeck::DatabaseOpenResult &opened) {
        if (!opened.ok())
            window.showNotice(opened.error);
        else if (!opened.notice.isEmpty())
            window.showNotice(opened.notice);
    });
    QSettings layout; // the user's: ~/.config/Tokdeck/tokdeck.conf
    window.rememberLayoutIn(&layout);
    QObject::connect(&instance, &tokdeck::SingleInstance::activationRequested, &window,
                     [&window](const QStringList &handed) {
                         qInfo("Tokdeck: a later start handed over %d file(s)", int(handed.size()));
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.show();
                         window.raise();
                         window.activateWindow();
                         window.openFiles(handed);
                     });
    // --background: the outbox runs with no window; closing the window later keeps it running.
    // The tray icon, where the desktop has a tray, opens the window or quits.
    QMenu trayMenu; // before the icon that shows it: destroyed after it
    std::unique_ptr<QSystemTrayIcon> tray;
    if (parser.isSet(backgroundOption)) {
        QApplication::setQuitOnLastWindowClosed(false);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            tray = std::make_unique<QSystemTrayIcon>(QApplication::windowIcon());
            tray->setToolTip(QApplication::translate("main", "Tokdeck: handing over posts"));
            const auto open = [&window] {
                window.show();
                window.raise();
                window.activateWindow();
            };
            trayMenu.addAction(QApplication::translate("main", "&Open Tokdeck"), &window, open);
            trayMenu.addAction(QApplication::translate("main", "&Quit Tokdeck"), &app,
                               &QApplication::quit);
            tray->setContextMenu(&trayMenu);
            QObject::connect(tray.get(), &QSystemTrayIcon::activated, &window, open);
            tray->show();
        }
    } else {
        window.show();
    }
    window.openFiles(files);
    if (parser.isSet(sandboxOption))
        connection.connectSandbox();
    else
        connection.start();
    return app.exec();
}
