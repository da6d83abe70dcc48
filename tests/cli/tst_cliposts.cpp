// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokdeck-cli posts` shows every post, including the ones a user must act on (needs attention,
// failed with the reason), as lines or JSON; `tokdeck-cli resolve` finishes a post that may have
// been published, and nothing else. A real CLI process on a real data folder.

#include "SandboxProcess.h"
#include "storage/StorageWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestCliPosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_attention = 0;
    qint64 m_failed = 0;
    qint64 m_draft = 0;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(test::SandboxProcess::cliPath(), arguments);
        if (!process.waitForFinished(30'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    PostState stateOf(qint64 id)
    {
        StorageWorker storage(m_dir.filePath(QStringLiteral("tokdeck.sqlite")));
        storage.open().waitForFinished();
        return storage.load(id).result().value->state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::SandboxProcess::cliPath().isEmpty());
        StorageWorker storage(m_dir.filePath(QStringLiteral("tokdeck.sqlite")));
        QVERIFY(storage.open().result().ok());
        auto make = [&](const QString &caption) {
            Post post;
            post.state = PostState::Ready;
            post.caption = caption;
            post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
            return storage.saveContent(post).result().value.id;
        };
        m_attention = make(QStringLiteral("Maybe out there"));
        m_failed = make(QStringLiteral("Refused one"));
        m_draft = make(QStringLiteral("Still a draft"));
        const bool ok =
            storage
                .run([this](Stores &stores) {
                    const QString runner = QStringLiteral("test");
                    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(60);
                    PostLifecycle &life = stores.lifecycle;
                    return life.claim(m_attention, runner, until)
                           && life.transition(m_attention, {PostState::Uploading},
                                              PostState::Submitting)
                                  .done()
                           && life.transition(m_attention, {PostState::Submitting},
                                              PostState::NeedsAttention,
                                              {QStringLiteral("The answer was lost"), {}, {}, {}})
                                  .done()
                           && life.claim(m_failed, runner, until)
                           && life.transition(m_failed, {PostState::Uploading}, PostState::Failed,
                                              {QStringLiteral("HTTP 400:\ttoo big"), {}, {}, {}})
                                  .done()
                           && life.transition(m_draft, {PostState::Ready}, PostState::Draft).done();
                })
                .result();
        QVERIFY(ok);
    }

    void listsEveryPostWithItsStateAndReason()
    {
        const Run run = cli({QStringLiteral("posts")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QString attention = lines.filter(QStringLiteral("needs_attention")).value(0);
        QVERIFY2(attention.startsWith(QString::number(m_attention) + QLatin1Char('\t')),
                 qPrintable(run.out));
        QVERIFY(attention.contains(QStringLiteral("The answer was lost")));
        // The reason's TAB is escaped: one post, one line, fields stay where scripts expect.
        const QString failed = lines.filter(QStringLiteral("\tfailed\t")).value(0);
        QVERIFY2(failed.contains(QStringLiteral("HTTP 400:\\ttoo big")), qPrintable(failed));
    }

    void filtersByStateAsJson()
    {
        const Run run = cli({QStringLiteral("posts"), QStringLiteral("--state"),
                             QStringLiteral("needs_attention,failed"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray posts = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(posts.size(), 2);
        QStringList ids;
        for (const QJsonValue &post : posts)
            ids.append(post.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.contains(QString::number(m_attention)));
        QCOMPARE(cli({QStringLiteral("posts"), QStringLiteral("--state"), QStringLiteral("lost")})
                     .exitCode,
                 2);
    }

    void resolvesOnlyWhatNeedsAttention()
    {
        QCOMPARE(cli({QStringLiteral("resolve"), QString::number(m_attention)}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("resolve"), QString::number(m_failed), QStringLiteral("published")})
                .exitCode,
            3); // failed for sure: nothing to resolve
        QCOMPARE(stateOf(m_failed), PostState::Failed);
        const Run again = cli({QStringLiteral("resolve"), QString::number(m_attention),
                               QStringLiteral("send-again")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(stateOf(m_attention), PostState::Ready);
        QCOMPARE(cli({QStringLiteral("resolve"), QString::number(m_attention),
                      QStringLiteral("published")})
                     .exitCode,
                 3); // it is ready now, not in doubt
        QCOMPARE(
            cli({QStringLiteral("resolve"), QStringLiteral("4242"), QStringLiteral("published")})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliPosts)
#include "tst_cliposts.moc"
