// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// An edit a previous session could not save to the team calendar (DraftRecovery's file) is
// offered at the next start: restored as a new draft, never over the post it came from, with
// the file then removed; or discarded.

#include "TestStorage.h"
#include "storage/DraftRecovery.h"
#include "team/RecoveryBanner.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace tokdeck;

class TestRecoveryBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageWorker> m_storage;

    QString recoveryPath() const { return m_dir.filePath(QStringLiteral("recovery/draft.json")); }

    // The post the kept edit was made on, and the kept edit itself (a newer caption).
    Post keptEdit()
    {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Draft;
        post.caption = QStringLiteral("Original caption");
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        const StorageResult<Post> saved = m_storage->saveContent(post).result();
        if (!saved.ok())
            qWarning() << saved.error;
        Post edit = saved.value;
        edit.caption = QStringLiteral("Typed while the team server was away #kept");
        return edit;
    }

private Q_SLOTS:
    void init()
    {
        m_storage = test::openTestStorage(m_dir);
        QVERIFY(m_storage);
    }
    void cleanup() { m_storage.reset(); }

    void aKeptEditIsRestoredAsANewDraft()
    {
        const Post edit = keptEdit();
        QVERIFY(edit.id > 0);
        QVERIFY(DraftRecovery::write(recoveryPath(), edit));
        RecoveryBanner banner(m_storage.get(), recoveryPath());
        QSignalSpy found(&banner, &RecoveryBanner::found);
        QSignalSpy restored(&banner, &RecoveryBanner::restored);
        banner.show();
        QVERIFY(found.wait());
        QVERIFY(banner.isVisible());
        const auto *text = banner.findChild<QLabel *>(QStringLiteral("recoveryBannerText"));
        QVERIFY(text && text->text().contains(u"Typed while the team server was away"));

        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("recoveryRestore")),
                          Qt::LeftButton);
        QVERIFY(restored.wait());
        const qint64 copyId = restored.first().first().toLongLong();
        QVERIFY(copyId > 0 && copyId != edit.id);
        const std::optional<Post> copy = m_storage->load(copyId).result().value;
        QVERIFY(copy);
        QCOMPARE(copy->caption, edit.caption);
        QCOMPARE(copy->state, PostState::Draft);
        QCOMPARE(copy->accounts, edit.accounts);
        // The post it came from is untouched: someone else may have changed it since.
        QCOMPARE(m_storage->load(edit.id).result().value->caption,
                 QStringLiteral("Original caption"));
        QVERIFY(!banner.isVisible());
        QTRY_VERIFY(!QFile::exists(recoveryPath()));
    }

    void aDiscardedEditIsForgotten()
    {
        QVERIFY(DraftRecovery::write(recoveryPath(), keptEdit()));
        RecoveryBanner banner(m_storage.get(), recoveryPath());
        QSignalSpy found(&banner, &RecoveryBanner::found);
        banner.show();
        QVERIFY(found.wait());
        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("recoveryDiscard")),
                          Qt::LeftButton);
        QVERIFY(!banner.isVisible());
        QTRY_VERIFY(!QFile::exists(recoveryPath()));
        QCOMPARE(m_storage->search({}).result().value.size(), 1); // no copy was made
    }

    void aFileThisSessionUsesIsKept()
    {
        QVERIFY(DraftRecovery::write(recoveryPath(), keptEdit()));
        RecoveryBanner banner(m_storage.get(), recoveryPath());
        QSignalSpy found(&banner, &RecoveryBanner::found);
        QVERIFY(found.wait());
        // Meanwhile this session's composer kept an edit of its own in the same file.
        banner.setFileInUse(true);
        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("recoveryDiscard")),
                          Qt::LeftButton);
        QVERIFY(!banner.isVisible());
        QThreadPool::globalInstance()->waitForDone(); // a removal, had one been started
        QVERIFY(QFile::exists(recoveryPath()));
    }
};

QTEST_MAIN(TestRecoveryBanner)
#include "tst_recoverybanner.moc"
