// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokdeck-cli media check` and `media fix` end to end, as a script would run them, including
// a fix killed mid-encode: its .part is never taken for a finished file and the next run
// cleans it.

#include "../media/GeneratedMedia.h"
#include "media/FormatSniffer.h"
#include "transcode/FixProbe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString cli_;

    void prepare(QProcess &process) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dir_.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
    }

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        prepare(process);
        process.start(cli_, arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString &name) const { return dir_.filePath(name); }

    void generate(const QStringList &arguments)
    {
        const QString error = test::runFfmpeg(arguments);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        cli_ = qEnvironmentVariable("TOKDECK_CLI");
        if (cli_.isEmpty() || !QFile::exists(cli_))
            QSKIP("TOKDECK_CLI does not name the built tokdeck-cli");
        if (test::ffmpegProgram().isEmpty())
            QSKIP("the ffmpeg tool is needed to make test videos");
        QVERIFY(dir_.isValid());
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=360x640:r=30:d=1"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), file(QStringLiteral("clip.mov"))});
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=200x300:r=30:d=1"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), file(QStringLiteral("tiny.mp4"))});
    }

    void checkNamesWhatCanBeFixed()
    {
        const Run run = cli(
            {QStringLiteral("media"), QStringLiteral("check"), file(QStringLiteral("clip.mov"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QStringLiteral("clip.mov: can fix: Convert to MP4 (no re-encode)")),
            qPrintable(run.out));
    }

    void checkExitsThreeForWhatCannotBeFixed()
    {
        const Run run = cli({QStringLiteral("media"), QStringLiteral("check"),
                             file(QStringLiteral("clip.mov")), file(QStringLiteral("tiny.mp4"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("tiny.mp4: cannot fix:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("tiny.mp4: blocks:")));
    }

    void fixWritesTheCopyAndPrintsItsPath()
    {
        const QString outDir = file(QStringLiteral("out"));
        const Run run = cli({QStringLiteral("media"), QStringLiteral("fix"),
                             file(QStringLiteral("clip.mov")), QStringLiteral("-o"), outDir});
        QCOMPARE(run.exitCode, 0);
        const QString path = run.out.trimmed();
        QCOMPARE(path, QDir(outDir).filePath(QStringLiteral("clip.mp4")));
        QCOMPARE(FormatSniffer::sniffFile(path), MediaFormat::Mp4);
        QVERIFY2(run.err.contains(QStringLiteral("100%")), qPrintable(run.err));
        QVERIFY(QFile::exists(file(QStringLiteral("clip.mov")))); // the original is untouched
    }

    void fixGoesToTheDataFolderByDefault()
    {
        const Run run =
            cli({QStringLiteral("media"), QStringLiteral("fix"), file(QStringLiteral("clip.mov"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), file(QStringLiteral("data/fixed/clip.mp4")));
    }

    void aKilledFixLeavesOnlyAPartThatTheNextRunCleans()
    {
        generate({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=720x1280:r=30:d=4"), QStringLiteral("-c:v"),
                  QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("4"),
                  file(QStringLiteral("long.mp4"))});
        const QString outDir = file(QStringLiteral("killed"));
        const QString finalPath = QDir(outDir).filePath(QStringLiteral("long.mp4"));
        const QString part = finalPath + QStringLiteral(".part");
        QProcess process;
        prepare(process);
        process.start(cli_, {QStringLiteral("media"), QStringLiteral("fix"),
                             file(QStringLiteral("long.mp4")), QStringLiteral("-o"), outDir});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 0, 60'000);
        process.kill(); // SIGKILL: no clean-up of any kind runs
        QVERIFY(process.waitForFinished(10'000));
        QVERIFY(QFile::exists(part));
        QVERIFY(!QFile::exists(finalPath)); // nothing looks finished

        const Run again = cli({QStringLiteral("media"), QStringLiteral("fix"),
                               file(QStringLiteral("long.mp4")), QStringLiteral("-o"), outDir});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), finalPath);
        QVERIFY(!QFile::exists(part));
        const FixFacts fixed = FixProbe::probe(finalPath);
        QCOMPARE(fixed.info.codec, QStringLiteral("h264"));
        QVERIFY(qAbs(fixed.info.durationSeconds - 4.0) <= 0.1);
    }
};

QTEST_GUILESS_MAIN(TestCliMedia)
#include "tst_cli_media.moc"
