// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's autosave survives the process being killed: a child process types a caption
// into the real composer, key by key, and is killed with SIGKILL at a random moment. The
// database must then open cleanly and hold exactly one draft whose caption is what was typed,
// complete up to shortly before the kill (the autosave debounce plus a save's latency).

#include "TestStorage.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "widgets/CaptionEdit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tokdeck;

namespace {
// ASCII only: QTest::keyClicks() maps characters to keys and knows no others. No "#": the
// completer's popup is not what this test is about.
const QString typedText = QStringLiteral(
    "Behind the scenes of our spring shoot, day one: the cafe at dawn, the crew, the light, the "
    "waiting, the first take and the second, and what we learnt about patience on set.");

// Child: types `typedText` into a composer on `databasePath`, printing the count after each
// key, until it is killed (or runs out of text).
int typeUntilKilled(const QString &databasePath)
{
    StorageWorker storage(databasePath);
    if (!storage.open().result().ok())
        return 2;
    DraftEditor editor(&storage, nullptr);
    ComposerWidget composer(&editor, Clock::system());
    composer.show();
    editor.newDraft();
    CaptionEdit *caption = composer.caption();
    caption->setFocus();
    for (qsizetype i = 0; i < typedText.size(); ++i) {
        QTest::keyClicks(caption, typedText.mid(i, 1));
        std::printf("%lld\n", static_cast<long long>(i + 1));
        std::fflush(stdout);
        QTest::qWait(
            QRandomGenerator::global()->bounded(5, 40)); // a typist's pace, event loop running
    }
    QTest::qWait(60'000); // until killed
    return 0;
}
} // namespace

class TestAutosaveCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void killedWhileTypingKeepsTheCaptionUpToTheLastSave()
    {
        constexpr int runs = 6;
        constexpr qint64 allowedLossMs = 1500; // debounce 300 ms + a save on a busy CI machine
        for (int run = 0; run < runs; ++run) {
            const QString database = dir.filePath(QStringLiteral("crash-%1.sqlite").arg(run));
            QProcess child;
            QList<std::pair<qint64, int>> typedAt; // (ms since the first key, keys typed)
            QElapsedTimer clock;
            connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
                while (child.canReadLine()) {
                    if (!clock.isValid())
                        clock.start();
                    typedAt.append({clock.elapsed(), child.readLine().trimmed().toInt()});
                }
            });
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--type-into"), database});
            QVERIFY(child.waitForStarted());
            QVERIFY(QTest::qWaitFor([&] { return !typedAt.isEmpty(); }, 20'000));
            // Spread from early (before any save) to well into the typing, with some jitter.
            const int killAfterMs = 400 + run * 500 + QRandomGenerator::global()->bounded(200);
            QTest::qWait(killAfterMs);
            QVERIFY2(child.state() == QProcess::Running, "the typing child ended by itself");
            child.kill(); // SIGKILL: no flush, no destructor
            QVERIFY(child.state() == QProcess::NotRunning || child.waitForFinished(10'000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const qint64 killedAt = clock.elapsed();

            // Everything typed this long before the kill must be in the database.
            int mustHave = 0;
            for (const auto &[at, count] : std::as_const(typedAt)) {
                if (at <= killedAt - allowedLossMs)
                    mustHave = count;
            }
            const int typed = typedAt.isEmpty() ? 0 : typedAt.last().second;

            StorageWorker storage(database);
            const DatabaseOpenResult opened = storage.open().result();
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            const StorageResult<QList<Post>> drafts = storage.drafts().result();
            QVERIFY(drafts.ok());
            QVERIFY2(drafts.value.size() <= 1, "one composer, one draft");
            const QString saved = drafts.value.isEmpty() ? QString() : drafts.value.first().caption;
            qInfo("run %d: killed after %lld ms, %d keys typed, %lld saved, at least %d required",
                  run, killedAt, typed, static_cast<long long>(saved.size()), mustHave);
            QVERIFY2(typedText.startsWith(saved),
                     qPrintable(QStringLiteral("not what was typed: ") + saved));
            QVERIFY2(saved.size() >= mustHave,
                     qPrintable(QStringLiteral("lost more than %1 ms of typing: %2 of %3")
                                    .arg(allowedLossMs)
                                    .arg(saved.size())
                                    .arg(mustHave)));
        }
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--type-into") == 0)
        return typeUntilKilled(QString::fromLocal8Bit(argv[2]));
    TestAutosaveCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavecrash.moc"
