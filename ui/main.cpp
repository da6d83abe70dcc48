// Tokdeck: wiring only. Connects to $TOKDECK_API_URL with $TOKDECK_API_KEY when set
// (automation, tests); otherwise starts the built-in sandbox so a new user can try everything.

#include "MainWindow.h"
#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tokdeck"));
    QApplication::setOrganizationName(QStringLiteral("Tokdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tokdeck/icons/tokdeck.svg")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tokdeck"), QStringLiteral("_"), QStringLiteral(":/tokdeck/i18n")))
        QApplication::installTranslator(&translator);

    tokdeck::ApiClient client;
    std::unique_ptr<tokdeck::SandboxServer> sandbox;
    const QString apiUrl = qEnvironmentVariable("TOKDECK_API_URL");
    if (!apiUrl.isEmpty()) {
        client.setBaseUrl(QUrl::fromUserInput(apiUrl));
        client.setApiKey(qEnvironmentVariable("TOKDECK_API_KEY"));
    } else {
        sandbox = std::make_unique<tokdeck::SandboxServer>();
        if (!sandbox->listen()) {
            QMessageBox::critical(nullptr, QObject::tr("Tokdeck"),
                                  QObject::tr("The built-in sandbox could not start: %1")
                                      .arg(sandbox->errorString()));
            return 1;
        }
        client.setBaseUrl(sandbox->baseUrl());
        client.setApiKey(sandbox->apiKey());
    }

    tokdeck::MainWindow window(&client);
    window.show();
    window.accountsPanel()->refresh();
    return app.exec();
}
