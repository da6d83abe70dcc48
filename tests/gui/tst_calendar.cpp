// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "calendar/PostChipStyle.h"
#include "calendar/WeekView.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "compose/SchedulePicker.h"
#include "media/ThumbnailCache.h"
#include "models/PostListModel.h"
#include "rules/ConflictRules.h"
#include "storage/StorageWorker.h"
#include "widgets/CaptionEdit.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QWidget>

using namespace tokdeck;

namespace {
QDateTime berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::LocalTime); // TZ is Berlin
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<StorageWorker> storage;
    QHash<PostState, qint64> ids;

    qint64 save(PostState state, const QDateTime &when,
                const QString &account = QStringLiteral("acc_tiktok_1"))
    {
        Post post;
        post.type = PostType::Video;
        post.state = state;
        post.caption = postStateKey(state);
        post.plannedAt = when.toUTC();
        post.accounts = {{account, {}, {}}};
        auto future = storage->saveContent(post);
        future.waitForFinished();
        return future.result().value.id;
    }

    std::optional<Post> load(qint64 id)
    {
        auto future = storage->load(id);
        future.waitForFinished();
        return future.result().value;
    }

    void drop(CalendarGridView *view, qint64 id, const QPoint &at)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(CalendarGridView::postMimeType), QByteArray::number(id));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &enter);
        QDropEvent dropEvent(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &dropEvent);
    }

    // What a user's double click delivers: a click, then the double click.
    static void doubleClick(QWidget *view, const QPoint &at)
    {
        QTest::mouseClick(view, Qt::LeftButton, {}, at);
        QTest::mouseDClick(view, Qt::LeftButton, {}, at);
    }

    // What the tooltip says when the mouse rests at `at`; empty when none is shown.
    static QString tooltipAt(QWidget *view, const QPoint &at)
    {
        QHelpEvent help(QEvent::ToolTip, at, view->mapToGlobal(at));
        QCoreApplication::sendEvent(view, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

    // A panel on the test's clock, showing `date`'s month with its posts loaded.
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

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin"); // DST starts 2026-03-29 02:00 local
        tzset();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // weeks start on Monday
    }

    void init()
    {
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
    }

    void postsInEveryStateLandOnTheirLocalDaysAcrossDst()
    {
        // Around the DST change: 01:30 local (UTC+1) and 03:30 local (UTC+2) on the 29th,
        // and 00:30 local on the 30th, which is still the 29th in UTC.
        const QList<std::pair<PostState, QDateTime>> plan = {
            {PostState::Draft, berlin(3, 29, 1, 30)},
            {PostState::Ready, berlin(3, 29, 3, 30)},
            {PostState::Scheduled, berlin(3, 30, 0, 30)},
            {PostState::Published, berlin(3, 2, 18)},
            {PostState::Failed, berlin(3, 10, 12)},
            {PostState::NeedsAttention, berlin(3, 11, 9)},
            {PostState::Uploading, berlin(3, 12, 9)},
            {PostState::Ready, berlin(4, 4, 9)}, // held locally
        };
        QList<qint64> saved;
        for (const auto &[state, when] : plan)
            saved.append(save(state, when));

        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 15));
        QVERIFY(reloaded.wait(5000));
        MonthView *month = panel.monthView();
        for (int i = 0; i < plan.size(); ++i) {
            const QRect chip = month->chipRect(saved.at(i));
            QVERIFY2(chip.isValid(), qPrintable(QStringLiteral("post %1 not drawn").arg(i)));
            QVERIFY2(month->cellRect(plan.at(i).second.date()).contains(chip.center()),
                     qPrintable(QStringLiteral("post %1 on the wrong day").arg(i)));
        }
        QCOMPARE(month->firstVisibleDay(), QDate(2026, 2, 23)); // a Monday
        QCOMPARE(month->post(saved.last())->displayState(clock.nowUtc()),
                 PostDisplayState::HeldLocally);
        QVERIFY(!month->grab().isNull()); // paints without trouble
    }

    void draggingAMovableChipMovesItAndUndoRestoresIt()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 18, 15));
        const qint64 scheduled = save(PostState::Scheduled, berlin(3, 11, 18, 0));
        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 10));
        QVERIFY(reloaded.wait(5000));
        MonthView *month = panel.monthView();

        drop(month, draft, month->cellRect(QDate(2026, 3, 20)).center());
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 20, 18, 15)); // same time of day
        QVERIFY(month->cellRect(QDate(2026, 3, 20)).contains(month->chipRect(draft).center()));

        panel.undoStack()->undo();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 10, 18, 15));

        // A post Crosspostify already has does not move, and the user is told why.
        drop(month, scheduled, month->cellRect(QDate(2026, 3, 21)).center());
        // Refused at once; a move, had one been queued, would reach the database before this
        // load (the storage thread runs jobs in order), so no waiting is needed.
        QCOMPARE(load(scheduled)->plannedAt->toLocalTime(), berlin(3, 11, 18, 0));
        auto *message = panel.findChild<QLabel *>(QStringLiteral("calendarMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Crosspostify")));
        QCOMPARE(panel.undoStack()->count(), 1);
    }

    void tooSoonIsRefusedWithTheComposersWords()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 12, 0));
        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 1));
        QVERIFY(reloaded.wait(5000));
        // Today (clock: 1 March 11:00 local) at 12:00 would be fine; the 28 February is past.
        drop(panel.monthView(), draft, panel.monthView()->cellRect(QDate(2026, 2, 28)).center());
        // Refused at once (see above: no waiting needed).
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 10, 12, 0));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("calendarMessage"))
                    ->text()
                    .contains(QStringLiteral("10 minutes")));
    }

    void weekViewDropsOnQuarterHourSlots()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 9, 0));
        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.setMode(CalendarPanel::Mode::Week);
        panel.showDate(QDate(2026, 3, 10));
        QVERIFY(reloaded.wait(5000));
        WeekView *week = panel.weekView();
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 3, 9));
        const QPoint target = week->pointFor(berlin(3, 12, 14, 45)) + QPoint(5, 3);
        QCOMPARE(*week->timeAt(target, nullptr), berlin(3, 12, 14, 45));
        drop(week, draft, target);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 12, 14, 45));
    }

    void conflictsAreFound()
    {
        auto make = [](qint64 id, const QDateTime &at, const QString &account) {
            Post p;
            p.id = id;
            p.plannedAt = at.toUTC();
            p.accounts = {{account, {}, {}}};
            return p;
        };
        const auto close = ConflictRules::find({make(1, berlin(3, 10, 9, 0), QStringLiteral("a")),
                                                make(2, berlin(3, 10, 9, 3), QStringLiteral("a")),
                                                make(3, berlin(3, 10, 9, 1), QStringLiteral("b"))});
        QVERIFY(close.contains(1) && close.contains(2));
        QVERIFY(!close.contains(3)); // another account
        // The same account twice at the very same minute: both flagged (not one lost).
        const auto same = ConflictRules::find({make(4, berlin(3, 10, 9, 0), QStringLiteral("a")),
                                               make(5, berlin(3, 10, 9, 0), QStringLiteral("a"))});
        QVERIFY(same.contains(4) && same.contains(5));
        // Many posts a day are the 24-hour cap's business (overCap), not a second count here:
        // 16 posts an hour apart, each within what TikTok allows, warn of nothing.
        QList<Post> busy;
        for (int i = 0; i < 16; ++i)
            busy.append(make(100 + i, berlin(3, 10, 6, 0).addSecs(i * 3600), QStringLiteral("a")));
        QVERIFY(ConflictRules::find(busy).isEmpty());
    }

    void chipsShowTheirPreviewAndAccountsByName()
    {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Draft;
        post.caption = QStringLiteral("Launch day");
        post.plannedAt = berlin(3, 10, 18).toUTC();
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}},
                         {QStringLiteral("acc_tiktok_2"), {}, {}}};
        PostMedia video;
        video.path = test::dataFile(QStringLiteral("vertical.mp4"));
        video.kind = MediaKind::Video;
        post.media = {video};
        auto saved = storage->saveContent(post);
        saved.waitForFinished();
        const qint64 id = saved.result().value.id;

        ThumbnailCache thumbnails(dir.filePath(QStringLiteral("thumbnails")), QSize(64, 64));
        CalendarPanel panel(storage.get(), clock);
        panel.setThumbnails(&thumbnails);
        panel.setAccountNames(
            {{QStringLiteral("acc_tiktok_1"), QStringLiteral("@alice")}}); // _2 unknown
        panel.resize(1400, 800); // wide enough for the accounts on a chip
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 10));
        QVERIFY(reloaded.wait(5000));
        MonthView *month = panel.monthView();
        QVERIFY(month->chipText(id).contains(QStringLiteral("@alice +1")));
        QVERIFY(month->chipText(id).contains(QStringLiteral("Launch day")));

        // The first paint asks for the preview; once made, the chip draws it.
        QSignalSpy ready(&thumbnails, &ThumbnailCache::thumbnailReady);
        const QRect chip = month->chipRect(id);
        const QImage before = month->grab(chip).toImage();
        QVERIFY(!month->chipHasThumbnail(id));
        QVERIFY(ready.wait(10000));
        const QImage after = month->grab(chip).toImage();
        QVERIFY(month->chipHasThumbnail(id));
        QVERIFY2(before != after, "the chip must look different with its preview");

        // The agenda lists the same post, under its day's header, with its preview and both
        // accounts.
        panel.setMode(CalendarPanel::Mode::Agenda);
        QTRY_VERIFY(panel.findChild<QListView *>(QStringLiteral("agendaView"))->model()->rowCount()
                    == 2);
        const QModelIndex row =
            panel.findChild<QListView *>(QStringLiteral("agendaView"))->model()->index(1, 0);
        QVERIFY(
            row.data(Qt::DisplayRole).toString().contains(QStringLiteral("@alice, acc_tiktok_2")));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    void clickingAChipAsksToOpenThatPost()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 18, 15));
        const qint64 scheduled = save(PostState::Scheduled, berlin(3, 11, 18, 0));
        const auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        MonthView *month = panel->monthView();
        QSignalSpy activated(panel.get(), &CalendarPanel::postActivated);
        QTest::mouseClick(month, Qt::LeftButton, {}, month->chipRect(draft).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().first().toLongLong(), draft);
        // A post that cannot move still opens (to be looked at).
        QTest::mouseClick(month, Qt::LeftButton, {}, month->chipRect(scheduled).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().first().toLongLong(), scheduled);
        // A click on an empty day opens nothing.
        QTest::mouseClick(month, Qt::LeftButton, {}, month->cellRect(QDate(2026, 3, 18)).center());
        QVERIFY(activated.isEmpty());
    }

    void doubleClickingAnEmptySlotAsksForANewDraftThere()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 18, 15));
        const auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        MonthView *month = panel->monthView();
        QSignalSpy requested(panel.get(), &CalendarPanel::newPostRequested);
        QSignalSpy activated(panel.get(), &CalendarPanel::postActivated);

        // Month: that day at 09:00 local (here after the DST change: 09:00 CEST is 07:00 UTC).
        const QRect cell = month->cellRect(QDate(2026, 3, 30));
        doubleClick(month, cell.bottomLeft() + QPoint(10, -5));
        QCOMPARE(requested.size(), 1);
        const QDateTime asked = requested.takeFirst().first().toDateTime();
        QCOMPARE(asked, berlin(3, 30, 9, 0));
        QCOMPARE(asked.toUTC(), QDateTime(QDate(2026, 3, 30), QTime(7, 0), Qt::UTC));

        // On a chip it is the post that opens, not a new draft.
        doubleClick(month, month->chipRect(draft).center());
        QVERIFY(requested.isEmpty());
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().first().toLongLong(), draft);

        // Week: the time of the slot, to the quarter hour.
        panel->setMode(CalendarPanel::Mode::Week);
        WeekView *week = panel->weekView();
        QTRY_VERIFY(week->chipRect(draft).isValid());
        doubleClick(week, week->pointFor(berlin(3, 12, 14, 45)) + QPoint(5, 3));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().first().toDateTime(), berlin(3, 12, 14, 45));
        // The hour gutter is no slot.
        doubleClick(week, QPoint(5, week->pointFor(berlin(3, 12, 14, 0)).y() + 3));
        QVERIFY(requested.isEmpty());
    }

    void chipTooltipGivesTheUtcTimeAndWhyItCannotMove()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 18, 15));        // CET, UTC+1
        const qint64 scheduled = save(PostState::Scheduled, berlin(3, 30, 0, 30)); // CEST, UTC+2
        const auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        MonthView *month = panel->monthView();

        const QString draftTip = tooltipAt(month, month->chipRect(draft).center());
        QVERIFY2(draftTip.contains(QStringLiteral("2026-03-10 17:15 UTC")), qPrintable(draftTip));
        QVERIFY2(!draftTip.contains(QStringLiteral("Cannot be moved")), qPrintable(draftTip));

        // Shown on the 30th, local; the tooltip gives the UTC time, still on the 29th.
        QVERIFY(month->cellRect(QDate(2026, 3, 30)).contains(month->chipRect(scheduled).center()));
        const QString lockedTip = tooltipAt(month, month->chipRect(scheduled).center());
        QVERIFY2(lockedTip.contains(QStringLiteral("2026-03-29 22:30 UTC")), qPrintable(lockedTip));
        const Post *locked = month->post(scheduled);
        QVERIFY(locked);
        QVERIFY(!PostChipStyle::lockReason(*locked).isEmpty());
        QVERIFY2(lockedTip.contains(QStringLiteral("Cannot be moved: ")
                                    + PostChipStyle::lockReason(*locked)),
                 qPrintable(lockedTip));
        QVERIFY2(lockedTip.contains(QStringLiteral("Crosspostify")), qPrintable(lockedTip));

        // Away from the chips the tooltip goes (it fades out, hence the wait).
        const QPoint empty = month->cellRect(QDate(2026, 3, 18)).center();
        QHelpEvent help(QEvent::ToolTip, empty, month->mapToGlobal(empty));
        QCoreApplication::sendEvent(month, &help);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void previousTodayAndNextChangeTheShownMonth()
    {
        const qint64 february = save(PostState::Draft, berlin(2, 10, 12));
        const qint64 march = save(PostState::Draft, berlin(3, 10, 12));
        const qint64 april = save(PostState::Draft, berlin(4, 15, 12));
        const auto panel = shownPanel(QDate(2026, 3, 10));
        QVERIFY(panel);
        MonthView *month = panel->monthView();
        auto *title = panel->findChild<QLabel *>(QStringLiteral("calendarTitle"));
        auto *previous = panel->findChild<QToolButton *>(QStringLiteral("calendarPrevious"));
        auto *today = panel->findChild<QToolButton *>(QStringLiteral("calendarToday"));
        auto *next = panel->findChild<QToolButton *>(QStringLiteral("calendarNext"));
        QVERIFY(previous && today && next);
        const QLocale locale; // German (see initTestCase)
        const auto monthTitle = [&](int m) -> QString {
            return locale.standaloneMonthName(m) + QStringLiteral(" 2026");
        };
        QCOMPARE(title->text(), monthTitle(3));
        QVERIFY(month->chipRect(march).isValid());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(title->text(), monthTitle(4));
        QCOMPARE(month->firstVisibleDay(), QDate(2026, 3, 30));
        QTRY_VERIFY(month->chipRect(april).isValid());
        QVERIFY(!month->chipRect(march).isValid());

        QTest::mouseClick(previous, Qt::LeftButton);
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(title->text(), monthTitle(2));
        QTRY_VERIFY(month->chipRect(february).isValid());
        QVERIFY(!month->chipRect(march).isValid());
        QVERIFY(!month->chipRect(april).isValid());

        // Today is the clock's day (1 March 2026), not the machine's.
        QTest::mouseClick(today, Qt::LeftButton);
        QCOMPARE(title->text(), monthTitle(3));
        QCOMPARE(month->anchor(), QDate(2026, 3, 1));
        QTRY_VERIFY(month->chipRect(march).isValid());
        QVERIFY(!month->chipRect(february).isValid());
        QVERIFY(!month->chipRect(april).isValid());

        // In the week view, a step is a week.
        panel->setMode(CalendarPanel::Mode::Week);
        WeekView *week = panel->weekView();
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 2, 23));
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 3, 9));
        QTRY_VERIFY(week->chipRect(march).isValid());
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 3, 2));
        QTRY_VERIFY(!week->chipRect(march).isValid());
    }

    void inTheWindowAChipOpensInTheComposerAndCtrlZUndoesAMove()
    {
        // The window runs on the system clock: days ahead of the real today.
        const QDate day = QDate::currentDate().addDays(10);
        const QDateTime planned(day, QTime(18, 15));
        const qint64 draft = save(PostState::Draft, planned);
        ApiClient client; // never called here: the window needs one for its accounts panel
        MainWindow window(&client, nullptr, storage.get());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CalendarPanel *panel = window.calendarPanel();
        DraftEditor *editor = window.composer()->editor();
        MonthView *month = panel->monthView();
        panel->showDate(day);
        QTRY_VERIFY(month->chipRect(draft).isValid());

        // A click on the chip opens the post in the composer.
        QSignalSpy loaded(editor, &DraftEditor::loaded);
        QTest::mouseClick(month, Qt::LeftButton, {}, month->chipRect(draft).center());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(editor->post().id, draft);
        QCOMPARE(window.composer()->caption()->toPlainText(), QStringLiteral("draft"));

        // A double click on an empty day starts a new draft there, at 09:00.
        const QDate free = day.addDays(3);
        doubleClick(month, month->cellRect(free).bottomLeft() + QPoint(10, -5));
        QTRY_COMPARE(editor->post().plannedAt, std::optional(QDateTime(free, QTime(9, 0)).toUTC()));
        QCOMPARE(editor->post().id, 0);

        // Moved by dragging, then Ctrl+Z pressed in the calendar: back where it was.
        drop(month, draft, month->cellRect(day.addDays(2)).center());
        QTRY_COMPARE(load(draft)->plannedAt, std::optional(planned.addDays(2).toUTC()));
        QTRY_VERIFY(month->cellRect(day.addDays(2)).contains(month->chipRect(draft).center()));
        month->setFocus();
        QCOMPARE(QApplication::focusWidget(), month);
        QTest::keyClick(month, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(load(draft)->plannedAt, std::optional(planned.toUTC()));
        QTRY_VERIFY(month->cellRect(day).contains(month->chipRect(draft).center()));
        QCOMPARE(panel->undoStack()->index(), 0);
        // And redo (Ctrl+Shift+Z or Ctrl+Y, as the platform has it) moves it again.
        QTest::keySequence(month, QKeySequence::keyBindings(QKeySequence::Redo).constFirst());
        QTRY_COMPARE(load(draft)->plannedAt, std::optional(planned.addDays(2).toUTC()));
    }
    void aPostOpenInTheComposerMovedAndUndoneKeepsWhatIsTyped()
    {
        // The user opens a draft from the calendar, drags its chip to another day, writes on in
        // the composer, then takes the move back with Ctrl+Z: the database and the composer
        // follow every step, and nothing typed is lost (a move made behind the composer's back
        // used to make its later saves refused as conflicting).
        const QDate day = QDate::currentDate().addDays(10);
        const QDateTime planned(day, QTime(18, 15));
        const std::optional<QDateTime> moved = planned.addDays(2).toUTC();
        const qint64 draft = save(PostState::Draft, planned);
        ApiClient client; // never called here: the window needs one for its accounts panel
        MainWindow window(&client, nullptr, storage.get());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CalendarPanel *panel = window.calendarPanel();
        DraftEditor *editor = window.composer()->editor();
        auto *picker = window.composer()->findChild<SchedulePicker *>();
        QVERIFY(picker);
        MonthView *month = panel->monthView();
        panel->showDate(day);
        QTRY_VERIFY(month->chipRect(draft).isValid());
        QSignalSpy loaded(editor, &DraftEditor::loaded);
        QTest::mouseClick(month, Qt::LeftButton, {}, month->chipRect(draft).center());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(editor->post().id, draft);

        drop(month, draft, month->cellRect(day.addDays(2)).center());
        QTRY_COMPARE(load(draft)->plannedAt, moved);
        QTRY_COMPARE(editor->post().plannedAt, moved); // the composer hears of it and shows it
        QCOMPARE(picker->scheduledAtUtc(), moved);

        window.composer()->caption()->setPlainText(QStringLiteral("Written after the move"));
        editor->saveNow();
        QTRY_COMPARE(load(draft)->caption, QStringLiteral("Written after the move"));
        QCOMPARE(load(draft)->plannedAt, moved);

        // Ctrl+Z in the calendar takes back the move, not the writing.
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(load(draft)->plannedAt, std::optional(planned.toUTC()));
        QTRY_COMPARE(editor->post().plannedAt, std::optional(planned.toUTC()));
        QCOMPARE(picker->scheduledAtUtc(), std::optional(planned.toUTC()));
        QCOMPARE(load(draft)->caption, QStringLiteral("Written after the move"));
        window.composer()->caption()->setPlainText(QStringLiteral("And after the undo"));
        editor->saveNow();
        QTRY_COMPARE(load(draft)->caption, QStringLiteral("And after the undo"));
        QCOMPARE(load(draft)->plannedAt, std::optional(planned.toUTC()));
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
