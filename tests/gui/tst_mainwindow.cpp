#include "MainWindow.h"
#include "accounts/AccountsPanel.h"
#include "api/ApiClient.h"
#include "models/AccountListModel.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tokdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOnlyTikTokAccountsOfTheSandbox()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(server.apiKey());
        MainWindow window(&client, nullptr);
        QAbstractItemModelTester tester(window.accountsPanel()->model());
        window.show();

        QSignalSpy loaded(window.accountsPanel(), &AccountsPanel::accountsLoaded);
        auto *refresh = window.findChild<QPushButton *>(QStringLiteral("refreshAccountsButton"));
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(loaded.wait(10'000));

        const auto *view = window.findChild<QListView *>(QStringLiteral("accountsView"));
        const QList<Account> all = server.accounts();
        const int tiktok = int(std::count_if(all.begin(), all.end(), [](const Account &a) { return a.isTikTok(); }));
        QVERIFY(tiktok > 0);
        QCOMPARE(view->model()->rowCount(), tiktok);
        QVERIFY(all.size() > tiktok);
        const auto *status = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(status->text().contains(QStringLiteral("Sandbox")));
    }

    void showsAClearBannerWhenTheKeyIsWrong()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(QStringLiteral("wrong"));
        MainWindow window(&client, nullptr);
        window.show();
        QSignalSpy failed(window.accountsPanel(), &AccountsPanel::loadFailed);
        window.accountsPanel()->refresh();
        QVERIFY(failed.wait(10'000));
        const auto *banner = window.findChild<QLabel *>(QStringLiteral("accountsBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("API key")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
