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
#include <algorithm>

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

        // Another member's process: the times of its run, of the first change notice after it
        // started, and of the calendar showing the change (measured around the CLI's run, as
        // its commit cannot be seen from here).
        CliRunner cli(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("unused"),
                      m_dir.filePath(QStringLiteral("cli")));
        cli.setEnv(QStringLiteral("TOKDECK_DATABASE_URL"), m_server.url());
        QElapsedTimer clock;
        qint64 noticeAt = -1;
        connect(&storage, &StorageWorker::postsChanged, this, [&] {
            if (noticeAt < 0)
                noticeAt = clock.elapsed();
        });
        qint64 exitedAt = 0;
        const auto runCli = [&](const QStringList &arguments) {
            noticeAt = -1;
            clock.start();
            const CliRunner::Run run = cli.run(arguments);
            exitedAt = clock.elapsed();
            return run;
        };
        const auto report = [&](const char *what) {
            const qint64 shownAt = clock.elapsed();
            qInfo("%s: tokdeck-cli exited at %lld ms, the notice came at %lld ms, shown by %lld ms "
                  "(%lld ms after the exit)",
                  what, exitedAt, noticeAt, shownAt, std::max<qint64>(0, shownAt - exitedAt));
        };

        // It copies the post: the copy shows up.
        const CliRunner::Run copied = runCli({QStringLiteral("duplicate"), QString::number(id)});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const qint64 copy = copied.out.trimmed().toLongLong();
        QVERIFY(copy > id);
        QTRY_VERIFY_WITH_TIMEOUT(month->chipRect(copy).isValid(), 1000);
        report("copy");

        // It deletes the original: it goes.
        const CliRunner::Run removed = runCli({QStringLiteral("delete"), QString::number(id)});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QTRY_VERIFY_WITH_TIMEOUT(!month->chipRect(id).isValid(), 1000);
        report("delete");
        QVERIFY(month->chipRect(copy).isValid());
    }
};

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
