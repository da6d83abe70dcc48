// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The queue on the calendar: empty posting slots drawn where they fall (an account in New York
// seen from Berlin, across Berlin's change to summer time), a chip dropped on one landing at
// exactly the slot's time, the month's "free slots" hint, the account filter, "Move to next
// slot" as one undo step, and "Shuffle queue" keeping its set of times.

#include "TestStorage.h"
#include "actions/BulkPostActions.h"
#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "storage/StorageWorker.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <algorithm>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
QDateTime berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::LocalTime); // TZ is Berlin
}
const QString ny = QStringLiteral("acc_ny");
} // namespace

class TestCalendarSlots : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    // Friday 2026-03-20: New York is on summer time already (since 8 March), Berlin changes on
    // Sunday 29 March at 02:00.
    ManualClock clock{utc("2026-03-20T10:00:00Z")};
    std::unique_ptr<StorageWorker> storage;

    qint64 save(const QDateTime &when, PostState state = PostState::Ready,
                const QString &account = ny)
    {
        Post post;
        post.type = PostType::Photo;
        post.caption = QStringLiteral("at %1").arg(when.toString(Qt::ISODate));
        post.state = state;
        post.plannedAt = when.toUTC();
        post.accounts = {{account, {}, {}}};
        return storage->saveContent(post).result().value.id;
    }

    QDateTime plannedAt(qint64 id)
    {
        const auto post = storage->load(id).result().value;
        return post && post->plannedAt ? post->plannedAt->toUTC() : QDateTime();
    }

    static void drop(QWidget *view, qint64 id, const QPoint &at)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(CalendarGridView::postMimeType), QByteArray::number(id));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &enter);
        QDropEvent dropEvent(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &dropEvent);
    }

    static QString tooltipAt(QWidget *view, const QPoint &at)
    {
        QHelpEvent help(QEvent::ToolTip, at, view->mapToGlobal(at));
        QCoreApplication::sendEvent(view, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

    std::unique_ptr<CalendarPanel> weekPanel(const QDate &date)
    {
        auto panel = std::make_unique<CalendarPanel>(storage.get(), clock);
        panel->resize(1000, 800);
        panel->show();
        QSignalSpy reloaded(panel.get(), &CalendarPanel::reloaded);
        panel->setMode(CalendarPanel::Mode::Week);
        panel->showDate(date);
        if (!reloaded.wait(5000))
            return nullptr;
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // weeks start on Monday
    }

    void init()
    {
        storage = test::openTestStorage(dir, clock);
        QVERIFY(storage);
        QVERIFY(storage
                    ->saveAccounts(
                        {{ny, QStringLiteral("tiktok"), QStringLiteral("Big Apple Bites"), {}, {}},
                         {QStringLiteral("acc_be"),
                          QStringLiteral("tiktok"),
                          QStringLiteral("Spree Snacks"),
                          {},
                          {}}})
                    .result()
                    .ok());
        // Every day at 09:00 New York time.
        QVERIFY(storage
                    ->setPostingSlots(
                        {ny, QStringLiteral("Mon-Sun 09:00"), QStringLiteral("America/New_York")})
                    .result()
                    .ok());
    }

    void cleanup() { storage.reset(); }

    void emptySlotsAreDrawnWhereTheyFall()
    {
        // Wednesday's slot is held by a ready post; a draft on Friday's holds nothing.
        QVERIFY(save(utc("2026-03-25T13:00:00Z")) > 0);
        QVERIFY(save(utc("2026-03-27T13:00:00Z"), PostState::Draft) > 0);
        const auto panel = weekPanel(QDate(2026, 3, 25));
        QVERIFY(panel);
        WeekView *week = panel->weekView();
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 3, 23));
        QCOMPARE(week->emptySlots().size(), 6);
        // 09:00 in New York is 13:00 UTC: 14:00 in Berlin until Saturday, 15:00 on Sunday,
        // once Berlin is on summer time too.
        const QRect monday = week->emptySlotRect(utc("2026-03-23T13:00:00Z"));
        QVERIFY(!monday.isNull());
        QCOMPARE(monday.topLeft(), week->pointFor(berlin(3, 23, 14)) + QPoint(1, 0));
        const QRect sunday = week->emptySlotRect(utc("2026-03-29T13:00:00Z"));
        QCOMPARE(sunday.topLeft(), week->pointFor(berlin(3, 29, 15)) + QPoint(1, 0));
        QVERIFY(week->emptySlotRect(utc("2026-03-25T13:00:00Z")).isNull());  // held
        QVERIFY(!week->emptySlotRect(utc("2026-03-27T13:00:00Z")).isNull()); // a draft: free
        // Hovering names the account.
        QCOMPARE(week->emptySlotAccountsAt(monday.center()),
                 QStringList{QStringLiteral("Big Apple Bites")});
        QVERIFY(tooltipAt(week, monday.center()).contains(QStringLiteral("Big Apple Bites")));

        // The filter on the other account: none of New York's slots is shown.
        QComboBox *filter = panel->filterBar()->accountBox();
        QTRY_VERIFY(filter->findData(QStringLiteral("acc_be")) > 0);
        filter->setCurrentIndex(filter->findData(QStringLiteral("acc_be")));
        QTRY_COMPARE(week->emptySlots().size(), 0);
        filter->setCurrentIndex(filter->findData(ny));
        QTRY_COMPARE(week->emptySlots().size(), 6);

        // The month: a hint per day.
        QSignalSpy reloaded(panel.get(), &CalendarPanel::reloaded);
        panel->setMode(CalendarPanel::Mode::Month);
        QTRY_VERIFY(panel->monthView()->freeSlotCount(QDate(2026, 3, 23)) == 1);
        QCOMPARE(panel->monthView()->freeSlotCount(QDate(2026, 3, 25)), 0);
        QVERIFY(MonthView::freeSlotHint(2).startsWith(QStringLiteral("2 free slot")));
    }

    void aChipDroppedOnAnEmptySlotTakesItsTime()
    {
        const qint64 id = save(berlin(3, 24, 9, 0));
        const auto panel = weekPanel(QDate(2026, 3, 24));
        QVERIFY(panel);
        WeekView *week = panel->weekView();
        const QDateTime thursday = utc("2026-03-26T13:00:00Z");
        const QRect slot = week->emptySlotRect(thursday);
        QVERIFY(!slot.isNull());
        // Lower in the outline the 15-minute grid would say 14:15: the slot says 14:00.
        const QPoint target = slot.center() + QPoint(0, 4);
        QCOMPARE(*week->timeAt(target, nullptr), thursday.toLocalTime());
        drop(week, id, target);
        QCOMPARE(panel->undoStack()->count(), 1);
        QTRY_COMPARE(plannedAt(id), thursday);
        // The slot is held now, the post's old time was no slot.
        QTRY_VERIFY(week->emptySlotRect(thursday).isNull());
        // Undo frees it again.
        panel->undoStack()->undo();
        QTRY_COMPARE(plannedAt(id), berlin(3, 24, 9, 0).toUTC());
        QTRY_VERIFY(!week->emptySlotRect(thursday).isNull());
    }

    void moveToNextSlotIsOneUndoStep()
    {
        // Two posts on Monday's and Tuesday's slots; Wednesday's is held by a post being
        // uploaded (it cannot move): Tuesday's goes to Thursday, Monday's to Tuesday.
        const qint64 monday = save(utc("2026-03-23T13:00:00Z"));
        const qint64 tuesday = save(utc("2026-03-24T13:00:00Z"));
        const qint64 busy = save(utc("2026-03-25T13:00:00Z"));
        QVERIFY(storage->transition(busy, {PostState::Ready}, PostState::Uploading).result().ok());
        QUndoStack undo;
        QWidget window;
        BulkPostActions actions(storage.get(), &undo, &window, clock);
        QSignalSpy message(&actions, &BulkPostActions::message);
        actions.moveToNextSlot({monday, tuesday, busy});
        QTRY_COMPARE(undo.count(), 1);
        QTRY_COMPARE(plannedAt(tuesday), utc("2026-03-26T13:00:00Z"));
        QTRY_COMPARE(plannedAt(monday), utc("2026-03-24T13:00:00Z"));
        QCOMPARE(plannedAt(busy), utc("2026-03-25T13:00:00Z"));
        QVERIFY(message.wait(5000) || !message.isEmpty());
        QVERIFY2(message.last().first().toString().contains(QStringLiteral("skipped")),
                 qPrintable(message.last().first().toString()));
        undo.undo();
        QTRY_COMPARE(plannedAt(monday), utc("2026-03-23T13:00:00Z"));
        QTRY_COMPARE(plannedAt(tuesday), utc("2026-03-24T13:00:00Z"));
        QTRY_VERIFY(!message.last().first().toString().contains(QStringLiteral("Undo")));

        // An account without slots: refused with the queue's reason, nothing pushed.
        const qint64 other =
            save(utc("2026-03-23T13:00:00Z"), PostState::Ready, QStringLiteral("acc_be"));
        message.clear();
        actions.moveToNextSlot({other});
        QVERIFY(message.wait(5000));
        QVERIFY2(message.last().first().toString().contains(QStringLiteral("no posting slots")),
                 qPrintable(message.last().first().toString()));
        QCOMPARE(undo.count(), 1);
    }

    void shuffleKeepsTheTimesAndUndoes()
    {
        QList<qint64> ids;
        QList<QDateTime> times;
        for (int day = 23; day <= 27; ++day) {
            times.append(utc(qPrintable(QStringLiteral("2026-03-%1T13:00:00Z").arg(day))));
            ids.append(save(times.last()));
        }
        const qint64 locked = save(utc("2026-03-28T13:00:00Z"));
        QVERIFY(
            storage->transition(locked, {PostState::Ready}, PostState::Uploading).result().ok());
        const qint64 offSlot = save(utc("2026-03-28T15:00:00Z"));
        const auto panel = weekPanel(QDate(2026, 3, 24));
        QVERIFY(panel);
        QRandomGenerator seeded(7);
        panel->setRandom(&seeded);
        panel->shuffleQueue(ny);
        QTRY_COMPARE(panel->undoStack()->count(), 1);
        QList<QDateTime> after;
        QTRY_VERIFY([&] {
            after.clear();
            for (qint64 id : ids)
                after.append(plannedAt(id));
            return after != times;
        }());
        QList<QDateTime> sorted = after;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, times); // the same set of times
        QCOMPARE(plannedAt(locked), utc("2026-03-28T13:00:00Z"));
        QCOMPARE(plannedAt(offSlot), utc("2026-03-28T15:00:00Z"));
        panel->undoStack()->undo();
        for (qsizetype i = 0; i < ids.size(); ++i)
            QTRY_COMPARE(plannedAt(ids.at(i)), times.at(i));
    }
};

QTEST_MAIN(TestCalendarSlots)
#include "tst_calendarslots.moc"
