// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/SchedulePicker.h"

#include "compose/SchedulePickerEdit.h"
#include "rules/ScheduleRules.h"
#include "support/Clock.h"
#include "support/UtcTime.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

namespace tokdeck {

namespace {
// The UI's one warning and error hues (StatusColors), readable on light and dark themes.
QColor severityColor(const QString &severity, const QPalette &palette)
{
    if (severity == QLatin1String("error"))
        return StatusColors::errorText(palette);
    if (severity == QLatin1String("warning"))
        return StatusColors::warningText(palette);
    return palette.color(QPalette::WindowText);
}

// Schedules are in whole minutes: some locales' short formats carry seconds, which only add noise.
QString withoutSeconds(QString format)
{
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return format;
}

QString shortTime(const QTime &time)
{
    const QLocale locale;
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

// "14:15 today", "tomorrow 09:00" or "1 Jan, 14:05": a limit as the user reads a clock.
QString limitText(const QDateTime &local, const QDate &today)
{
    if (local.date() == today)
        return SchedulePicker::tr("%1 today").arg(shortTime(local.time()));
    if (local.date() == today.addDays(1))
        return SchedulePicker::tr("tomorrow %1").arg(shortTime(local.time()));
    return SchedulePicker::tr("%1, %2").arg(
        QLocale().toString(local.date(), QStringLiteral("d MMM")), shortTime(local.time()));
}

// A locale's short format may use a two-digit year, which QDateTimeEdit could read in the
// wrong century; the composer only ever deals with this and the next year.
QString editFormat()
{
    QString format = withoutSeconds(QLocale().dateTimeFormat(QLocale::ShortFormat));
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString nineOClock()
{
    return shortTime(QTime(9, 0));
}

QDateTime wholeMinute(const QDateTime &when)
{
    return QDateTime(when.date(), QTime(when.time().hour(), when.time().minute()), when.timeSpec());
}
} // namespace

SchedulePicker::SchedulePicker(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_postNow(new QRadioButton(tr("Post &now"), this))
    , m_schedule(new QRadioButton(tr("Schedu&le"), this))
    , m_edit(new SchedulePickerEdit(this))
    , m_utc(new QLabel(this))
    , m_window(new QLabel(this))
    , m_inOneHour(new QPushButton(tr("In &1 hour"), this))
    , m_tomorrow(new QPushButton(tr("Tomorro&w %1").arg(nineOClock()), this))
    , m_message(new QLabel(this))
    , m_handOver(new QComboBox(this))
    , m_timer(new QTimer(this))
{
    m_postNow->setObjectName(QStringLiteral("postNowRadio"));
    m_postNow->setToolTip(tr("Send the post to Crosspostify as soon as it is ready."));
    m_schedule->setObjectName(QStringLiteral("scheduleRadio"));
    m_schedule->setToolTip(tr("Publish at a date and time: at least 10 minutes ahead."));
    m_postNow->setChecked(true);

    m_edit->setObjectName(QStringLiteral("scheduleEdit"));
    m_edit->setAccessibleName(tr("Scheduled date and time (local time)"));
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDisplayFormat(editFormat());
    m_edit->setDateTime(wholeMinute(m_clock.nowUtc().addSecs(3600)).toLocalTime());

    m_utc->setObjectName(QStringLiteral("utcLabel"));
    m_utc->setAccessibleName(tr("Scheduled time in UTC"));
    m_utc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_window->setObjectName(QStringLiteral("scheduleWindowLabel"));
    m_window->setWordWrap(true);
    m_window->setForegroundRole(QPalette::PlaceholderText); // a hint, quieter than the field

    m_inOneHour->setObjectName(QStringLiteral("inOneHourButton"));
    m_inOneHour->setToolTip(tr("Schedule one hour from now."));
    m_tomorrow->setObjectName(QStringLiteral("tomorrowButton"));
    m_tomorrow->setToolTip(tr("Schedule tomorrow morning at 9:00 local time."));

    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setAccessibleName(tr("Schedule check"));
    m_message->setWordWrap(true);

    m_handOver->setObjectName(QStringLiteral("handOverCombo"));
    m_handOver->setAccessibleName(tr("When Tokdeck hands the post to Crosspostify"));
    m_handOver->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_handOver->setMinimumContentsLength(24); // the long texts would otherwise widen the composer
    m_handOver->addItem(tr("Hand over to Crosspostify now (locks the post)"),
                        handOverKey(HandOver::Now));
    m_handOver->setItemData(
        0, tr("Crosspostify keeps the post from now on; change it in the Crosspostify dashboard."),
        Qt::ToolTipRole);
    m_handOver->addItem(
        tr("Keep editable in Tokdeck until an hour before (Tokdeck or `tokdeck-cli outbox run` "
           "must be running)"),
        handOverKey(HandOver::KeepEditable));
    m_handOver->setItemData(
        1, tr("You can still edit or move the post; Tokdeck sends it an hour before its time."),
        Qt::ToolTipRole);
    auto *handOverLabel = new QLabel(tr("Han&d over:"), this);
    handOverLabel->setBuddy(m_handOver);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_postNow);
    choice->addWidget(m_schedule);
    choice->addStretch();
    layout->addLayout(choice, 0, 0, 1, 2);
    layout->addWidget(m_edit, 1, 0);
    layout->addWidget(m_utc, 1, 1);
    auto *picks = new QHBoxLayout;
    picks->addWidget(m_inOneHour);
    picks->addWidget(m_tomorrow);
    picks->addStretch();
    layout->addWidget(m_window, 2, 0, 1, 2);
    layout->addLayout(picks, 3, 0, 1, 2);
    layout->addWidget(m_message, 4, 0, 1, 2);
    layout->addWidget(handOverLabel, 5, 0, 1, 2);
    layout->addWidget(m_handOver, 6, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    // Radio buttons sharing a parent are exclusive: one toggle signal covers both.
    connect(m_schedule, &QRadioButton::toggled, this, &SchedulePicker::inputChanged);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SchedulePicker::inputChanged);
    connect(m_edit, &SchedulePickerEdit::typedTextRefused, this, [this](const QString &text) {
        m_refusedText = text;
        refresh();
        Q_EMIT changed();
    });
    connect(m_handOver, &QComboBox::currentIndexChanged, this, &SchedulePicker::inputChanged);
    connect(m_inOneHour, &QPushButton::clicked, this, &SchedulePicker::pickInOneHour);
    connect(m_tomorrow, &QPushButton::clicked, this, &SchedulePicker::pickTomorrowMorning);
    m_timer->setObjectName(QStringLiteral("revalidateTimer"));
    m_timer->setInterval(revalidateIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SchedulePicker::revalidate);
    m_timer->start();
    refresh();
}

std::optional<QDateTime> SchedulePicker::scheduledAtUtc() const
{
    if (!m_schedule->isChecked())
        return std::nullopt;
    return m_edit->dateTime().toUTC();
}

void SchedulePicker::setScheduledAtUtc(const std::optional<QDateTime> &whenUtc)
{
    if (!whenUtc) {
        m_postNow->setChecked(true); // toggles m_schedule, which refreshes and signals
        return;
    }
    scheduleLocal(whenUtc->toLocalTime());
}

HandOver SchedulePicker::handOver() const
{
    return handOverFromKey(m_handOver->currentData().toString()).value_or(HandOver::Now);
}

void SchedulePicker::setHandOver(HandOver handOver)
{
    m_handOver->setCurrentIndex(m_handOver->findData(handOverKey(handOver)));
}

bool SchedulePicker::isAcceptable() const
{
    return !hasRejection(m_issues);
}

void SchedulePicker::pickInOneHour()
{
    // Whole minutes: the edit shows minutes, so hidden seconds would surprise in the UTC label.
    scheduleLocal(wholeMinute(m_clock.nowUtc().addSecs(3600)).toLocalTime());
}

void SchedulePicker::pickTomorrowMorning()
{
    // The local calendar day, not UTC's: "tomorrow" is what the user's wall clock says.
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    scheduleLocal(QDateTime(today.addDays(1), QTime(9, 0), Qt::LocalTime));
}

void SchedulePicker::revalidate()
{
    const bool wasAcceptable = isAcceptable();
    const QString oldMessage = m_message->text();
    refresh();
    if (wasAcceptable != isAcceptable() || oldMessage != m_message->text())
        Q_EMIT changed();
}

void SchedulePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyMessageStyle(); // a theme switch: re-pick the light or dark hue
    QWidget::changeEvent(event);
}

void SchedulePicker::scheduleLocal(const QDateTime &local)
{
    // One refresh and one changed() for what is, to the user, one edit.
    {
        const QSignalBlocker blockEdit(m_edit);
        const QSignalBlocker blockRadio(m_schedule);
        m_edit->setDateTime(local);
        m_schedule->setChecked(true);
    }
    inputChanged();
}

void SchedulePicker::inputChanged()
{
    m_refusedText.clear(); // a new value: the refused text is no longer what the field says
    refresh();
    Q_EMIT changed();
}

void SchedulePicker::refresh()
{
    const bool scheduling = m_schedule->isChecked();
    m_edit->setEnabled(scheduling);
    m_handOver->setEnabled(scheduling); // hand-over only means something for a dated post
    m_issues.clear();
    m_severity.clear();
    QString message;
    if (scheduling) {
        const QDateTime at = m_edit->dateTime().toUTC();
        const QDateTime now = m_clock.nowUtc();
        m_utc->setText(tr("= %1 UTC").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        const QString tip = tr("Sent to Crosspostify as %1 (UTC).").arg(toApiTimestamp(at));
        m_utc->setToolTip(tip);
        m_edit->setToolTip(tip);
        showWindow(now);
        // Beyond 30 days is not an error here: the outbox keeps the post until it is inside.
        m_issues = ScheduleRules::check(at, now, ScheduleRules::BeyondWindow::HoldLocally);
        if (!m_refusedText.isEmpty()) {
            // The field went back to its last good value; the user must see that it did.
            m_issues.prepend({ValidationIssue::Severity::Reject, tr("schedule"),
                              tr("\"%1\" is not a date and time Tokdeck can read, so the "
                                 "schedule stays at %2. Type a date and time the same way.")
                                  .arg(m_refusedText, m_edit->exampleText())});
        }
        const ValidationIssues rejections = rejectionsOf(m_issues);
        if (!rejections.isEmpty()) {
            m_severity = QStringLiteral("error");
            message = rejections.first().message;
        } else if (!m_issues.isEmpty() && ScheduleRules::isBeyondWindow(at, now)) {
            m_severity = QStringLiteral("note");
            message = tr("Held locally: %1").arg(m_issues.first().message);
        } else if (!m_issues.isEmpty()) {
            m_severity = QStringLiteral("warning");
            message = m_issues.first().message;
        }
    } else {
        m_utc->clear();
        m_utc->setToolTip(QString());
        m_window->clear();
        m_edit->setToolTip(tr("Choose \"Schedule\" to pick a date and time."));
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_window->setVisible(scheduling);
    applyMessageStyle();
}

void SchedulePicker::showWindow(const QDateTime &now)
{
    const QDateTime earliest = ScheduleRules::earliestAllowed(now).toLocalTime();
    const QDateTime latest = ScheduleRules::latestAllowed(now).toLocalTime();
    const QDate today = now.toLocalTime().date();
    m_window->setText(tr("From %1 to %2; further out is kept on this computer and handed over "
                         "later.")
                          .arg(limitText(earliest, today), limitText(latest, today)));
    // A day is offered when some minute of it is inside the window.
    m_edit->setSelectableDays(earliest.date(), latest.date());
}

void SchedulePicker::applyMessageStyle()
{
    // The property lets a style sheet restyle it; the palette makes it work without one.
    m_message->setProperty("severity", m_severity);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, severityColor(m_severity, this->palette()));
    m_message->setPalette(palette);
}

} // namespace tokdeck
