// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The app's File menu exchange against a real SQLite database: a CSV import creates posts for
// the good rows only (as drafts, or handed to the outbox exactly as `tokdeck-cli import
// --schedule` does), refuses unknown or non-TikTok accounts with their line, and the ICS export
// writes only the chosen local days, by default the month the calendar shows.

#include "LocalSandbox.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "calendar/CalendarPanel.h"
#include "exchange/ExportRangeDialog.h"
#include "exchange/IcsWriter.h"
#include "exchange/ScheduleExchange.h"
#include "storage/StorageWorker.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <ctime>

using namespace tokdeck;

namespace {

using Choice = ScheduleExchange::ImportChoice;

QList<Account> knownAccounts()
{
    return {{QStringLiteral("acc_tiktok_1"),
             QStringLiteral("tiktok"),
             QStringLiteral("Bakery"),
             {},
             {}},
            {QStringLiteral("acc_tiktok_2"),
             QStringLiteral("tiktok"),
             QStringLiteral("Trails"),
             {},
             {}},
            {QStringLiteral("acc_facebook_1"),
             QStringLiteral("facebook"),
             QStringLiteral("Bakery FB"),
             {},
             {}}};
}

QByteArray localTime(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toUtf8();
}

QDateTime localAt(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::LocalTime);
}

// The UIDs of every VEVENT, read by a real RFC 5545 parser.
QStringList icsUids(const QString &path)
{
    const char *script = "import sys, icalendar\n"
                         "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                         "for e in cal.walk('VEVENT'):\n"
                         "    print(e['UID'])\n";
    QProcess python;
    // Debian's interpreter: python3-icalendar is installed for it, not for a pyenv on PATH.
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(script), path});
    if (!python.waitForFinished(30'000) || python.exitCode() != 0) {
        qWarning("icalendar could not read %s: %s", qPrintable(path),
                 python.readAllStandardError().constData());
        return {QStringLiteral("<unreadable>")};
    }
    QStringList uids = QString::fromUtf8(python.readAllStandardOutput())
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    uids.sort();
    return uids;
}

} // namespace

class TestScheduleExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> storage;
    QDateTime now;

    // Good: lines 2, 3 and 8. Refused: 4 (unknown account), 5 (not TikTok), 6 (no such file),
    // 7 (empty caption).
    QString mixedCsv()
    {
        const QDateTime today = QDateTime::currentDateTime();
        const QByteArray csv = "media,caption,title,accounts,at,aigc\n"
                               "vertical.mp4,Good video,Launch,acc_tiktok_1,"
                               + localTime(today.addDays(2))
                               + ",false\n"
                                 "portrait.jpg,\"Good photo, with a comma\",,acc_tiktok_2,"
                               + localTime(today.addDays(45))
                               + ",\n"
                                 "vertical.mp4,Unknown account,,acc_nobody,"
                               + localTime(today.addDays(2))
                               + ",\n"
                                 "vertical.mp4,Wrong platform,,acc_facebook_1,"
                               + localTime(today.addDays(2))
                               + ",\n"
                                 "missing.mp4,Missing file,,acc_tiktok_1,,\n"
                                 "vertical.mp4,,,acc_tiktok_1,,\n"
                                 "vertical.mp4,Post now,,acc_tiktok_1|acc_tiktok_2,,true\n";
        return writeCsv(QStringLiteral("mixed.csv"), csv);
    }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qWarning("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    QList<Post> allPosts(StorageWorker &worker)
    {
        auto found = worker.search({});
        found.waitForFinished();
        QList<Post> posts = found.result().value;
        std::sort(posts.begin(), posts.end(),
                  [](const Post &a, const Post &b) { return a.caption < b.caption; });
        return posts;
    }

    Post savePost(const QString &caption, std::optional<QDateTime> local,
                  PostState state = PostState::Draft)
    {
        Post post;
        post.caption = caption;
        post.state = state;
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        if (local)
            post.plannedAt = local->toUTC();
        PostMedia media;
        media.path = dir.filePath(QStringLiteral("vertical.mp4"));
        media.kind = MediaKind::Video;
        post.media = {media};
        auto saved = storage->saveContent(post);
        saved.waitForFinished();
        if (!saved.result().ok())
            qWarning("%s", qPrintable(saved.result().error));
        return saved.result().value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Day boundaries are local: in Berlin a month starts at 23:00 or 22:00 UTC the day
        // before, and DST begins on 2026-03-29.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        QVERIFY(dir.isValid());
        // The save dialog starts in the documents folder: keep even a stray file in the sandbox.
        qputenv("HOME", dir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        for (const char *name : {"vertical.mp4", "portrait.jpg"})
            QVERIFY(QFile::copy(test::dataFile(QString::fromLatin1(name)),
                                dir.filePath(QString::fromLatin1(name))));
    }

    void init()
    {
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
        // What the window caches whenever Crosspostify lists the accounts.
        QVERIFY(storage->saveAccounts(knownAccounts()).result().ok());
    }

    void cleanup() { storage.reset(); }

    void draftsForTheGoodRowsOnly()
    {
        QWidget window;
        ScheduleExchange exchange(storage.get(), &window);
        QSignalSpy finished(&exchange, &ScheduleExchange::importFinished);
        QSignalSpy queued(&exchange, &ScheduleExchange::postsQueued);
        exchange.importCsvFrom(mixedCsv(), Choice::CreateDrafts);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toInt(), 3);

        const QList<Post> posts = allPosts(*storage);
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.at(0).caption, QStringLiteral("Good photo, with a comma"));
        QCOMPARE(posts.at(1).caption, QStringLiteral("Good video"));
        QCOMPARE(posts.at(2).caption, QStringLiteral("Post now"));
        for (const Post &post : posts)
            QCOMPARE(post.state, PostState::Draft);
        QCOMPARE(queued.size(), 0); // drafts are not the outbox's

        const QStringList problems = finished.first().at(1).toStringList();
        for (int line : {4, 5, 6, 7}) {
            const QString prefix = QStringLiteral("Line %1: ").arg(line);
            QVERIFY2(std::any_of(problems.begin(), problems.end(),
                                 [&](const QString &p) { return p.startsWith(prefix); }),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        }
        for (int line : {2, 3, 8}) {
            const QString prefix = QStringLiteral("Line %1: ").arg(line);
            QVERIFY2(std::none_of(problems.begin(), problems.end(),
                                  [&](const QString &p) { return p.startsWith(prefix); }),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        }
        QVERIFY2(problems.filter(QStringLiteral("Line 5: Bakery FB"))
                     .join(QString())
                     .contains(QStringLiteral("not TikTok")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void unknownAccountIsRefusedWithItsLine()
    {
        QWidget window;
        ScheduleExchange exchange(storage.get(), &window);
        QSignalSpy finished(&exchange, &ScheduleExchange::importFinished);
        const QString csv = writeCsv(QStringLiteral("accounts.csv"),
                                     "media,caption,accounts\n"
                                     "vertical.mp4,Known,acc_tiktok_2\n"
                                     "vertical.mp4,Unknown,acc_tiktok_2|acc_typo\n");
        exchange.importCsvFrom(csv, Choice::CreateDrafts);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        const QStringList problems = finished.first().at(1).toStringList();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("Line 3: acc_typo: ")),
                 qPrintable(problems.first()));
        const QList<Post> posts = allPosts(*storage);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().caption, QStringLiteral("Known"));
    }

    // "Create and schedule" stores what `tokdeck-cli import --schedule` stores: the same posts,
    // ready for the outbox (which sends each at its time, holding far ones locally).
    void scheduleDoesWhatTheCliDoes()
    {
        const QString csv = mixedCsv();
        QWidget window;
        ScheduleExchange exchange(storage.get(), &window);
        QSignalSpy finished(&exchange, &ScheduleExchange::importFinished);
        QSignalSpy queued(&exchange, &ScheduleExchange::postsQueued);
        exchange.importCsvFrom(csv, Choice::CreateAndSchedule);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QCOMPARE(queued.size(), 1);
        const QList<Post> app = allPosts(*storage);
        QCOMPARE(app.size(), 3);
        auto ready = storage->withStates({PostState::Ready}); // what the outbox collects
        ready.waitForFinished();
        QCOMPARE(ready.result().value.size(), 3);
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(
            app.at(0).isHeldLocally(nowUtc)); // 45 days ahead: kept here until inside the window
        QVERIFY(!app.at(1).isHeldLocally(nowUtc)); // 2 days ahead: handed over at the next run
        QVERIFY(app.at(1).plannedAt);
        QVERIFY(!app.at(2).plannedAt); // no time: posted as soon as the outbox runs

        // The CLI, on its own database with the same cached accounts.
        const QString cliPath = test::SandboxProcess::cliPath();
        QVERIFY2(!cliPath.isEmpty(), "TOKDECK_CLI is not set (run through ctest)");
        QTemporaryDir cliData;
        const QString cliDatabase = QDir(cliData.path()).filePath(QStringLiteral("tokdeck.sqlite"));
        {
            StorageWorker seed(cliDatabase);
            QVERIFY(seed.open().result().ok());
            QVERIFY(seed.saveAccounts(knownAccounts()).result().ok());
        }
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), cliData.path());
        cli.setProcessEnvironment(env);
        cli.start(cliPath, {QStringLiteral("import"), csv, QStringLiteral("--schedule")});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 3); // some rows were refused
        StorageWorker cliStorage(cliDatabase);
        QVERIFY(cliStorage.open().result().ok());
        const QList<Post> fromCli = allPosts(cliStorage);
        QCOMPARE(fromCli.size(), app.size());
        for (qsizetype i = 0; i < app.size(); ++i) {
            QCOMPARE(app.at(i).caption, fromCli.at(i).caption);
            QCOMPARE(app.at(i).state, fromCli.at(i).state);
            QCOMPARE(app.at(i).plannedAt, fromCli.at(i).plannedAt);
            QCOMPARE(app.at(i).handOver, fromCli.at(i).handOver);
            QCOMPARE(app.at(i).type, fromCli.at(i).type);
            QCOMPARE(app.at(i).isAigc, fromCli.at(i).isAigc);
            QCOMPARE(app.at(i).accounts, fromCli.at(i).accounts);
            QCOMPARE(app.at(i).media.size(), fromCli.at(i).media.size());
            QCOMPARE(app.at(i).isHeldLocally(nowUtc), fromCli.at(i).isHeldLocally(nowUtc));
        }
    }

    // The confirmation itself: window-modal, three choices, the refused rows in its details.
    void confirmationOffersDraftsScheduleAndCancel()
    {
        QWidget window;
        window.show();
        ScheduleExchange exchange(storage.get(), &window);
        QSignalSpy finished(&exchange, &ScheduleExchange::importFinished);
        const QString csv = mixedCsv();

        exchange.importCsvFrom(csv);
        QPointer<QMessageBox> box;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("importConfirmation"))), 30'000);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY(box->text().contains(QLatin1Char('3')));
        QVERIFY2(box->detailedText().contains(QStringLiteral("Line 4: acc_nobody")),
                 qPrintable(box->detailedText()));
        auto *drafts = box->findChild<QPushButton *>(QStringLiteral("createDraftsButton"));
        auto *schedule = box->findChild<QPushButton *>(QStringLiteral("createAndScheduleButton"));
        QVERIFY(drafts && schedule && box->button(QMessageBox::Cancel));
        QCOMPARE(box->defaultButton(), drafts); // Enter sends nothing
        QVERIFY(finished.isEmpty());            // nothing is stored before the user answers
        QCOMPARE(allPosts(*storage).size(), 0);

        schedule->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QList<Post> posts = allPosts(*storage);
        QCOMPARE(posts.size(), 3);
        for (const Post &post : std::as_const(posts))
            QCOMPARE(post.state, PostState::Ready);
        QTRY_VERIFY(!box); // closed and deleted

        // Cancel stores nothing.
        finished.clear();
        exchange.importCsvFrom(csv);
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("importConfirmation"))), 30'000);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE(finished.size(), 1); // a cancel answers at once
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(allPosts(*storage).size(), 3);

        // And "Create drafts" makes drafts.
        finished.clear();
        exchange.importCsvFrom(csv);
        QTRY_VERIFY(!box);
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("importConfirmation"))), 30'000);
        box->findChild<QPushButton *>(QStringLiteral("createDraftsButton"))->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(0).toInt(), 3);
        posts = allPosts(*storage);
        QCOMPARE(std::count_if(posts.begin(), posts.end(),
                               [](const Post &p) { return p.state == PostState::Draft; }),
                 3);
    }

    void exportWritesOnlyTheChosenDays()
    {
        const Post before = savePost(QStringLiteral("Feb 28, late"), localAt(2, 28, 23, 30));
        const Post first = savePost(QStringLiteral("Mar 1, just after midnight"),
                                    localAt(3, 1, 0, 15)); // Feb 28 UTC
        const Post dst = savePost(QStringLiteral("After the DST change"), localAt(3, 29, 3, 0),
                                  PostState::Ready);
        const Post last =
            savePost(QStringLiteral("Mar 31, late"), localAt(3, 31, 23, 45), PostState::Scheduled);
        const Post after = savePost(QStringLiteral("Apr 1, just after midnight"),
                                    localAt(4, 1, 0, 30)); // Mar 31 UTC
        savePost(QStringLiteral("No time"), std::nullopt);

        QWidget window;
        ScheduleExchange exchange(storage.get(), &window);
        QSignalSpy finished(&exchange, &ScheduleExchange::exportFinished);
        const QString march = dir.filePath(QStringLiteral("march.ics"));
        exchange.exportIcsTo(march,
                             ScheduleExchange::DateRange{QDate(2026, 3, 1), QDate(2026, 3, 31)});
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QStringList expected = {QString::fromUtf8(IcsWriter::uidFor(first)),
                                QString::fromUtf8(IcsWriter::uidFor(dst)),
                                QString::fromUtf8(IcsWriter::uidFor(last))};
        expected.sort();
        QCOMPARE(icsUids(march), expected);

        finished.clear();
        const QString everything = dir.filePath(QStringLiteral("everything.ics"));
        exchange.exportIcsTo(everything);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(0).toInt(), 5); // every post with a time
        expected += {QString::fromUtf8(IcsWriter::uidFor(before)),
                     QString::fromUtf8(IcsWriter::uidFor(after))};
        expected.sort();
        QCOMPARE(icsUids(everything), expected);

        // A folder that cannot be written is reported, not a success.
        finished.clear();
        exchange.exportIcsTo(dir.filePath(QStringLiteral("no/such/folder/x.ics")));
        QVERIFY(finished.wait(10'000));
        QVERIFY(!finished.first().at(1).toString().isEmpty());
    }

    // From the menu: the range dialog offers the month the calendar shows; accepting it and
    // naming a file exports that month.
    void menuExportsTheCalendarMonth()
    {
        const Post inside = savePost(QStringLiteral("In March"), localAt(3, 10, 18, 0));
        savePost(QStringLiteral("In April"), localAt(4, 10, 18, 0));

        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        MainWindow window(&sandbox.client, nullptr, storage.get());
        window.show();
        window.calendarPanel()->showDate(QDate(2026, 3, 18));
        QCOMPARE(window.exchange()->monthShown().month(), 3);
        auto *action = window.findChild<QAction *>(QStringLiteral("exportIcsAction"));
        QVERIFY(action);
        action->trigger();
        ExportRangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExportRangeDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("exportFromDate"))->date(),
                 QDate(2026, 3, 1));
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("exportToDate"))->date(),
                 QDate(2026, 3, 31));
        QVERIFY(dialog->range());
        dialog->findChild<QRadioButton *>(QStringLiteral("exportEverythingButton"))
            ->setChecked(true);
        QVERIFY(!dialog->range());
        dialog->findChild<QRadioButton *>(QStringLiteral("exportBetweenButton"))->setChecked(true);

        // The save dialog runs its own loop: answer it from a timer.
        const QString path = dir.filePath(QStringLiteral("menu-march.ics"));
        bool answered = false;
        std::function<void()> answer = [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *files = qobject_cast<QFileDialog *>(widget);
                    files && files->isVisible()) {
                    // The name field has the focus, so selectFile() would not change it.
                    files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
                    static_cast<QDialog *>(files)->accept(); // public in QDialog
                    answered = true;
                    return;
                }
            }
            QTimer::singleShot(50, &window, answer);
        };
        QTimer::singleShot(50, &window, answer); // the window's: no timer outlives this test
        QSignalSpy finished(window.exchange(), &ScheduleExchange::exportFinished);
        QSignalSpy messages(window.exchange(), &ScheduleExchange::message);
        dialog->accept();
        QVERIFY(answered);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("menu-march.ics")),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(icsUids(path), QStringList{QString::fromUtf8(IcsWriter::uidFor(inside))});
    }
};

QTEST_MAIN(TestScheduleExchange)
#include "tst_scheduleexchange.moc"
