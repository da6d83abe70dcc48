// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Connecting: the key is verified against the (sandbox) API, kept in the real Secret Service,
// read back on the next start, and deleted on request; environment variables skip it all.

#include "api/ApiClient.h"
#include "connection/ConnectDialog.h"
#include "connection/ConnectionManager.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeyStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace tokdeck;

class TestConnection : public QObject
{
    Q_OBJECT

    QString service =
        QStringLiteral("TokdeckTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TOKDECK_IN_KEYRING_SESSION"))
            QSKIP("needs tests/support/with-keyring.sh (a private Secret Service)");
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QSettings().clear();
        qunsetenv("TOKDECK_API_URL");
        qunsetenv("TOKDECK_API_KEY");
    }

    void dialogVerifiesTheKeyBeforeAccepting()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        ConnectDialog dialog(QStringLiteral("Connect"), server.baseUrl(), false);
        // A loopback address is not offered as the default: the real API is.
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"));
        QCOMPARE(url->text(), ApiClient::defaultBaseUrl().toString());
        url->setText(server.baseUrl().toString());
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("connectMessage"));
        auto *verify = dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        dialog.show();

        key->setText(QStringLiteral("wrong"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("refused")); },
                                5000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.choice(), ConnectDialog::Choice::None);

        key->setText(server.apiKey());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(accepted.wait(5000));
        QCOMPARE(dialog.choice(), ConnectDialog::Choice::Api);
        QCOMPARE(dialog.verifiedKey(), server.apiKey());
    }

    void plainHttpOffLoopbackIsRefusedBeforeSending()
    {
        ConnectDialog dialog(QStringLiteral("Connect"), {}, false);
        dialog.findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"))
            ->setText(QStringLiteral("http://api.example.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(QStringLiteral("k"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectMessage"))
                    ->text()
                    .contains(QStringLiteral("https://")));
    }

    void keyIsKeptInTheKeychainAndReadOnTheNextStart()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        {
            ApiClient client;
            KeyStore keys(service);
            ConnectionManager manager(&client, &keys);
            QSignalSpy setup(&manager, &ConnectionManager::setupNeeded);
            manager.start();
            QCOMPARE(setup.size(), 1); // first run: ask
            QSignalSpy written(&keys, &KeyStore::keyWritten);
            manager.connectApi(server.baseUrl(), server.apiKey());
            QVERIFY(written.wait(10'000));
        }
        // Nothing secret in the settings file.
        QSettings settings;
        for (const QString &name : settings.allKeys())
            QVERIFY(!settings.value(name).toString().contains(server.apiKey()));

        ApiClient client;
        KeyStore keys(service);
        ConnectionManager manager(&client, &keys);
        QSignalSpy connected(&manager, &ConnectionManager::connected);
        manager.start();
        QVERIFY(connected.wait(10'000));
        QCOMPARE(client.baseUrl(), server.baseUrl());
        QVERIFY(client.hasApiKey());

        QSignalSpy removed(&keys, &KeyStore::keyRemoved);
        QSignalSpy setup(&manager, &ConnectionManager::setupNeeded);
        manager.deleteStoredKey();
        QVERIFY(removed.wait(10'000));
        QVERIFY(!client.hasApiKey());
        QCOMPARE(setup.size(), 1);
    }

    void environmentSkipsTheQuestions()
    {
        qputenv("TOKDECK_API_URL", "http://127.0.0.1:9");
        qputenv("TOKDECK_API_KEY", "from-env");
        ApiClient client;
        KeyStore keys(service);
        ConnectionManager manager(&client, &keys);
        QSignalSpy connected(&manager, &ConnectionManager::connected);
        manager.start();
        QCOMPARE(connected.size(), 1);
        QVERIFY(manager.isFromEnvironment());
        QCOMPARE(client.baseUrl().port(), 9);
        qunsetenv("TOKDECK_API_URL");
        qunsetenv("TOKDECK_API_KEY");
    }

    void sandboxChoiceIsRemembered()
    {
        ApiClient client;
        KeyStore keys(service);
        {
            ConnectionManager manager(&client, &keys);
            manager.connectSandbox();
            QVERIFY(manager.isSandbox());
        }
        ConnectionManager again(&client, &keys);
        QSignalSpy connected(&again, &ConnectionManager::connected);
        again.start();
        QCOMPARE(connected.size(), 1);
        QVERIFY(again.isSandbox());
        QVERIFY(client.isSandboxUrl());
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
