// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The calendar at start-up reads only the range on screen; the neighbouring months, there so
// that paging is instant, follow when the pointer is on an arrow or a moment later.

#include "calendar/CalendarPanel.h"
#include "storage/StorageWorker.h"
#include "storage/Stores.h"

#include <QCursor>
#include <QEnterEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tokdeck;

class TestCalendarPrefetch : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageWorker> storage;

    std::unique_ptr<CalendarPanel> shownPanel()
    {
        auto panel = std::make_unique<CalendarPanel>(storage.get());
        // Away from the pointer: a window shown under it is entered at once.
        QCursor::setPos(0, 0);
        panel->setGeometry(200, 200, 900, 700);
        panel->show();
        QSignalSpy reloaded(panel.get(), &CalendarPanel::reloaded);
        panel->reload();
        if (!reloaded.wait(5000))
            return nullptr;
        return panel;
    }

    // The storage worker answers in order: once this is answered, so is any read asked before,
    // and its answer is delivered by the events processed here.
    void drainStorage()
    {
        storage->run([](Stores &) { return 0; }).waitForFinished();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        storage = std::make_unique<StorageWorker>(dir.filePath(QStringLiteral("prefetch.sqlite")));
        QVERIFY(storage->open().result().ok());
        Post post;
        post.caption = QStringLiteral("Next month");
        post.plannedAt = QDateTime::currentDateTimeUtc().addMonths(1);
        QVERIFY(storage->saveContent(post).result().ok());
    }

    void cleanup() { storage.reset(); }

    void theStartReadsOnlyWhatIsOnScreenThenTheNeighboursWhenThePointerIsOnAnArrow()
    {
        const std::unique_ptr<CalendarPanel> panel = shownPanel();
        QVERIFY(panel);
        QVERIFY(panel->holds(0));
        drainStorage();
        QVERIFY(!panel->holds(+1));
        QVERIFY(!panel->holds(-1));

        QEnterEvent enter(QPointF(10, 10), QPointF(10, 10), panel->mapToGlobal(QPointF(10, 10)));
        QCoreApplication::sendEvent(panel->findChild<QToolButton *>(QStringLiteral("calendarNext")),
                                    &enter);
        QTRY_VERIFY(panel->holds(+1) && panel->holds(-1));
        // Paging is then instant: the month is on screen within the step.
        QSignalSpy reloaded(panel.get(), &CalendarPanel::reloaded);
        panel->step(+1);
        QCOMPARE(reloaded.size(), 1);
        // and the next ones are read while the user looks at this one.
        QTRY_VERIFY(panel->holds(+1));
    }

    void theNeighboursAreReadSoonWithoutThePointerToo()
    {
        const std::unique_ptr<CalendarPanel> panel = shownPanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->holds(+1) && panel->holds(-1), 10'000);
    }
};

QTEST_MAIN(TestCalendarPrefetch)
#include "tst_calendarprefetch.moc"
