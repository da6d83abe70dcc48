// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on a team calendar (PostgreSQL, issue #15): when the server stops, a banner
// says plainly that it is unreachable and the caption being typed stays in the composer (and
// in the private recovery file); when it is back the banner goes and the text is saved. And
// when another member saved over the caption being typed, the composer names them and both
// ways on work.

#include "MainWindow.h"
#include "PgServer.h"
#include "api/ApiClient.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "storage/DraftRecovery.h"
#include "storage/StorageWorker.h"
#include "widgets/CaptionEdit.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;
using namespace tokdeck::test;

class TestTeamBanner : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid());
        qputenv("TOKDECK_DATA_DIR", QFile::encodeName(m_data.path())); // the recovery file
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.exec({QStringLiteral("CREATE ROLE alice LOGIN SUPERUSER")}),
                 qPrintable(m_server.error()));
    }
    void init()
    {
        if (!m_server.isRunning())
            QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error()));
    }

    void theBannerShowsWhileTheServerIsAway()
    {
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        ApiClient client; // not called: no key
        MainWindow window(&client, nullptr, &storage);
        window.show();
        auto *banner = window.findChild<QFrame *>(QStringLiteral("teamUnreachableBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        DraftEditor *editor = window.composer()->editor();
        auto *caption = window.findChild<CaptionEdit *>(QStringLiteral("captionEdit"));
        QVERIFY(caption);
        QTest::keyClicks(caption, QStringLiteral("Saved before"));
        editor->saveNow();
        QTRY_VERIFY(editor->post().id > 0);
        const qint64 id = editor->post().id;
        QTRY_COMPARE(storage.load(id).result().value.value_or(Post{}).caption,
                     QStringLiteral("Saved before"));

        QVERIFY(m_server.stopKeepingData());
        QTest::keyClicks(caption, QStringLiteral(", typed while it was away"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000); // the autosave found it gone
        const auto *text = banner->findChild<QLabel *>(QStringLiteral("teamUnreachableBannerText"));
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("The team calendar on 127.0.0.1:%1 is unreachable. "
                                              "Your edits are kept on this computer and saved "
                                              "when it is back.")
                                   .arg(m_server.port()));
        const QString typed = QStringLiteral("Saved before, typed while it was away");
        QCOMPARE(caption->toPlainText(), typed);
        QTRY_COMPARE(DraftRecovery::read(DraftRecovery::defaultPath()).value_or(Post{}).caption,
                     typed);

        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(storage.load(id).result().value.value_or(Post{}).caption, typed,
                                  10'000);
        QCOMPARE(caption->toPlainText(), typed);
        QTRY_VERIFY(!QFile::exists(DraftRecovery::defaultPath()));
    }

    void anotherMembersSaveIsNamed_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("reload theirs") << false;
        QTest::newRow("keep mine as a copy") << true;
    }
    void anotherMembersSaveIsNamed()
    {
        QFETCH(bool, keepMine);
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        QString aliceUrl = m_server.url();
        aliceUrl.replace(QStringLiteral("//tokdeck@"), QStringLiteral("//alice@"));
        StorageWorker alice(aliceUrl);
        QVERIFY(alice.open().result().ok());
        ApiClient client;
        MainWindow window(&client, nullptr, &storage);
        window.show();
        auto *banner = window.findChild<QFrame *>(QStringLiteral("changedByBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        DraftEditor *editor = window.composer()->editor();
        auto *caption = window.findChild<CaptionEdit *>(QStringLiteral("captionEdit"));
        QTest::keyClicks(caption, QStringLiteral("Mine"));
        editor->saveNow();
        QTRY_VERIFY(editor->post().id > 0);
        const qint64 id = editor->post().id;
        QTRY_COMPARE(storage.load(id).result().value.value_or(Post{}).caption,
                     QStringLiteral("Mine"));

        Post hers = *alice.load(id).result().value;
        hers.caption = QStringLiteral("Hers");
        QVERIFY(alice.saveContent(hers).result().ok());
        QTest::keyClicks(caption, QStringLiteral(" and more"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
        const auto *text = banner->findChild<QLabel *>(QStringLiteral("changedByBannerText"));
        QCOMPARE(text->text(), QStringLiteral("alice changed this post."));
        QCOMPARE(caption->toPlainText(), QStringLiteral("Mine and more")); // nothing lost

        if (keepMine) {
            QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("keepMineButton")),
                              Qt::LeftButton);
            QTRY_VERIFY(editor->post().id > 0 && editor->post().id != id);
            QTRY_COMPARE(storage.load(editor->post().id).result().value.value_or(Post{}).caption,
                         QStringLiteral("Mine and more"));
            QCOMPARE(caption->toPlainText(), QStringLiteral("Mine and more"));
        } else {
            QTest::mouseClick(
                banner->findChild<QPushButton *>(QStringLiteral("reloadTheirsButton")),
                Qt::LeftButton);
            QTRY_COMPARE(caption->toPlainText(), QStringLiteral("Hers"));
            QCOMPARE(editor->post().id, id);
        }
        QVERIFY(!banner->isVisible());
        QCOMPARE(storage.load(id).result().value->caption, QStringLiteral("Hers"));
    }
};

QTEST_MAIN(TestTeamBanner)
#include "tst_teambanner.moc"
