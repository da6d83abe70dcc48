// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The outbox on a team calendar (PostgreSQL) whose server goes away (issue #15): nothing is
// claimed or uploaded while it is unreachable, and once it is back the due post goes out once.

#include "LocalSandbox.h"
#include "PgServer.h"
#include "TestMedia.h"
#include "publish/Outbox.h"
#include "storage/StorageWorker.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;
using namespace tokdeck::test;

class TestOutboxOffline : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_dir.isValid());
    }

    void nothingStartsWhileUnreachableAndItGoesOnceAfter()
    {
        LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.retryFast();
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        Outbox outbox(&sandbox.client, &storage);
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Ready;
        post.caption = QStringLiteral("Team post #fyp");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        PostMedia media;
        media.path = m_dir.filePath(QStringLiteral("vertical.mp4"));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("vertical.mp4")), media.path));
        media.size = QFileInfo(media.path).size();
        media.kind = MediaKind::Video;
        post.media = {media};
        const qint64 id = storage.saveContent(post).result().value.id;
        QVERIFY(id > 0);

        QSignalSpy reachable(&storage, &StorageWorker::reachableChanged);
        QVERIFY(m_server.stopKeepingData());
        QVERIFY(!storage.load(id).result().ok()); // found gone
        QVERIFY(!storage.isReachable());
        QSignalSpy idle(&outbox, &Outbox::idle);
        outbox.runDue();
        QVERIFY(idle.count() == 1 || idle.wait(5000)); // at once: nothing may start
        QVERIFY(!outbox.isBusy());
        QCOMPARE(sandbox.server.requestCount(QStringLiteral("/media")), 0);
        QCOMPARE(sandbox.server.requestCount(QStringLiteral("/post/video")), 0);

        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        // Back: the outbox goes on by itself (reachableChanged), through the usual claim.
        QTRY_VERIFY_WITH_TIMEOUT(storage.isReachable(), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(storage.load(id).result().value.value_or(Post{}).state,
                                  PostState::Published, 20'000);
        QCOMPARE(sandbox.server.requestCount(QStringLiteral("/post/video")), 1);
        // Asked again: nothing more goes.
        idle.clear();
        outbox.runDue();
        QVERIFY(idle.count() == 1 || idle.wait(5000));
        QCOMPARE(sandbox.server.requestCount(QStringLiteral("/post/video")), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxOffline)
#include "tst_outboxoffline.moc"
