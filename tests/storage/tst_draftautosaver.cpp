// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SamplePosts.h"
#include "TestStorage.h"
#include "storage/DraftAutosaver.h"
#include "storage/StorageWorker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestDraftAutosaver : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> worker;

    std::optional<Post> loadFromDisk(qint64 id)
    {
        auto future = worker->load(id);
        future.waitForFinished();
        return future.result().value;
    }

private Q_SLOTS:
    void init()
    {
        // A SQLite file per function, or (tst_draftautosaver_postgres) an emptied schema.
        worker = test::openTestStorage(dir);
        QVERIFY(worker);
    }
    void cleanup() { worker.reset(); }

    void burstOfEditsBecomesFewSaves()
    {
        DraftAutosaver saver(worker.get());
        saver.setDebounceMs(100);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        Post draft = test::samplePost(QDateTime::currentDateTimeUtc().addDays(2));
        draft.id = 0;
        draft.state = PostState::Draft;
        saver.track(draft);
        QString caption;
        QElapsedTimer typing;
        typing.start();
        for (int i = 0; i < 40; ++i) { // typing: one edit per keystroke, 5 ms apart
            caption += QLatin1Char('a' + i % 26);
            draft.caption = caption;
            saver.edit(draft);
            QTest::qWait(5);
        }
        const qint64 typedMs = typing.elapsed();
        // Saves may already have happened while typing (at most 100 ms after an edit): wait
        // for the state, not for one more signal.
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !saver.hasUnsavedChanges(), 5000);
        QTest::qWait(300);
        // At most one save per 100 ms of typing plus the last one: far fewer than 40, however
        // slow a busy machine makes the loop.
        const qint64 allowed = typedMs / 100 + 2;
        QVERIFY2(saved.size() <= allowed && saved.size() < 40,
                 qPrintable(QStringLiteral("%1 saves in %2 ms").arg(saved.size()).arg(typedMs)));
        const qint64 id = saver.lastSaved().id;
        QVERIFY(id > 0);
        QCOMPARE(loadFromDisk(id)->caption, caption); // the last keystroke is on disk
        QVERIFY(!saver.hasUnsavedChanges());
    }

    void editsDuringASaveAreNotLost()
    {
        DraftAutosaver saver(worker.get());
        saver.setDebounceMs(0);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        Post draft = test::samplePost(QDateTime::currentDateTimeUtc().addDays(2));
        draft.id = 0;
        draft.state = PostState::Draft;
        saver.track(draft);
        draft.caption = QStringLiteral("first");
        saver.edit(draft);
        saver.flush(); // in flight now
        draft.caption = QStringLiteral("second 🎬");
        saver.edit(draft); // arrives while the insert is still running
        QVERIFY(
            QTest::qWaitFor([&] { return saved.size() >= 2 && !saver.hasUnsavedChanges(); }, 5000));
        const Post onDisk = *loadFromDisk(saver.lastSaved().id);
        QCOMPARE(onDisk.caption, QStringLiteral("second 🎬"));
        // One post, updated in place: the second save used the id the first one returned.
        auto all = worker->drafts();
        all.waitForFinished();
        QCOMPARE(all.result().value.size(), 1);
    }

    void flushSavesAtOnce()
    {
        DraftAutosaver saver(worker.get());
        saver.setDebounceMs(60'000); // would never fire during the test
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        Post draft = test::samplePost(QDateTime::currentDateTimeUtc().addDays(2));
        draft.id = 0;
        draft.state = PostState::Draft;
        saver.track(draft);
        draft.title = QStringLiteral("closing the window");
        saver.edit(draft);
        QVERIFY(saver.hasUnsavedChanges());
        saver.flush();
        QVERIFY(saved.wait(2000));
        QCOMPARE(loadFromDisk(saver.lastSaved().id)->title, QStringLiteral("closing the window"));
    }
};

QTEST_GUILESS_MAIN(TestDraftAutosaver)
#include "tst_draftautosaver.moc"
