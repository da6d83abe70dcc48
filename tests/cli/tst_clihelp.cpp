// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real tokdeck-cli: each command's own --help (only its usage and options), --json on every
// listing command (ids as strings, one array), and the app's translations from the locale.
// Against a sandbox in this process and a real data folder.

#include "SandboxProcess.h"
#include "sandbox/SandboxServer.h"
#include "storage/StorageWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace tokdeck;

class TestCliHelp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<SandboxServer> server;
    QTemporaryDir dataDir;
    qint64 draftId = 0;
    qint64 plannedId = 0;

    Run cli(const QStringList &arguments, const QHash<QString, QString> &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), server->baseUrl().toString());
        env.insert(QStringLiteral("TOKDECK_API_KEY"), server->apiKey());
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir.path());
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        // Spin the event loop while waiting: the sandbox answering the child lives here.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // For commands that need no sandbox: started, not waited for.
    std::unique_ptr<QProcess> start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir.path());
        process->setProcessEnvironment(env);
        process->start(test::SandboxProcess::cliPath(), arguments);
        return process;
    }

    static QJsonArray jsonArray(const QString &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning("not a JSON array: %s", qPrintable(text));
        return document.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        StorageWorker storage(dataDir.filePath(QStringLiteral("tokdeck.sqlite")));
        QVERIFY(storage.open().result().ok());
        Post draft;
        draft.caption = QStringLiteral("A draft\twith a tab");
        draft.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        draftId = storage.saveContent(draft).result().value.id;
        Post planned = draft;
        planned.caption = QStringLiteral("Planned");
        planned.plannedAt = QDateTime::currentDateTimeUtc().addDays(2);
        plannedId = storage.saveContent(planned).result().value.id;
        QVERIFY(draftId > 0 && plannedId > 0);
    }

    void eachCommandHasItsOwnHelp()
    {
        // All at once: short processes, in parallel rather than one after the other.
        const QStringList commands = {
            QStringLiteral("accounts"), QStringLiteral("post"),      QStringLiteral("key"),
            QStringLiteral("drafts"),   QStringLiteral("posts"),     QStringLiteral("resolve"),
            QStringLiteral("delete"),   QStringLiteral("duplicate"), QStringLiteral("unschedule"),
            QStringLiteral("schedule"), QStringLiteral("outbox"),    QStringLiteral("export"),
            QStringLiteral("import"),   QStringLiteral("media"),     QStringLiteral("sandbox")};
        std::vector<std::unique_ptr<QProcess>> helps;
        for (const QString &command : commands)
            helps.push_back(start({command, QStringLiteral("--help")}));
        // "help COMMAND" is the same text (two samples: each process costs CPU).
        const auto alias = [&](qsizetype index) {
            return start({QStringLiteral("help"), commands.at(index)});
        };
        const std::pair<qsizetype, std::unique_ptr<QProcess>> aliases[] = {{1, alias(1)},
                                                                           {9, alias(9)}};
        QStringList texts;
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const QString &command = commands.at(i);
            QVERIFY(helps.at(i)->waitForFinished(30'000));
            QCOMPARE(helps.at(i)->exitCode(), 0);
            const QString out = QString::fromUtf8(helps.at(i)->readAllStandardOutput());
            QVERIFY2(out.startsWith(QStringLiteral("Usage: tokdeck-cli ") + command + u' '),
                     qPrintable(out));
            QVERIFY(out.contains(QStringLiteral("--help")));
            QVERIFY2(!out.contains(QStringLiteral("Commands:")), qPrintable(out));
            QVERIFY(helps.at(i)->readAllStandardError().isEmpty());
            texts.append(out);
        }
        for (const auto &[index, process] : aliases) {
            QVERIFY(process->waitForFinished(30'000));
            QCOMPARE(process->exitCode(), 0);
            QCOMPARE(QString::fromUtf8(process->readAllStandardOutput()), texts.at(index));
        }
    }

    void postHelpShowsOnlyPostsOptions()
    {
        const Run run = cli({QStringLiteral("post"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--account", "--caption", "--title", "--aigc", "--at"})
            QVERIFY2(run.out.contains(QLatin1StringView(option)), option);
        for (const char *other : {"--port", "--once", "--state", "--schedule", "--sandbox-key"})
            QVERIFY2(!run.out.contains(QLatin1StringView(other)), other);
    }

    void topLevelHelpStaysAndUnknownCommandsAreRefused()
    {
        const Run all = cli({QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QStringLiteral("Commands:")));
        QVERIFY(all.out.contains(QStringLiteral("--sandbox-key")));
        const Run unknown = cli({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY2(unknown.err.contains(QStringLiteral("frobnicate")), qPrintable(unknown.err));
    }

    void listingsTakeJson()
    {
        const Run drafts = cli({QStringLiteral("drafts"), QStringLiteral("--json")});
        QCOMPARE(drafts.exitCode, 0);
        const QJsonArray draftList = jsonArray(drafts.out);
        QCOMPARE(draftList.size(), 2);
        QJsonObject first;
        for (const QJsonValue &value : draftList) {
            QVERIFY(value.toObject().value(QStringLiteral("id")).isString()); // never a number
            if (value.toObject().value(QStringLiteral("id")).toString() == QString::number(draftId))
                first = value.toObject();
        }
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        // JSON escapes the tab itself: the text comes back exactly.
        QCOMPARE(first.value(QStringLiteral("caption")).toString(),
                 QStringLiteral("A draft\twith a tab"));

        const Run schedule = cli({QStringLiteral("schedule"), QStringLiteral("--json")});
        QCOMPARE(schedule.exitCode, 0);
        const QJsonArray planned = jsonArray(schedule.out);
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QString::number(plannedId));
        QVERIFY(!planned.at(0).toObject().value(QStringLiteral("plannedAt")).toString().isEmpty());

        const Run accounts = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(accounts.exitCode, 0);
        const QJsonArray accountList = jsonArray(accounts.out);
        QVERIFY(accountList.size() >= 2);
        for (const QJsonValue &account : accountList) {
            QVERIFY(account.toObject().value(QStringLiteral("id")).isString());
            QCOMPARE(account.toObject().value(QStringLiteral("platform")).toString(),
                     QStringLiteral("tiktok"));
        }
    }

    void helpAndMessagesFollowTheLocale()
    {
        // The test environment sets LC_ALL=C.UTF-8, which would win over LANG: removed.
        const QHash<QString, QString> german = {
            {QStringLiteral("LC_ALL"), QString()},
            {QStringLiteral("LANGUAGE"), QStringLiteral("de")},
            {QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}};
        const Run help = cli({QStringLiteral("post"), QStringLiteral("--help")}, german);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Beschreibung (max. 2.200).")),
                 qPrintable(help.out));
        const Run refused = cli({QStringLiteral("frobnicate")}, german);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("Unbekannter Befehl")),
                 qPrintable(refused.err));
        // And English without a German locale: the same strings untranslated.
        const Run english = cli({QStringLiteral("frobnicate")});
        QVERIFY2(english.err.contains(QStringLiteral("unknown command")), qPrintable(english.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
