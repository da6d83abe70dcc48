// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The banner that says Tokdeck is not on the real API: shown for the built-in sandbox (also
// when a later start goes there because it was remembered), worded apart for any other server
// on this computer, hidden for a real address.

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "connection/ConnectionManager.h"
#include "connection/SandboxBanner.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeyStore.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tokdeck;

class TestSandboxBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QSettings().clear();
        qunsetenv("TOKDECK_API_URL");
        qunsetenv("TOKDECK_API_KEY");
    }

    void sandboxStartShowsTheBanner()
    {
        ApiClient client;
        KeyStore keys;
        ConnectionManager connection(&client, &keys);
        MainWindow window(&client, &connection, nullptr);
        window.show();
        auto *banner = window.findChild<SandboxBanner *>(QStringLiteral("sandboxBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible()); // not connected yet: nothing to say

        connection.connectSandbox();
        QVERIFY(banner->isVisible());
        const auto *text = banner->findChild<QLabel *>(QStringLiteral("sandboxBannerText"));
        QVERIFY2(text->text().contains(QStringLiteral("nothing is posted to TikTok")),
                 qPrintable(text->text()));
        QVERIFY(text->text().contains(QStringLiteral("Sandbox")));
        // Coloured: not the window's own background.
        QVERIFY(banner->palette().color(QPalette::Window)
                != window.palette().color(QPalette::Window));
        QCOMPARE(SandboxBanner::where(client, &connection), QStringLiteral("the built-in sandbox"));

        // "Connect a real key…" opens the connect dialog.
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("sandboxBannerConnect")),
                          Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("connectDialog")));
    }

    void aRememberedSandboxStillShowsIt()
    {
        {
            ApiClient client;
            KeyStore keys;
            ConnectionManager first(&client, &keys);
            first.connectSandbox(); // "Try the sandbox": remembered for the next start
        }
        ApiClient client;
        KeyStore keys;
        ConnectionManager connection(&client, &keys);
        MainWindow window(&client, &connection, nullptr);
        window.show();
        QSignalSpy connected(&connection, &ConnectionManager::connected);
        connection.start(); // the next start: no question, straight into the sandbox
        QCOMPARE(connected.count(), 1);
        QVERIFY(connection.isSandbox());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sandboxBanner"))->isVisible());
    }

    void anotherLocalServerIsNotCalledSandbox()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:18080")));
        SandboxBanner banner(&client, nullptr);
        banner.show();
        banner.refresh();
        QVERIFY(banner.isVisible());
        const QString text =
            banner.findChild<QLabel *>(QStringLiteral("sandboxBannerText"))->text();
        QVERIFY2(text.contains(QStringLiteral("a local test server at 127.0.0.1:18080")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Sandbox")));
    }

    void theRealApiHidesIt()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://v1.api.crosspostify.com")));
        SandboxBanner banner(&client, nullptr);
        banner.show();
        banner.refresh();
        QVERIFY(!banner.isVisible());
        QCOMPARE(SandboxBanner::where(client, nullptr),
                 QStringLiteral("Crosspostify (v1.api.crosspostify.com)"));
    }
};

QTEST_MAIN(TestSandboxBanner)
#include "tst_sandboxbanner.moc"
