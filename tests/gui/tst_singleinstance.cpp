// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace tokdeck;

namespace {

// A later start, as main() makes it, on its own thread: its hand-over blocks, and the primary
// in this test's main thread must keep answering meanwhile.
class LaterStart
{
public:
    LaterStart(const QString &folder, const QStringList &files, int timeoutMs = 3000)
        : m_thread(QThread::create([this, folder, files, timeoutMs] {
            SingleInstance second(folder);
            m_result = second.start(files, timeoutMs);
        }))
    {
        m_thread->start();
    }
    ~LaterStart() { m_thread->wait(); }
    bool finished() const { return m_thread->isFinished(); }
    const SingleInstance::Result &result() const { return m_result; }

private:
    SingleInstance::Result m_result;
    std::unique_ptr<QThread> m_thread;
};

// The real app on `folder`, with its own settings and caches (never the user's).
std::unique_ptr<QProcess> startApp(const QTemporaryDir &home, const QString &folder,
                                   const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKDECK_DATA_DIR"), folder);
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name)));
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(home.path());
    process->start(qEnvironmentVariable("TOKDECK_APP"), arguments);
    return process;
}

bool answers(const QString &folder)
{
    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverName(folder));
    return probe.waitForConnected(100);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(qEnvironmentVariable("TOKDECK_APP")).isExecutable(),
                 "TOKDECK_APP must name the built tokdeck");
    }

    void theSocketNameIsPerDataFolder()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        QVERIFY(QFile::link(a, dir.filePath(QStringLiteral("link"))));
        QCOMPARE(SingleInstance::serverName(a), SingleInstance::serverName(a + QLatin1Char('/')));
        QCOMPARE(SingleInstance::serverName(a),
                 SingleInstance::serverName(dir.filePath(QStringLiteral("link"))));
        QVERIFY(SingleInstance::serverName(a) != SingleInstance::serverName(b));
        QVERIFY(!SingleInstance::serverName(a).contains(QStringLiteral("/a"))); // hashed
    }

    void aSecondStartHandsItsFilesToTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        const QStringList files{QStringLiteral("/videos/ünïcode clip.mp4"),
                                QStringLiteral("/videos/b.jpg"), QStringLiteral("relative.mp4")};
        LaterStart second(dir.path(), files);
        QTRY_VERIFY_WITH_TIMEOUT(second.finished(), 5000);
        QCOMPARE(second.result().role, SingleInstance::Role::HandedOver);
        QTRY_COMPARE(activated.size(), 1);
        // A relative name would be read against the wrong folder: it is dropped.
        QCOMPARE(activated.at(0).at(0).toStringList(), files.mid(0, 2));

        // Another data folder is another Tokdeck.
        QTemporaryDir other;
        SingleInstance elsewhere(other.path());
        QCOMPARE(elsewhere.start({}).role, SingleInstance::Role::Primary);
    }

    void strangersAreAnsweredOrDroppedInTime()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QLocalSocket garbage;
        garbage.connectToServer(SingleInstance::serverName(dir.path()));
        QVERIFY(garbage.waitForConnected(1000));
        garbage.write("{\"v\":2,\"files\":[]}\n");
        QTRY_VERIFY(garbage.canReadLine());
        const QJsonObject answer = QJsonDocument::fromJson(garbage.readLine()).object();
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(!answer.value(QStringLiteral("error")).toString().isEmpty());

        // Too much without a line end, or nothing at all: cut off.
        QLocalSocket flood;
        flood.connectToServer(SingleInstance::serverName(dir.path()));
        QVERIFY(flood.waitForConnected(1000));
        flood.write(QByteArray(SingleInstance::maxMessageBytes + 4096, 'x'));
        QLocalSocket silent;
        silent.connectToServer(SingleInstance::serverName(dir.path()));
        QVERIFY(silent.waitForConnected(1000));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QLocalSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, 5000);
        qInfo("a silent client was dropped after %lld ms", clock.elapsed());
        QVERIFY(activated.isEmpty());
    }

    void aLiveHolderThatDoesNotAnswerKeepsTheFolder()
    {
        // Alive (its lock file is locked) but not listening: never a second window beside it.
        QTemporaryDir dir;
        SingleInstance holder(dir.path());
        QCOMPARE(holder.start({}).role, SingleInstance::Role::Primary);
        QVERIFY(QLocalServer::removeServer(SingleInstance::serverName(dir.path())));
        QVERIFY(!answers(dir.path()));
        QElapsedTimer clock;
        clock.start();
        LaterStart next(dir.path(), {}, 300);
        QTRY_VERIFY_WITH_TIMEOUT(next.finished(), 5000);
        QCOMPARE(next.result().role, SingleInstance::Role::Failed);
        QVERIFY(next.result().message.contains(QDir::toNativeSeparators(dir.path())));
        QVERIFY(clock.elapsed() < 3000); // bounded by the hand-over's timeout
    }

    void anOrphanedLockWithAReusedProcessIdIsTakenOver()
    {
        // A crashed window's lock file whose process id now belongs to a live program of the
        // same name (here: this test): nobody answers for the folder, so the next start takes
        // the folder over.
        QTemporaryDir dir;
        QByteArray orphan;
        QString lockPath;
        {
            SingleInstance crashed(dir.path());
            QCOMPARE(crashed.start({}).role, SingleInstance::Role::Primary);
            lockPath = crashed.lockFilePath();
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            orphan = file.readAll();
        }
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(orphan), orphan.size());
        file.close();
        LaterStart next(dir.path(), {}, 300);
        QTRY_VERIFY_WITH_TIMEOUT(next.finished(), 5000);
        QCOMPARE(next.result().role, SingleInstance::Role::Primary);
    }

    void theRealAppHandsOverAndRecoversFromAKill()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("data"));
        // The window, for real: it listens once it holds the folder.
        auto window = startApp(home, folder, {QStringLiteral("--sandbox")});
        QVERIFY(window->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(answers(folder), 10'000);

        // "Open with Tokdeck" while it runs: a relative name, made whole by the second start.
        QVERIFY(QFile(home.filePath(QStringLiteral("clip.mp4"))).open(QIODevice::WriteOnly));
        QElapsedTimer clock;
        clock.start();
        auto second = startApp(home, folder, {QStringLiteral("clip.mp4")});
        QVERIFY(second->waitForFinished(10'000));
        qInfo("the second tokdeck handed over and ended after %lld ms", clock.elapsed());
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY(second->readAllStandardOutput().contains("handed over"));
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += window->readAllStandardError()).contains("handed over 1 file(s)"), 5000);
        QCOMPARE(window->state(), QProcess::Running); // one window, still there

        // A crash leaves the lock file and the socket behind; the next start takes them over.
        window->kill();
        QVERIFY(window->waitForFinished(5000));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("tokdeck-window.lock"))));
        SingleInstance next(folder);
        clock.restart();
        QCOMPARE(next.start({}, 1000).role, SingleInstance::Role::Primary);
        qInfo("the stale lock was recovered in %lld ms", clock.elapsed());
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        auto third = startApp(home, folder, {home.filePath(QStringLiteral("clip.mp4"))});
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10'000);
        QCOMPARE(activated.at(0).at(0).toStringList(),
                 QStringList{home.filePath(QStringLiteral("clip.mp4"))});
        // Not waitForFinished(): it would stop this process's event loop, and with it the
        // answer `next` (here) still owes the third start.
        QTRY_COMPARE_WITH_TIMEOUT(third->state(), QProcess::NotRunning, 10'000);
        QCOMPARE(third->exitCode(), 0);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
