// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokdeck-cli end to end: the real executable against the real sandbox on 127.0.0.1.

#include "SandboxProcess.h"
#include "TestMedia.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> server;
    QTemporaryDir dataDir;

    CliRun cli(const QStringList &arguments, const QString &apiKey = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), server->baseUrl().toString());
        env.insert(QStringLiteral("TOKDECK_API_KEY"), apiKey.isEmpty() ? server->apiKey() : apiKey);
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir.path());
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        // Spin the event loop while waiting: the sandbox answering the child lives in this process.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    int sentRequests() const
    {
        return server->requestCount(QStringLiteral("/media"))
               + server->requestCount(QStringLiteral("/post/video"))
               + server->requestCount(QStringLiteral("/post/image"))
               + server->requestCount(QStringLiteral("/post/images"));
    }

    static QString data(const char *name) { return test::dataFile(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!test::SandboxProcess::cliPath().isEmpty()); }
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }

    void listsTikTokAccountsOnly()
    {
        const CliRun run = cli({QStringLiteral("accounts")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 2);
        for (const QString &line : lines) {
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 3);
            QVERIFY(line.startsWith(QStringLiteral("acc_tiktok_")));
        }
    }

    void wrongKeyIsAnApiError()
    {
        const CliRun run = cli({QStringLiteral("accounts")}, QStringLiteral("wrong-key"));
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(QStringLiteral("API key")));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-key"))); // never echo a key
    }

    void keyIsNeverTakenFromArgv()
    {
        const CliRun run =
            cli({QStringLiteral("accounts"), QStringLiteral("--api-key"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
    }

    void postsScheduledVideoToTwoAccounts()
    {
        const QString at = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        const CliRun run =
            cli({QStringLiteral("post"), QStringLiteral("video"), data("vertical.mp4"),
                 QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                 QStringLiteral("--account"), QStringLiteral("acc_tiktok_2"),
                 QStringLiteral("--caption"), QStringLiteral("Launch day 🎬 #fyp"),
                 QStringLiteral("--title"), QStringLiteral("Behind the scenes"),
                 QStringLiteral("--aigc"), QStringLiteral("--at"), at});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.trimmed().startsWith(QStringLiteral("post_")));
        const auto posts = server->createdPosts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().value(QStringLiteral("posts")).toArray().size(), 2);
        QVERIFY(posts.first()
                    .value(QStringLiteral("scheduledDate"))
                    .toString()
                    .endsWith(QLatin1Char('Z')));
        QCOMPARE(posts.first()
                     .value(QStringLiteral("posts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("is_aigc"))
                     .toBool(),
                 true);
    }

    void postsPhotoNow()
    {
        const CliRun run =
            cli({QStringLiteral("post"), QStringLiteral("photo"), data("portrait.jpg"),
                 QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                 QStringLiteral("--caption"), QStringLiteral("📸 #photo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(server->createdPosts().first().value(QStringLiteral("endpoint")).toString(),
                 QStringLiteral("/post/image"));
        QVERIFY(!server->createdPosts().first().contains(QStringLiteral("scheduledDate")));
    }

    void postsFourImageSlideshowInOrder()
    {
        const CliRun run =
            cli({QStringLiteral("post"), QStringLiteral("slideshow"), data("portrait.jpg"),
                 data("square.jpg"), data("small.png"), data("portrait.jpg"),
                 QStringLiteral("--account"), QStringLiteral("acc_tiktok_3"),
                 QStringLiteral("--caption"), QStringLiteral("Swipe 👀")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(
            QStringLiteral("warning"))); // PNG, small, mixed ratios: warned, not refused
        const QJsonArray ids =
            server->createdPosts().first().value(QStringLiteral("mediaIds")).toArray();
        QCOMPARE(ids.size(), 4);
        QCOMPARE(server->requestCount(QStringLiteral("/media")), 4);
    }

    void badInputIsRefusedLocally_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString account = QStringLiteral("--account");
        const QString caption = QStringLiteral("--caption");
        QTest::newRow("text named .mp4") << QStringList{QStringLiteral("post"),
                                                        QStringLiteral("video"),
                                                        data("not-a-video.mp4"),
                                                        account,
                                                        QStringLiteral("acc_tiktok_1"),
                                                        caption,
                                                        QStringLiteral("hi")}
                                         << QStringLiteral("not-a-video.mp4");
        QTest::newRow("11 images")
            << (QStringList{QStringLiteral("post"), QStringLiteral("slideshow")}
                + QStringList(11, data("portrait.jpg"))
                + QStringList{account, QStringLiteral("acc_tiktok_1"), caption,
                              QStringLiteral("hi")})
            << QStringLiteral("10");
        QTest::newRow("2201-unit caption")
            << QStringList{QStringLiteral("post"),
                           QStringLiteral("photo"),
                           data("portrait.jpg"),
                           account,
                           QStringLiteral("acc_tiktok_1"),
                           caption,
                           QString(2199, QLatin1Char('a')) + QStringLiteral("😀")}
            << QStringLiteral("2,201");
        QTest::newRow("5 minutes ahead")
            << QStringList{QStringLiteral("post"),
                           QStringLiteral("photo"),
                           data("portrait.jpg"),
                           account,
                           QStringLiteral("acc_tiktok_1"),
                           caption,
                           QStringLiteral("hi"),
                           QStringLiteral("--at"),
                           QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODate)}
            << QStringLiteral("10 minutes");
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("post"),       QStringLiteral("photo"),
                           data("portrait.jpg"),         account,
                           QStringLiteral("acc_nobody"), caption,
                           QStringLiteral("hi")}
            << QStringLiteral("acc_nobody");
        QTest::newRow("video as photo") << QStringList{QStringLiteral("post"),
                                                       QStringLiteral("photo"),
                                                       data("vertical.mp4"),
                                                       account,
                                                       QStringLiteral("acc_tiktok_1"),
                                                       caption,
                                                       QStringLiteral("hi")}
                                        << QStringLiteral("image");
        QTest::newRow("aigc on photo")
            << QStringList{QStringLiteral("post"),         QStringLiteral("photo"),
                           data("portrait.jpg"),           account,
                           QStringLiteral("acc_tiktok_1"), caption,
                           QStringLiteral("hi"),           QStringLiteral("--aigc")}
            << QStringLiteral("AI-generated");
    }
    void badInputIsRefusedLocally()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(sentRequests(), 0);
    }

    void emptyFileIsRefusedLocally()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.mp4"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRun run = cli({QStringLiteral("post"), QStringLiteral("video"), empty,
                                QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                                QStringLiteral("--caption"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("empty.mp4")), qPrintable(run.err));
        QCOMPARE(sentRequests(), 0);
    }

    void droppedCreateExitsMaybePublished()
    {
        server->dropNext(QStringLiteral("/post/image"));
        const CliRun run =
            cli({QStringLiteral("post"), QStringLiteral("photo"), data("portrait.jpg"),
                 QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                 QStringLiteral("--caption"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains(QStringLiteral("may have received")));
        QCOMPARE(server->requestCount(QStringLiteral("/post/image")), 1);
    }

    void draftsScheduleExportAndOutboxRun()
    {
        // A scheduled post and a far-future one (held locally), then the listing commands.
        const QString soon = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const QString far = QDateTime::currentDateTimeUtc().addDays(45).toString(Qt::ISODate);
        CliRun run = cli({QStringLiteral("post"), QStringLiteral("photo"), data("portrait.jpg"),
                          QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                          QStringLiteral("--caption"), QStringLiteral("Soon"),
                          QStringLiteral("--at"), soon});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("post"), QStringLiteral("photo"), data("square.jpg"),
                   QStringLiteral("--account"), QStringLiteral("acc_tiktok_2"),
                   QStringLiteral("--caption"), QStringLiteral("Far away"), QStringLiteral("--at"),
                   far});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("local-")));
        QVERIFY(run.err.contains(QStringLiteral("Held locally")));
        QCOMPARE(server->createdPosts().size(), 1); // the far one waits on this machine

        run = cli({QStringLiteral("schedule"), QStringLiteral("--from"),
                   QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--to"),
                   QDate::currentDate().addDays(60).toString(Qt::ISODate)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Soon")));
        QVERIFY(run.out.contains(QStringLiteral("Far away")));
        QVERIFY(run.out.contains(QStringLiteral("Kept on this computer")));

        const QString ics = dataDir.filePath(QStringLiteral("schedule.ics"));
        run = cli({QStringLiteral("export"), QStringLiteral("ics"), ics});
        QCOMPARE(run.exitCode, 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.contains("Soon")
                && calendar.contains("Far away")); // other tests' posts share the folder

        run = cli({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server->createdPosts().size(), 1); // still held: nothing due
    }

    void importCsvCreatesDraftsAndReportsBadRows()
    {
        const QString csv = dataDir.filePath(QStringLiteral("posts.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("media,caption,title,accounts,at,aigc\n");
        file.write(data("vertical.mp4").toUtf8()
                   + ",\"Imported, with comma\",,acc_tiktok_1,,false\n");
        file.write(data("not-a-video.mp4").toUtf8() + ",Bad,,acc_tiktok_1,,\n");
        file.close();
        CliRun run = cli({QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("line 3")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("1 draft")));
        run = cli({QStringLiteral("drafts")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Imported, with comma")));
        QCOMPARE(sentRequests(), 0); // drafts are not sent
    }

    void theKeyNeverReachesDiskOrLogs()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), server->baseUrl().toString());
        env.insert(QStringLiteral("TOKDECK_API_KEY"), server->apiKey());
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("*.debug=true")); // everything, Qt's too
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(),
                      {QStringLiteral("post"), QStringLiteral("video"), data("vertical.mp4"),
                       QStringLiteral("--account"), QStringLiteral("acc_tiktok_3"),
                       QStringLiteral("--caption"), QStringLiteral("Key scan")});
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray key = server->apiKey().toUtf8();
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY(output.contains("tokdeck.api")); // the logs did run
        QVERIFY(!output.contains(key));
        QDirIterator files(dataDir.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(key), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned > 0); // the database (and its WAL) were scanned
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("post"), QStringLiteral("video")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("post"), QStringLiteral("video"), data("vertical.mp4"),
                      QStringLiteral("--caption"), QStringLiteral("x")})
                     .exitCode,
                 2); // no account
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
