// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokdeck-cli delete|duplicate|unschedule ID` end to end: the real executable on a temporary
// data folder that this test fills and reads back through its own StorageWorker (two
// processes on one database, as with the app open beside a script).

#include "SandboxProcess.h"
#include "storage/StorageWorker.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliPostActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageWorker> m_storage;

    CliRun cli(const QStringList &arguments, const QString &dataDir = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), dataDir.isEmpty() ? m_dir->path() : dataDir);
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        if (!process.waitForFinished(30'000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A post stored directly in `state` (a fixture: the app inserts only drafts and ready ones).
    qint64 postIn(PostState state, const QString &caption)
    {
        Post post;
        post.type = PostType::Photo;
        post.caption = caption;
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        PostMedia media;
        media.path = QStringLiteral("/tmp/photo-%1.jpg").arg(caption);
        media.kind = MediaKind::Image;
        post.media = {media};
        post.plannedAt = QDateTime::currentDateTimeUtc().addDays(3);
        post.state = state;
        return m_storage->saveContent(post).result().value.id;
    }
    std::optional<Post> load(qint64 id) { return m_storage->load(id).result().value; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!test::SandboxProcess::cliPath().isEmpty()); }
    void init()
    {
        m_storage.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_storage = std::make_unique<StorageWorker>(
            m_dir->filePath(QStringLiteral("tokdeck.sqlite"))); // the CLI's file in that folder
        QVERIFY(m_storage->open().result().ok());
    }
    void cleanup() { m_storage.reset(); }

    void duplicatePrintsTheNewDraftsId()
    {
        const qint64 id = postIn(PostState::Ready, QStringLiteral("original"));
        const CliRun run = cli({QStringLiteral("duplicate"), QString::number(id)});
        QCOMPARE(run.exitCode, 0);
        bool ok = false;
        const qint64 copyId = run.out.trimmed().toLongLong(&ok);
        QVERIFY2(ok && copyId != id, qPrintable(run.out));
        const std::optional<Post> copy = load(copyId);
        QVERIFY(copy);
        QCOMPARE(copy->state, PostState::Draft);
        QCOMPARE(copy->caption, QStringLiteral("original"));
        QCOMPARE(copy->media, load(id)->media);
        QCOMPARE(load(id)->state, PostState::Ready);
    }

    void unscheduleMovesReadyAndFailedBackOnly()
    {
        const qint64 ready = postIn(PostState::Ready, QStringLiteral("ready"));
        const qint64 failed = postIn(PostState::Failed, QStringLiteral("failed"));
        const qint64 scheduled = postIn(PostState::Scheduled, QStringLiteral("scheduled"));
        QCOMPARE(cli({QStringLiteral("unschedule"), QString::number(ready)}).exitCode, 0);
        QCOMPARE(load(ready)->state, PostState::Draft);
        QCOMPARE(cli({QStringLiteral("unschedule"), QString::number(failed)}).exitCode, 0);
        QCOMPARE(load(failed)->state, PostState::Draft);

        CliRun run = cli({QStringLiteral("unschedule"), QString::number(ready)});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("draft already")), qPrintable(run.err));
        run = cli({QStringLiteral("unschedule"), QString::number(scheduled)});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(postDisplayStateName(PostDisplayState::Scheduled))
                     && run.err.contains(QStringLiteral("Crosspostify dashboard")),
                 qPrintable(run.err));
        QCOMPARE(load(scheduled)->state, PostState::Scheduled);
    }

    void deleteRemovesOnlyWhatIsNotWithCrosspostify()
    {
        const qint64 draft = postIn(PostState::Draft, QStringLiteral("draft"));
        const qint64 scheduled = postIn(PostState::Scheduled, QStringLiteral("scheduled"));
        const qint64 uploading = postIn(PostState::Uploading, QStringLiteral("uploading"));
        QCOMPARE(cli({QStringLiteral("delete"), QString::number(draft)}).exitCode, 0);
        QVERIFY(!load(draft));

        CliRun run = cli({QStringLiteral("delete"), QString::number(scheduled)});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Crosspostify dashboard")), qPrintable(run.err));
        QVERIFY(load(scheduled));
        run = cli({QStringLiteral("delete"), QString::number(uploading)});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("being sent")), qPrintable(run.err));
        QCOMPARE(load(uploading)->state, PostState::Uploading);
    }

    void badIdsAreUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("duplicate")}).exitCode, 2);
        // An unknown id, through each command's own path.
        for (const QString &command : {QStringLiteral("delete"), QStringLiteral("duplicate"),
                                       QStringLiteral("unschedule")}) {
            const CliRun run = cli({command, QStringLiteral("4242")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("no post 4242")), qPrintable(run.err));
        }
    }

    void anUnusableDataFolderIsAStorageFailure()
    {
        // A file where the folder should be: the database cannot be created.
        const QString notAFolder = m_dir->filePath(QStringLiteral("not-a-folder"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(cli({QStringLiteral("duplicate"), QStringLiteral("1")}, notAFolder).exitCode, 6);
    }
};

QTEST_GUILESS_MAIN(TestCliPostActions)
#include "tst_clipostactions.moc"
