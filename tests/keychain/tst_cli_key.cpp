// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokdeck-cli key set|check|delete` against a real Secret Service (with-keyring.sh): the key
// is read from stdin, verified before it is stored, and used by other commands afterwards.

#include "SandboxProcess.h"
#include "sandbox/SandboxServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestCliKey : public QObject
{
    Q_OBJECT

    SandboxServer server;
    QTemporaryDir dataDir;

    int cli(const QStringList &arguments, const QByteArray &stdinData = {}, QString *out = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), server.baseUrl().toString());
        env.remove(QStringLiteral("TOKDECK_API_KEY")); // the keychain must provide it
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir.path());
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        process.write(stdinData);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000))
            return -3;
        if (out)
            *out =
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TOKDECK_IN_KEYRING_SESSION"))
            QSKIP("needs tests/support/with-keyring.sh (a private Secret Service)");
        QVERIFY(server.listen());
    }

    void setCheckUseDelete()
    {
        QString output;
        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("check")}, {}, &output),
                 2); // nothing stored yet
        QVERIFY(output.contains(QStringLiteral("key set")));

        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("set")}, "not-the-key\n", &output), 3);
        QVERIFY(output.contains(QStringLiteral("refused")));
        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("check")}),
                 2); // a refused key is not stored

        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("set")},
                     server.apiKey().toUtf8() + "\n", &output),
                 0);
        QVERIFY(output.contains(QStringLiteral("keychain")));
        QVERIFY(!output.contains(server.apiKey()));
        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("check")}, {}, &output), 0);
        QCOMPARE(cli({QStringLiteral("accounts")}, {}, &output), 0);
        QVERIFY(output.contains(QStringLiteral("acc_tiktok_1")));

        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("delete")}), 0);
        QCOMPARE(cli({QStringLiteral("accounts")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliKey)
#include "tst_cli_key.moc"
