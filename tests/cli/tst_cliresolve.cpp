// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokdeck-cli resolve ID live URL` and `resolve ID failed REASON` end to end: the user's word
// on what TikTok did with a post already handed over (the only way a post becomes "live"), and
// `posts --json` showing it with the per-account results.

#include "SandboxProcess.h"
#include "storage/StorageWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

class TestCliResolve : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageWorker> m_storage;

    CliRun cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), m_dir->path());
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        if (!process.waitForFinished(30'000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A post stored directly in `state` (a fixture: the app inserts only drafts and ready ones).
    qint64 postIn(PostState state)
    {
        Post post;
        post.type = PostType::Photo;
        post.caption = QStringLiteral("Handed over");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}},
                         {QStringLiteral("acc_tiktok_2"), {}, {}}};
        post.plannedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        post.state = state;
        return m_storage->saveContent(post).result().value.id;
    }
    Post load(qint64 id) { return *m_storage->load(id).result().value; }
    QString id(qint64 value) { return QString::number(value); }

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

    void liveTakesATikTokLinkOnly()
    {
        const qint64 post = postIn(PostState::Scheduled);
        const CliRun notALink = cli({QStringLiteral("resolve"), id(post), QStringLiteral("live"),
                                     QStringLiteral("https://example.com/@shop/video/1")});
        QCOMPARE(notALink.exitCode, 3);
        QVERIFY2(notALink.err.contains(QStringLiteral("not a TikTok link")),
                 qPrintable(notALink.err));
        QCOMPARE(load(post).state, PostState::Scheduled);
        QCOMPARE(cli({QStringLiteral("resolve"), id(post), QStringLiteral("live")}).exitCode, 2);

        const QString url = QStringLiteral("https://www.tiktok.com/@shop/video/7312");
        const CliRun live = cli({QStringLiteral("resolve"), id(post), QStringLiteral("live"), url});
        QCOMPARE(live.exitCode, 0);
        QCOMPARE(load(post).state, PostState::Live);
        QCOMPARE(load(post).tiktokUrl, url);

        const CliRun listed = cli({QStringLiteral("posts"), QStringLiteral("--json")});
        const QJsonObject json =
            QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(json.value(QStringLiteral("tiktokUrl")).toString(), url);
        // Once live, it cannot be "live" again, only reported failed.
        QCOMPARE(cli({QStringLiteral("resolve"), id(post), QStringLiteral("live"), url}).exitCode,
                 3);
    }

    void failedKeepsTheReasonAndSendAgainFollows()
    {
        const qint64 post = postIn(PostState::Published);
        QCOMPARE(cli({QStringLiteral("resolve"), id(post), QStringLiteral("failed")}).exitCode, 2);
        const CliRun failed = cli({QStringLiteral("resolve"), id(post), QStringLiteral("failed"),
                                   QStringLiteral("Muted: music rights")});
        QCOMPARE(failed.exitCode, 0);
        QCOMPARE(load(post).state, PostState::FailedOnTikTok);
        QCOMPARE(load(post).lastError, QStringLiteral("Muted: music rights"));
        const CliRun listed = cli({QStringLiteral("posts"), QStringLiteral("--state"),
                                   QStringLiteral("failed_on_tiktok")});
        QVERIFY2(listed.out.contains(QStringLiteral("Failed on TikTok"))
                     && listed.out.contains(QStringLiteral("Muted: music rights")),
                 qPrintable(listed.out));
        const CliRun again =
            cli({QStringLiteral("resolve"), id(post), QStringLiteral("send-again")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(load(post).state, PostState::Ready);
    }

    void nothingBeforeTheHandOver()
    {
        const qint64 ready = postIn(PostState::Ready);
        const CliRun refused = cli({QStringLiteral("resolve"), id(ready), QStringLiteral("live"),
                                    QStringLiteral("https://www.tiktok.com/@shop/video/1")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("Handed to Crosspostify")),
                 qPrintable(refused.err));
        QCOMPARE(load(ready).state, PostState::Ready);
        QCOMPARE(cli({QStringLiteral("resolve"), id(ready), QStringLiteral("failed"),
                      QStringLiteral("why")})
                     .exitCode,
                 3);
    }

    void theListingShowsPerAccountResults()
    {
        const qint64 post = postIn(PostState::Submitting);
        TransitionDetails details;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        details.accountResults = {
            {QStringLiteral("acc_tiktok_1"), QStringLiteral("scheduled"), at},
            {QStringLiteral("acc_tiktok_2"), PostAccountResult::notTaken, at}};
        QVERIFY(m_storage->transition(post, {PostState::Submitting}, PostState::Scheduled, details)
                    .result()
                    .value.done());
        const CliRun listed = cli({QStringLiteral("posts"), QStringLiteral("--json")});
        const QJsonArray results = QJsonDocument::fromJson(listed.out.toUtf8())
                                       .array()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("accountResults"))
                                       .toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("scheduled"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("not_taken"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("taken")).toBool(), false);
        // Its time passed ten minutes ago: due, not confirmed, never "live".
        const CliRun lines = cli({QStringLiteral("posts")});
        QVERIFY2(lines.out.contains(QStringLiteral("Due on TikTok — not confirmed")),
                 qPrintable(lines.out));
    }
};

QTEST_GUILESS_MAIN(TestCliResolve)
#include "tst_cliresolve.moc"
