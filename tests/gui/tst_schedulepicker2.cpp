// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The picker as a user meets it: the calendar pop-up (which days, which month it opens on),
// typing a whole date, the arrows' 5-minute step and the window's limits under the field.

#include "compose/SchedulePicker.h"
#include "support/Clock.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <ctime>

using namespace tokdeck;

namespace {
QDateTime utc(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}
QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime);
}
} // namespace

class TestSchedulePicker2 : public QObject
{
    Q_OBJECT

    ManualClock clock{utc(2026, 12, 1, 12, 0, 30)};
    std::unique_ptr<SchedulePicker> picker;

    template<typename T> T *child(const char *name)
    {
        auto *widget = picker->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QDateTimeEdit *edit() { return child<QDateTimeEdit>("scheduleEdit"); }
    QString message() { return child<QLabel>("scheduleMessage")->text(); }

    // Clicks the field's arrow, as a user opens the pop-up.
    QCalendarWidget *openCalendar()
    {
        QStyleOptionComboBox option;
        option.initFrom(edit());
        option.editable = true;
        option.subControls = QStyle::SC_All;
        const QRect arrow = edit()->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                            QStyle::SC_ComboBoxArrow, edit());
        QTest::mouseClick(edit(), Qt::LeftButton, {}, arrow.center());
        QCalendarWidget *calendar = edit()->calendarWidget();
        if (!QTest::qWaitFor([calendar] { return calendar->isVisible(); }))
            qWarning("the calendar did not open");
        return calendar;
    }

    void typeIntoField(const QString &text)
    {
        edit()->setFocus();
        QTest::keyClicks(edit(), text);
        QTest::keyClick(edit(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
        QCOMPARE(berlin(2026, 7, 1, 12).offsetFromUtc(), 7200);
    }

    void init()
    {
        clock.set(utc(2026, 12, 1, 12, 0, 30)); // 13:00:30 in Berlin
        picker = std::make_unique<SchedulePicker>(clock);
        picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
        child<QRadioButton>("scheduleRadio")->click();
    }

    void cleanup() { picker.reset(); }

    void calendarRefusesPastDays()
    {
        picker->setScheduledAtUtc(utc(2026, 11, 20, 9, 0)); // a date already gone
        QCalendarWidget *calendar = openCalendar();
        QVERIFY(calendar->isVisible());
        QCOMPARE(calendar->minimumDate(), QDate(2026, 12, 1));
        QCOMPARE(calendar->maximumDate(), QDate(2026, 12, 31)); // 30 days on, in Berlin
        QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 1)); // the next day one can pick
        // Opening the pop-up changed nothing the user chose.
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 11, 20, 9, 0));
        calendar->setSelectedDate(QDate(2026, 11, 30));         // a day before the window...
        QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 1)); // ...cannot be selected
        calendar->window()->close();
    }

    void calendarOpensOnNextJanuary()
    {
        clock.set(utc(2026, 12, 20, 10, 0));
        picker->setScheduledAtUtc(utc(2027, 1, 12, 9, 0));
        QCalendarWidget *calendar = openCalendar();
        QCOMPARE(calendar->yearShown(), 2027);
        QCOMPARE(calendar->monthShown(), 1);
        QCOMPARE(calendar->selectedDate(), QDate(2027, 1, 12));
        calendar->window()->close();

        // Late on New Year's Eve the next day one can pick is in January, whatever was chosen.
        clock.set(utc(2026, 12, 31, 22, 55)); // 23:55 in Berlin
        picker->setScheduledAtUtc(utc(2026, 12, 1, 9, 0));
        calendar = openCalendar();
        QCOMPARE(calendar->yearShown(), 2027);
        QCOMPARE(calendar->monthShown(), 1);
        QCOMPARE(calendar->selectedDate(), QDate(2027, 1, 1));
        calendar->window()->close();
    }

    void typedDateIsTakenAsTyped()
    {
        typeIntoField(QStringLiteral("20 Jan 2027 10:00"));
        QCOMPARE(picker->scheduledAtUtc(), berlin(2027, 1, 20, 10, 0).toUTC());
        QCOMPARE(edit()->dateTime(), berlin(2027, 1, 20, 10, 0));
        QVERIFY(picker->isAcceptable()); // beyond 30 days: held locally, a note
    }

    void unreadableTextIsRefusedWithAHint()
    {
        picker->setScheduledAtUtc(utc(2026, 12, 5, 9, 0)); // 10:00 in Berlin
        typeIntoField(QStringLiteral("next friday at ten"));
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 12, 5, 9, 0)); // not another date
        QVERIFY(!picker->isAcceptable());
        QVERIFY2(message().contains(QStringLiteral("next friday at ten")), qPrintable(message()));
        QVERIFY2(message().contains(QStringLiteral("5 Dec 2026 10:00")), qPrintable(message()));
        // The next good value clears it.
        typeIntoField(QStringLiteral("6 Dec 2026 11:30"));
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 12, 6, 10, 30));
        QVERIFY(picker->isAcceptable());
    }

    void minutesStepByFive()
    {
        QVERIFY(!edit()->displayFormat().contains(QLatin1Char('s')));
        picker->setScheduledAtUtc(utc(2026, 12, 2, 9, 3)); // 10:03 in Berlin
        edit()->setFocus();
        edit()->setCurrentSection(QDateTimeEdit::MinuteSection);
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(edit()->time(), QTime(10, 5));
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(edit()->time(), QTime(10, 10));
        QTest::keyClick(edit(), Qt::Key_Down);
        QCOMPARE(edit()->time(), QTime(10, 5));
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 12, 2, 9, 5));
    }

    void theWindowIsShownAndTheLimitsAreTimes()
    {
        const QString window = child<QLabel>("scheduleWindowLabel")->text();
        QVERIFY2(window.contains(QStringLiteral("From 13:10 today")), qPrintable(window));
        QVERIFY2(window.contains(QStringLiteral("31 Dec, 13:00")), qPrintable(window));
        QVERIFY2(window.contains(QStringLiteral("further out")), qPrintable(window));

        picker->setScheduledAtUtc(utc(2026, 12, 1, 12, 5));
        QVERIFY2(message().contains(QStringLiteral("too soon")), qPrintable(message()));
        QVERIFY2(message().contains(QStringLiteral("1 Dec 2026 13:10")), qPrintable(message()));
        QVERIFY(!message().contains(QStringLiteral(":30"))); // no seconds

        picker->setScheduledAtUtc(utc(2026, 1, 4, 19, 27)); // eleven months ago
        QVERIFY2(message().contains(QStringLiteral("already passed")), qPrintable(message()));
    }
};

QTEST_MAIN(TestSchedulePicker2)
#include "tst_schedulepicker2.moc"
