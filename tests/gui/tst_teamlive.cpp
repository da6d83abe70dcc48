// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team mode's live calendar (issue #15): the window open on a shared PostgreSQL database shows
// what another member's process (here tokdeck-cli) does to a post within a second of it being
// done, through LISTEN/NOTIFY (the poll of the change log runs only every 30 s there).

#include "CliRunner.h"
#include "MainWindow.h"
#include "PgServer.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "storage/Database.h"
#include "storage/StorageWorker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;
using namespace tokdeck::test;

class TestTeamLive : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_dir.isValid());
        // The window's own files (thumbnails, settings) stay out of the user's folders.
        qputenv("TOKDECK_DATA_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }
    void init() { QVERIFY2(m_server.resetSchema(), qPrintable(m_server.error())); }

    void anotherMembersChangeShowsOnTheOpenCalendarWithin1s()
    {
        StorageWorker storage(m_server.url());
        QVERIFY(storage.open().result().ok());
        storage.watchOtherProcesses(1000); // as the app does
        Post post;
        post.type = PostType::Photo;
        post.state = PostState::Draft;
        post.caption = QStringLiteral("Planned by me");
        const QDate day = QDate::currentDate().addDays(3);
        post.plannedAt = QDateTime(day, QTime(12, 0)).toUTC();
        const qint64 id = storage.saveContent(post).result().value.id;
        QVERIFY(id > 0);

        ApiClient client; // not called: no key
        MainWindow window(&client, nullptr, &storage);
        window.show();
        CalendarPanel *calendar = window.calendarPanel();
        calendar->showDate(day);
        MonthView *month = calendar->monthView();
        QTRY_VERIFY(month->chipRect(id).isValid());
        // Listening before the other member acts (its connection names itself; its last
        // statement is LISTEN, or the health check's after it).
        Database watcher(m_server.url());
        QVERIFY(watcher.open().ok());
        const auto listening = [&watcher] {
            QSqlQuery query(watcher.connection());
            return query.exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE "
                                             "application_name = 'tokdeck-listener' AND "
                                             "(query LIKE 'LISTEN%' OR query = 'SELECT 1')"))
                   && query.next();
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 10'000);

        // Another member copies the post from the command line: the copy shows up.
        CliRunner cli(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("unused"),
                      m_dir.filePath(QStringLiteral("cli")));
        cli.setEnv(QStringLiteral("TOKDECK_DATABASE_URL"), m_server.url());
        const CliRunner::Run copied = cli.run({QStringLiteral("duplicate"), QString::number(id)});
        QElapsedTimer sinceExit;
        sinceExit.start();
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const qint64 copy = copied.out.trimmed().toLongLong();
        QVERIFY(copy > id);
        QTRY_VERIFY_WITH_TIMEOUT(month->chipRect(copy).isValid(), 1000);
        qInfo("the copy showed %lld ms after tokdeck-cli exited", sinceExit.elapsed());

        // And deletes the original: it goes.
        const CliRunner::Run removed = cli.run({QStringLiteral("delete"), QString::number(id)});
        sinceExit.start();
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QTRY_VERIFY_WITH_TIMEOUT(!month->chipRect(id).isValid(), 1000);
        qInfo("the deleted post went %lld ms after tokdeck-cli exited", sinceExit.elapsed());
        QVERIFY(month->chipRect(copy).isValid());
    }
};

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
