// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/SchedulePicker.h"
#include "support/Clock.h"
#include "support/UtcTime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <ctime>

using namespace tokdeck;

namespace {
QDateTime utc(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}
QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime); // TZ is Berlin
}
} // namespace

class TestSchedulePicker : public QObject
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
    QString message() { return child<QLabel>("scheduleMessage")->text(); }
    QString severity() { return child<QLabel>("scheduleMessage")->property("severity").toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ",
                "Europe/Berlin"); // DST 2026: starts 03-29 02:00 local, ends 10-25 03:00 local
        tzset();
        QCOMPARE(berlin(2026, 7, 1, 12).offsetFromUtc(), 7200); // the zone really took effect
    }

    void init()
    {
        clock.set(utc(2026, 12, 1, 12, 0, 30));
        picker = std::make_unique<SchedulePicker>(clock);
        picker->show();
    }

    void cleanup() { picker.reset(); }

    void startsWithPostNowAndNoHandOver()
    {
        QVERIFY(child<QRadioButton>("postNowRadio")->isChecked());
        QCOMPARE(picker->scheduledAtUtc(), std::nullopt);
        QVERIFY(!child<QComboBox>("handOverCombo")->isEnabled());
        QVERIFY(!child<QDateTimeEdit>("scheduleEdit")->isEnabled());
        QVERIFY(child<QLabel>("utcLabel")->text().isEmpty());
        QVERIFY(picker->isAcceptable());
        QCOMPARE(picker->handOver(), HandOver::Now);
        // Keyboard reachable: every control takes focus by Tab.
        for (const char *name : {"postNowRadio", "scheduleRadio", "scheduleEdit", "inOneHourButton",
                                 "tomorrowButton", "handOverCombo"})
            QVERIFY2(picker->findChild<QWidget *>(QString::fromLatin1(name))->focusPolicy()
                         & Qt::TabFocus,
                     name);
        QVERIFY(child<QDateTimeEdit>("scheduleEdit")->calendarPopup());
    }

    void quickPicksGiveTheRightUtc()
    {
        QSignalSpy changed(picker.get(), &SchedulePicker::changed);
        QTest::mouseClick(child<QPushButton>("inOneHourButton"), Qt::LeftButton);
        QVERIFY(child<QRadioButton>("scheduleRadio")->isChecked());
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 12, 1, 13, 0)); // whole minutes
        QCOMPARE(child<QLabel>("utcLabel")->text(), QStringLiteral("= 2026-12-01 13:00 UTC"));
        QCOMPARE(child<QDateTimeEdit>("scheduleEdit")->dateTime(),
                 berlin(2026, 12, 1, 14, 0)); // CET
        QCOMPARE(changed.count(), 1);

        QTest::mouseClick(child<QPushButton>("tomorrowButton"), Qt::LeftButton);
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 12, 2, 8, 0)); // 09:00 CET
        QCOMPARE(child<QLabel>("utcLabel")->text(), QStringLiteral("= 2026-12-02 08:00 UTC"));
        QVERIFY(
            child<QLabel>("utcLabel")->toolTip().contains(QStringLiteral("2026-12-02T08:00:00Z")));
        QVERIFY(picker->isAcceptable());
        QCOMPARE(changed.count(), 2);
    }

    void tomorrowIsTheLocalDay()
    {
        // 23:30 UTC is already the next day in Berlin: "tomorrow" is the day after that.
        clock.set(utc(2026, 12, 1, 23, 30));
        picker->pickTomorrowMorning();
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 12, 3, 8, 0));
    }

    void quickPicksAcrossDst()
    {
        clock.set(utc(2026, 3, 28, 12, 0)); // Saturday; clocks spring forward overnight
        picker->pickTomorrowMorning();
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 3, 29, 7, 0)); // 09:00 CEST = UTC+2

        clock.set(utc(2026, 10, 24, 12, 0)); // clocks fall back overnight
        picker->pickTomorrowMorning();
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 10, 25, 8, 0)); // 09:00 CET = UTC+1

        clock.set(utc(2026, 3, 29, 0, 30)); // 01:30 CET; one hour later is 03:30 CEST
        picker->pickInOneHour();
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 3, 29, 1, 30));
        QCOMPARE(child<QDateTimeEdit>("scheduleEdit")->time(), QTime(3, 30));
    }

    void localEditOnTheDstDayGivesTheRightUtc()
    {
        clock.set(utc(2026, 3, 20, 12, 0));
        child<QRadioButton>("scheduleRadio")->click();
        auto *edit = child<QDateTimeEdit>("scheduleEdit");
        edit->setDateTime(berlin(2026, 3, 29, 1, 30)); // still CET
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 3, 29, 0, 30));
        edit->setDateTime(berlin(2026, 3, 29, 3, 30)); // already CEST
        QCOMPARE(picker->scheduledAtUtc(), utc(2026, 3, 29, 1, 30));
        QCOMPARE(child<QLabel>("utcLabel")->text(), QStringLiteral("= 2026-03-29 01:30 UTC"));
    }

    void fiveMinutesAheadIsAnError()
    {
        const QPalette normal = child<QLabel>("scheduleMessage")->palette();
        picker->setScheduledAtUtc(clock.nowUtc().addSecs(5 * 60));
        QVERIFY(!picker->isAcceptable());
        QCOMPARE(severity(), QStringLiteral("error"));
        QVERIFY(message().contains(QStringLiteral("too soon")));
        QVERIFY(child<QLabel>("scheduleMessage")->palette().color(QPalette::WindowText)
                != normal.color(QPalette::WindowText));

        // A dark theme gets a lighter red, so the message stays readable.
        const QColor onLight =
            child<QLabel>("scheduleMessage")->palette().color(QPalette::WindowText);
        QPalette dark = picker->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        picker->setPalette(dark);
        const QColor onDark =
            child<QLabel>("scheduleMessage")->palette().color(QPalette::WindowText);
        QVERIFY2(onDark.lightness() > onLight.lightness() + 40, qPrintable(onDark.name()));
    }

    void tenAndAHalfMinutesAheadWarns()
    {
        picker->setScheduledAtUtc(clock.nowUtc().addSecs(10 * 60 + 30));
        QVERIFY(picker->isAcceptable());
        QCOMPARE(severity(), QStringLiteral("warning"));
        QVERIFY(!message().isEmpty());
    }

    void beyondThirtyDaysIsHeldLocally()
    {
        picker->setScheduledAtUtc(clock.nowUtc().addDays(31));
        QVERIFY(picker->isAcceptable());
        QCOMPARE(severity(), QStringLiteral("note"));
        QVERIFY(message().startsWith(QStringLiteral("Held locally")));
        QVERIFY(message().contains(QStringLiteral("outbox run")));
    }

    void aComfortablePickHasNoMessage()
    {
        picker->setScheduledAtUtc(clock.nowUtc().addDays(2));
        QVERIFY(picker->isAcceptable());
        QVERIFY(message().isEmpty());
        QVERIFY(severity().isEmpty());
    }

    void timePassingChangesTheVerdict()
    {
        picker->setScheduledAtUtc(clock.nowUtc().addSecs(20 * 60));
        QVERIFY(message().isEmpty());
        QSignalSpy changed(picker.get(), &SchedulePicker::changed);

        clock.advanceSeconds(9 * 60 + 30); // 10.5 minutes left
        picker->revalidate();
        QCOMPARE(severity(), QStringLiteral("warning"));
        QVERIFY(picker->isAcceptable());
        QCOMPARE(changed.count(), 1);

        picker->revalidate(); // nothing moved: no signal
        QCOMPARE(changed.count(), 1);

        // The timer does it by itself (every 30 s; shortened here).
        auto *timer = picker->findChild<QTimer *>(QStringLiteral("revalidateTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), SchedulePicker::revalidateIntervalMs);
        clock.advanceSeconds(60); // 9.5 minutes left
        timer->setInterval(10);
        QTRY_VERIFY(!picker->isAcceptable());
        QCOMPARE(severity(), QStringLiteral("error"));
        QCOMPARE(changed.count(), 2);
    }

    void handOverOnlyWhenScheduling()
    {
        auto *combo = child<QComboBox>("handOverCombo");
        QVERIFY(!combo->isEnabled());
        child<QRadioButton>("scheduleRadio")->click();
        QVERIFY(combo->isEnabled());
        QVERIFY(picker->scheduledAtUtc().has_value());
        QVERIFY(!child<QLabel>("utcLabel")->text().isEmpty());

        QSignalSpy changed(picker.get(), &SchedulePicker::changed);
        picker->setHandOver(HandOver::KeepEditable);
        QCOMPARE(picker->handOver(), HandOver::KeepEditable);
        QVERIFY(combo->currentText().startsWith(QStringLiteral("Keep editable")));
        QCOMPARE(changed.count(), 1);
        combo->setCurrentIndex(0);
        QCOMPARE(picker->handOver(), HandOver::Now);

        child<QRadioButton>("postNowRadio")->click();
        QVERIFY(!combo->isEnabled());
        QCOMPARE(picker->scheduledAtUtc(), std::nullopt);
        QVERIFY(child<QLabel>("utcLabel")->text().isEmpty());
    }

    void screenshotArtifact()
    {
        picker->setScheduledAtUtc(clock.nowUtc().addDays(31));
        picker->setHandOver(HandOver::KeepEditable);
        picker->resize(picker->sizeHint().expandedTo(QSize(520, 0)));
        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QVERIFY(QDir().mkpath(artifacts));
        QVERIFY(picker->grab().save(artifacts + QStringLiteral("/schedule-picker.png")));
    }

    void setterRoundTrips()
    {
        const QDateTime when = utc(2026, 12, 24, 17, 45);
        picker->setScheduledAtUtc(when);
        QCOMPARE(picker->scheduledAtUtc(), when);
        QVERIFY(child<QRadioButton>("scheduleRadio")->isChecked());
        QCOMPARE(child<QLabel>("utcLabel")->text(), QStringLiteral("= 2026-12-24 17:45 UTC"));
        QVERIFY(child<QDateTimeEdit>("scheduleEdit")->toolTip().contains(toApiTimestamp(when)));
        picker->setScheduledAtUtc(std::nullopt);
        QCOMPARE(picker->scheduledAtUtc(), std::nullopt);
        QVERIFY(child<QRadioButton>("postNowRadio")->isChecked());
        QVERIFY(picker->isAcceptable());
    }
};

QTEST_MAIN(TestSchedulePicker)
#include "tst_schedulepicker.moc"
