// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokdeck-cli with hostile files and a data folder that cannot be written: `post` names what
// a path really is, `import` refuses FIFOs at once, shows progress, and exits 6 (never 0)
// when rows could not be saved. No network: everything here fails before the API is asked.

#include "SandboxProcess.h"
#include "SpecialFiles.h"
#include "TestMedia.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace tokdeck;

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

constexpr int storageFailed = 6; // cli/ExitCode.h: StorageFailed
constexpr int inputRejected = 3;
} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    // fileSizeLimit > 0: the child may not grow any file beyond it (RLIMIT_FSIZE, SIGXFSZ
    // ignored so the write fails with EFBIG), which is what a full disk looks like to SQLite.
    CliRun cli(const QStringList &arguments, const QString &dataDir, rlim_t fileSizeLimit = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("TOKDECK_API_URL"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("TOKDECK_API_KEY"), QStringLiteral("sbx_unused"));
        process.setProcessEnvironment(env);
        if (fileSizeLimit > 0) {
            process.setChildProcessModifier([fileSizeLimit] {
                const rlimit limit{fileSizeLimit, fileSizeLimit};
                ::setrlimit(RLIMIT_FSIZE, &limit);
                ::signal(SIGXFSZ, SIG_IGN);
            });
        }
        QElapsedTimer timer;
        timer.start();
        process.start(test::SandboxProcess::cliPath(), arguments);
        if (!process.waitForFinished(60'000))
            process.kill();
        process.waitForFinished();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
    }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }

    QByteArray rows(int count)
    {
        QByteArray csv = "media,caption,title,accounts,at,aigc\n";
        const QByteArray video = QFile::encodeName(test::dataFile(QStringLiteral("vertical.mp4")));
        for (int i = 0; i < count; ++i)
            csv += video + ",Row " + QByteArray::number(i) + ",,acc_tiktok_1,,\n";
        return csv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        QVERIFY(dir.isValid());
    }

    void postNamesWhatThePathIs()
    {
        std::unique_ptr<test::UnixSocketFile> socket;
        QTemporaryDir special;
        const QList<test::SpecialFile> files = test::makeSpecialFiles(special.path(), socket);
        QCOMPARE(files.size(), 5);
        for (const test::SpecialFile &file : files) {
            const CliRun run = cli({QStringLiteral("post"), QStringLiteral("video"), file.path,
                                    QStringLiteral("--account"), QStringLiteral("acc_tiktok_1"),
                                    QStringLiteral("--caption"), QStringLiteral("hi")},
                                   dir.filePath(QStringLiteral("data-post")));
            qInfo("post %s refused in %lld ms (whole process)", file.tag, run.ms);
            QCOMPARE(run.exitCode, inputRejected);
            QVERIFY2(run.err.contains(file.kind), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("No such file"))
                         || file.kind.contains(QStringLiteral("exist")),
                     qPrintable(run.err));
            QVERIFY(run.ms < 5000); // a process start on a loaded machine; the FIFO hung forever
        }
    }

    void importRefusesFifos()
    {
        const QString fifo = dir.filePath(QStringLiteral("posts.csv.fifo"));
        QVERIFY(test::makeFifo(fifo));
        const QString data = dir.filePath(QStringLiteral("data-fifo"));
        CliRun run = cli({QStringLiteral("import"), fifo}, data);
        qInfo("import of a FIFO as the CSV refused in %lld ms (whole process)", run.ms);
        QCOMPARE(run.exitCode, inputRejected);
        QVERIFY2(run.err.contains(QStringLiteral("pipe (FIFO)")), qPrintable(run.err));

        const QString media = dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(test::makeFifo(media));
        run = cli({QStringLiteral("import"),
                   writeCsv(QStringLiteral("fifo-row.csv"),
                            rows(1) + QFile::encodeName(media) + ",FIFO,,acc_tiktok_1,,\n")},
                  data);
        qInfo("import naming a FIFO in a row finished in %lld ms (whole process)", run.ms);
        QCOMPARE(run.exitCode, inputRejected);
        QVERIFY2(run.err.contains(QStringLiteral("line 3: "))
                     && run.err.contains(QStringLiteral("pipe (FIFO)")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 draft(s) created")), qPrintable(run.out));
    }

    void importShowsProgress()
    {
        const CliRun run =
            cli({QStringLiteral("import"), writeCsv(QStringLiteral("many.csv"), rows(1'100))},
                dir.filePath(QStringLiteral("data-progress")));
        qInfo("1,100 rows imported in %lld ms (whole process)", run.ms);
        QCOMPARE(run.exitCode, 0);
        for (const char *line : {"500 row(s) checked", "1000 row(s) checked", "1100 row(s) checked",
                                 "1000 post(s) saved"})
            QVERIFY2(run.err.contains(QLatin1StringView(line)), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("1100 draft(s) created")));
    }

    void importExits6WhenTheDataFolderIsAFile()
    {
        const QString notAFolder = writeCsv(QStringLiteral("data-is-a-file"), "x");
        const CliRun run = cli(
            {QStringLiteral("import"), writeCsv(QStringLiteral("one.csv"), rows(1))}, notAFolder);
        QCOMPARE(run.exitCode, storageFailed);
        QVERIFY2(run.err.contains(QStringLiteral("data folder")) && run.err.contains(notAFolder),
                 qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("created")));
    }

    void importExits6OnAReadOnlyDataFolder()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: chmod does not stop root writing; the full-disk and "
                  "folder-is-a-file cases cover exit 6");
        const QString data = dir.filePath(QStringLiteral("data-readonly"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner));
        const CliRun run =
            cli({QStringLiteral("import"), writeCsv(QStringLiteral("one.csv"), rows(1))}, data);
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(run.exitCode, storageFailed);
        QVERIFY2(run.err.contains(QStringLiteral("data folder")), qPrintable(run.err));
    }

    void importStopsAtTheFirstRowThatCouldNotBeSaved()
    {
        const QString data = dir.filePath(QStringLiteral("data-full"));
        // First an ordinary run, so the database exists and the limit below hits the saves.
        CliRun run =
            cli({QStringLiteral("import"), writeCsv(QStringLiteral("one.csv"), rows(1))}, data);
        QCOMPARE(run.exitCode, 0);
        const qint64 database = QFileInfo(data + QStringLiteral("/tokdeck.sqlite")).size();
        QVERIFY(database > 0);
        run = cli({QStringLiteral("import"), writeCsv(QStringLiteral("full.csv"), rows(800))}, data,
                  rlim_t(database + 64 * 1024));
        qInfo("full disk: import stopped with exit %d in %lld ms", run.exitCode, run.ms);
        QCOMPARE(run.exitCode, storageFailed);
        QCOMPARE(run.err.count(QStringLiteral("was not saved")), 1); // once, not 797 times
        QVERIFY2(run.err.contains(QStringLiteral("data folder")) && run.err.contains(data)
                     && run.err.contains(QStringLiteral("Free some disk space")),
                 qPrintable(run.err.right(600)));
        QVERIFY(!run.out.contains(QStringLiteral("created")));
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"
