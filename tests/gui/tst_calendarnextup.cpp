// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The calendar's locks, refused drags, "Post now" history, the "Next up" agenda, the filter
// bar and the view buttons (issue #12), on a real database and the test's clock.

#include "MainWindow.h"
#include "TestStorage.h"
#include "api/ApiClient.h"
#include "calendar/AgendaModel.h"
#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarLegend.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "calendar/PostChipStyle.h"
#include "calendar/WeekView.h"
#include "storage/StorageWorker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tokdeck;

namespace {
QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}
} // namespace

class TestCalendarNextUp : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    // Sunday 1 March 2026, 10:00 (TZ is UTC here): the storage stamps its writes with it.
    ManualClock clock{utc(3, 1, 10)};
    std::unique_ptr<StorageWorker> storage;

    qint64 save(PostState state, std::optional<QDateTime> when, const QString &title,
                const QString &account = QStringLiteral("acc_tiktok_1"))
    {
        Post post;
        post.type = PostType::Video;
        post.state = state;
        post.title = title;
        post.caption = title;
        post.plannedAt = when;
        post.accounts = {{account, {}, {}}};
        auto future = storage->saveContent(post);
        future.waitForFinished();
        return future.result().value.id;
    }

    std::unique_ptr<CalendarPanel> shownPanel(const QDate &date)
    {
        auto panel = std::make_unique<CalendarPanel>(storage.get(), clock);
        panel->resize(1000, 800);
        panel->show();
        QSignalSpy reloaded(panel.get(), &CalendarPanel::reloaded);
        panel->showDate(date);
        if (!reloaded.wait(5000))
            return nullptr;
        return panel;
    }

    static bool sendDrag(CalendarGridView *view, qint64 id, const QPoint &at, bool drop)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(CalendarGridView::postMimeType), QByteArray::number(id));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &move);
        if (drop) {
            QDropEvent dropEvent(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view, &dropEvent);
        }
        return move.isAccepted();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
        // The C locale's short time format has seconds: the calendar must drop them.
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        clock.set(utc(3, 1, 10));
        storage = test::openTestStorage(dir, clock);
        QVERIFY(storage);
    }

    void lockedChipsShowTheLockAndTheLegendExplainsIt()
    {
        const qint64 draft = save(PostState::Draft, utc(3, 10, 18), QStringLiteral("Teaser"));
        const qint64 scheduled =
            save(PostState::Scheduled, utc(3, 11, 18), QStringLiteral("Summer drop"));
        const qint64 attention =
            save(PostState::NeedsAttention, utc(3, 12, 9), QStringLiteral("Maybe"));
        auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        MonthView *month = panel->monthView();
        QVERIFY(month->chipRect(draft).isValid());
        QVERIFY(!month->chipIsLocked(draft));
        QVERIFY(month->chipIsLocked(scheduled));
        QVERIFY(month->chipIsLocked(attention));
        QVERIFY(!month->grab().isNull()); // paints the locks without trouble

        auto *legend = panel->findChild<CalendarLegend *>(QStringLiteral("calendarLegend"));
        QVERIFY(legend && legend->isVisible());
        auto *states = legend->findChild<QLabel *>(QStringLiteral("calendarLegendStates"));
        for (PostDisplayState state : PostChipStyle::legendStates()) {
            QVERIFY(states->text().contains(postDisplayStateName(state)));
            QVERIFY(states->text().contains(PostChipStyle::fill(state).name()));
        }
        QVERIFY(legend->text().contains(QStringLiteral("Locked")));
        QVERIFY(
            !legend->findChild<QLabel *>(QStringLiteral("calendarLegendLock"))->pixmap().isNull());
    }

    void refusedDragsSayWhyNamingThePost()
    {
        const qint64 scheduled =
            save(PostState::Scheduled, utc(3, 11, 18), QStringLiteral("Summer drop"));
        const qint64 draft = save(PostState::Draft, utc(3, 10, 9), QStringLiteral("Teaser"));
        auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        MonthView *month = panel->monthView();
        auto *message = panel->findChild<QLabel *>(QStringLiteral("calendarMessage"));
        QSignalSpy shown(panel.get(), &CalendarPanel::messageShown);

        // A locked chip: the cursor shows "forbidden" over the calendar, and a drop says why.
        const QPoint target = month->cellRect(QDate(2026, 3, 20)).center();
        QVERIFY(!sendDrag(month, scheduled, target, true));
        QCOMPARE(shown.size(), 1);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("“Summer drop”")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("Crosspostify dashboard")));

        // A movable post onto a time before the 10-minute lead (today, 09:00 < 10:10).
        const QPoint today = month->cellRect(QDate(2026, 3, 1)).center();
        QVERIFY(!sendDrag(month, draft, today, true));
        QCOMPARE(shown.size(), 2);
        QVERIFY(message->text().contains(QStringLiteral("“Teaser”")));
        QVERIFY2(message->text().contains(QStringLiteral("already passed")),
                 qPrintable(message->text())); // 09:00 today, and it is 10:00 already
        // ...while a later day is a fine target.
        QVERIFY(sendDrag(month, draft, target, false));
        QCOMPARE(panel->undoStack()->count(), 0);
    }

    void aPostSentNowStaysOnTheCalendarAtItsSendTime()
    {
        clock.set(utc(3, 4, 15, 30)); // it is handed over (written) now
        const qint64 sent = save(PostState::Published, std::nullopt, QStringLiteral("Live now"));
        const qint64 unsent = save(PostState::Draft, std::nullopt, QStringLiteral("Later"));
        clock.set(utc(3, 5, 8));
        auto panel = shownPanel(QDate(2026, 3, 4));
        QVERIFY(panel);
        MonthView *month = panel->monthView();
        QVERIFY(month->cellRect(QDate(2026, 3, 4)).contains(month->chipRect(sent).center()));
        QVERIFY(month->chipIsHistory(sent));
        QVERIFY(month->chipIsLocked(sent));
        QVERIFY(month->chipText(sent).startsWith(QStringLiteral("15:30 ")));
        QVERIFY(!month->chipRect(unsent).isValid()); // no time yet: not on the calendar

        panel->setMode(CalendarPanel::Mode::Week);
        WeekView *week = panel->weekView();
        QTRY_VERIFY(week->chipRect(sent).isValid());
        QCOMPARE(week->chipRect(sent).top(), week->pointFor(utc(3, 4, 15, 30)).y());
        QVERIFY(week->chipIsHistory(sent));
    }

    void nextUpGroupsByDayWithTheUsersPostsPinnedOnTop()
    {
        const qint64 today = save(PostState::Draft, utc(3, 1, 18), QStringLiteral("Tonight"));
        const qint64 tomorrow = save(PostState::Ready, utc(3, 2, 12), QStringLiteral("Lunch"));
        const qint64 thursday =
            save(PostState::Submitting, utc(3, 5, 9), QStringLiteral("Thursday"));
        const qint64 attention =
            save(PostState::NeedsAttention, utc(2, 20, 9), QStringLiteral("Unsure"));
        const qint64 failed = save(PostState::Failed, utc(3, 3, 9), QStringLiteral("Broken"),
                                   QStringLiteral("acc_tiktok_2"));
        save(PostState::Draft, utc(2, 27, 9), QStringLiteral("Past")); // before today: not listed
        auto panel = shownPanel(QDate(2026, 3, 20));
        QVERIFY(panel);
        panel->setAccountNames({{QStringLiteral("acc_tiktok_1"), QStringLiteral("Pixel & Pine")},
                                {QStringLiteral("acc_tiktok_2"), QStringLiteral("Other")}});
        AgendaModel *model = panel->agendaModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->setMode(CalendarPanel::Mode::Agenda);
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("calendarTitle"))->text(),
                 QStringLiteral("Next up"));
        QTRY_COMPARE(model->rowCount(), 9);

        const auto at = [&](int row, int role) {
            return model->index(row).data(role);
        };
        const QStringList expectedGroups = {QStringLiteral("Needs you"), QStringLiteral("Today"),
                                            QStringLiteral("Tomorrow"),
                                            QStringLiteral("Thu 5 Mar")};
        QStringList headers;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (at(row, AgendaModel::HeaderRole).toBool()) {
                headers << at(row, Qt::DisplayRole).toString();
                QCOMPARE(model->flags(model->index(row)) & Qt::ItemIsSelectable, Qt::NoItemFlags);
            }
        }
        QCOMPARE(headers, expectedGroups);
        QCOMPARE(at(0, AgendaModel::HeaderRole).toBool(), true);
        const QSet<qint64> pinned = {at(1, AgendaModel::IdRole).toLongLong(),
                                     at(2, AgendaModel::IdRole).toLongLong()};
        QCOMPARE(pinned, (QSet<qint64>{attention, failed}));
        int failedRows = 0; // pinned, so not again under its day
        for (int row = 0; row < model->rowCount(); ++row)
            failedRows += at(row, AgendaModel::IdRole).toLongLong() == failed ? 1 : 0;
        QCOMPARE(failedRows, 1);
        QCOMPARE(at(4, AgendaModel::IdRole).toLongLong(), today);
        QCOMPARE(at(6, AgendaModel::IdRole).toLongLong(), tomorrow);
        QCOMPARE(at(8, AgendaModel::IdRole).toLongLong(), thursday);
        QCOMPARE(at(8, AgendaModel::GroupRole).toString(), QStringLiteral("Thu 5 Mar"));
        QVERIFY(at(8, AgendaModel::LockedRole).toBool());
        QVERIFY(at(4, Qt::DisplayRole).toString().startsWith(QStringLiteral("18:00 · ")));

        // The week's count per account, by name: three for Pixel & Pine, the failed one other.
        const QString counts = panel->findChild<QLabel *>(QStringLiteral("agendaCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("Pixel & Pine: 3 this week")), qPrintable(counts));
        QVERIFY(counts.contains(QStringLiteral("Other: 1 this week")));

        // A change elsewhere (the outbox loses the Thursday post's answer) pins it.
        auto moved =
            storage->transition(thursday, {PostState::Submitting}, PostState::NeedsAttention);
        moved.waitForFinished();
        QCOMPARE(moved.result().value.kind, TransitionOutcome::Kind::Done);
        QTRY_COMPARE(model->rowOf(thursday), 3);
    }

    void theFilterBarHidesOtherAccountsAndStates()
    {
        const qint64 mine = save(PostState::Draft, utc(3, 10, 18), QStringLiteral("Mine"));
        const qint64 theirs = save(PostState::Scheduled, utc(3, 10, 19), QStringLiteral("Theirs"),
                                   QStringLiteral("acc_tiktok_2"));
        auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        panel->setAccountNames({{QStringLiteral("acc_tiktok_1"), QStringLiteral("Pixel & Pine")},
                                {QStringLiteral("acc_tiktok_2"), QStringLiteral("Other")}});
        MonthView *month = panel->monthView();
        QVERIFY(month->chipRect(mine).isValid() && month->chipRect(theirs).isValid());
        QVERIFY(month->chipText(mine).contains(QStringLiteral("Pixel & Pine"))); // not the id

        auto *accounts = panel->findChild<QComboBox *>(QStringLiteral("calendarAccountFilter"));
        auto *states = panel->findChild<QComboBox *>(QStringLiteral("calendarStateFilter"));
        accounts->setCurrentIndex(accounts->findText(QStringLiteral("Other")));
        QVERIFY(!month->chipRect(mine).isValid());
        QVERIFY(month->chipRect(theirs).isValid());

        panel->setMode(CalendarPanel::Mode::Agenda);
        QTRY_VERIFY(panel->agendaModel()->rowOf(theirs) >= 0);
        QCOMPARE(panel->agendaModel()->rowOf(mine), -1);

        accounts->setCurrentIndex(0);
        states->setCurrentIndex(states->findData(int(PostDisplayState::Draft)));
        QVERIFY(panel->agendaModel()->rowOf(mine) >= 0);
        QCOMPARE(panel->agendaModel()->rowOf(theirs), -1);
        panel->setMode(CalendarPanel::Mode::Month);
        QTRY_VERIFY(month->chipRect(mine).isValid());
        QVERIFY(!month->chipRect(theirs).isValid());
    }

    void weekHoursAndTimesHaveNoSeconds()
    {
        QCOMPARE(WeekView::hourLabel(9), QStringLiteral("09:00"));
        QCOMPARE(PostChipStyle::shortTime(QTime(18, 5, 42)), QStringLiteral("18:05"));
    }

    void ctrl123LeaveTheRightViewButtonChecked()
    {
        ApiClient client; // never called here: the window needs one for its accounts panel
        MainWindow window(&client, nullptr, storage.get());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CalendarPanel *panel = window.calendarPanel();
        const auto button = [&](const char *name) {
            return panel->findChild<QToolButton *>(QString::fromLatin1(name));
        };
        const std::pair<Qt::Key, const char *> steps[] = {{Qt::Key_2, "calendarWeekMode"},
                                                          {Qt::Key_3, "calendarAgendaMode"},
                                                          {Qt::Key_1, "calendarMonthMode"}};
        for (const auto &[key, name] : steps) {
            QTest::keyClick(&window, key, Qt::ControlModifier);
            QVERIFY2(button(name)->isChecked(), name);
            int checked = 0;
            for (const char *other :
                 {"calendarMonthMode", "calendarWeekMode", "calendarAgendaMode"})
                checked += button(other)->isChecked() ? 1 : 0;
            QCOMPARE(checked, 1);
        }
    }
};

QTEST_MAIN(TestCalendarNextUp)
#include "tst_calendarnextup.moc"
