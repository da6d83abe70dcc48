// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The key and the terminal, against a hostile server on 127.0.0.1 (HostileServer): a key that
// would inject headers never leaves (neither from ApiClient nor from tokdeck-cli, which exits
// 2), the process cannot dump the key, and server text reaches the terminal escaped.

#include "HostileServer.h"
#include "SandboxProcess.h"
#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "support/ProcessHardening.h"
#include "support/TerminalText.h"

#include <QProcess>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace tokdeck;
using Kind = ApiError::Kind;

namespace {
// Runs a fetch to its end, waiting at most `limitMs` (the test fails rather than hangs).
ApiError runFetch(ApiClient &client, int limitMs)
{
    AccountsJob *job = client.fetchAccounts();
    ApiError error;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        error = job->error();
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, limitMs))
        qFatal("job did not finish within %d ms", limitMs);
    return error;
}
} // namespace

class TestKeyAndTerminal : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::HostileServer> server;
    std::unique_ptr<ApiClient> client;

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    CliRun cli(const QStringList &arguments, const QString &key)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), server->baseUrl().toString());
        env.insert(QStringLiteral("TOKDECK_API_KEY"), key);
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        // Spin the event loop while waiting: the server answering the child lives in this process.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20'000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<test::HostileServer>();
        QVERIFY(server->listen());
        client = std::make_unique<ApiClient>();
        client->setBaseUrl(server->baseUrl());
    }

    void cleanup()
    {
        client.reset();
        server.reset();
    }

    // ---- 4. secrets --------------------------------------------------------------------------

    void keyWithLineBreakNeverLeaves()
    {
        QVERIFY(!client->setApiKey(QStringLiteral("abc\r\nX-Injected: 1")));
        QVERIFY(client->apiKeyProblem().contains(u"carriage return"));
        const ApiError error = runFetch(*client, 5000);
        QCOMPARE(error.kind(), Kind::InvalidKey);
        QVERIFY(error.neverSent());
        QVERIFY2(error.message().contains(u"carriage return"), qPrintable(error.message()));
        QCOMPARE(server->connections(), 0);
        for (const QString &bad :
             {QStringLiteral("a\nb"), QStringLiteral("a\tb"), QString::fromUtf16(u"\0x", 2),
              QStringLiteral("a\u00e9"), QStringLiteral("a\x7f")})
            QVERIFY2(!ApiClient::checkApiKey(bad).isEmpty(), qPrintable(bad));
        QVERIFY(ApiClient::checkApiKey(QStringLiteral("sbx_0123abcdef-_.")).isEmpty());
        // A good key afterwards goes out exactly as given.
        QVERIFY(client->setApiKey(QStringLiteral("good_key")));
        QVERIFY(!runFetch(*client, 5000).isError());
        QVERIFY(server->lastRequestHead().contains("\r\nX-API-Key: good_key\r\n"));
    }

    void cliRefusesKeyWithNewline()
    {
        const CliRun result = cli({QStringLiteral("accounts")}, QStringLiteral("abc\ndef"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"TOKDECK_API_KEY") && result.err.contains(u"line feed"),
                 qPrintable(result.err));
        QCOMPARE(server->connections(), 0);
    }

    void hardeningMakesTheProcessNonDumpable()
    {
        QCOMPARE(hardenProcess(), QString());
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }

    // ---- 5. terminal output ------------------------------------------------------------------

    void escapesForTheTerminal()
    {
        QCOMPARE(escapeForTerminal(QStringLiteral("a\x1b[31mb\tc\nd\re\x07"
                                                  "f\\g\x7f")),
                 QStringLiteral("a\\e[31mb\\tc\\nd\\re\\x07f\\\\g\\x7f"));
        QCOMPARE(escapeForTerminal(QStringLiteral("\u202eevil\u2028x\u0085")),
                 QStringLiteral("\\u{202e}evil\\u{2028}x\\x85"));
        const QString kept = QStringLiteral("Zoë 🎬 \u200d 東京");
        QCOMPARE(escapeForTerminal(kept), kept);
    }

    void cliPrintsEachAccountOnOneEscapedLine()
    {
        server->setJsonBody("[{\"id\":12345678901234567891,\"platform\":\"tiktok\",\"name\":"
                            "\"Red\\u001b[31m\\tTab\\nLine\","
                            "\"username\":\"bell\\u0007\"},{\"id\":\"acc_2\",\"platform\":"
                            "\"tiktok\",\"name\":\"Plain\","
                            "\"username\":\"plain\"}]");
        const CliRun result = cli({QStringLiteral("accounts")}, QStringLiteral("test_key"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains('\x1b') && !result.out.contains('\x07'));
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 QByteArray("12345678901234567891\tRed\\e[31m\\tTab\\nLine\tbell\\x07"));
        QCOMPARE(lines.at(1), QByteArray("acc_2\tPlain\tplain"));
    }
};

QTEST_GUILESS_MAIN(TestKeyAndTerminal)
#include "tst_keyandterminal.moc"
