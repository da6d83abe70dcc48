// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/SchedulePickerEdit.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalBlocker>

namespace tokdeck {

namespace {
QString withoutSeconds(QString format)
{
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return format;
}

QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// Keys that change the text, and keys that move in it (those only once the user is typing:
// before, they move between the sections as usual).
bool isEditKey(const QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)
        return true;
    return !event->text().isEmpty() && event->text().at(0).isPrint()
           && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
}

bool isMoveKey(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        return !(event->modifiers() & Qt::ControlModifier);
    default:
        return false;
    }
}
} // namespace

SchedulePickerEdit::SchedulePickerEdit(QWidget *parent)
    : QDateTimeEdit(parent)
{
    setCalendarPopup(true);
}

void SchedulePickerEdit::ensureCalendar()
{
    if (m_calendar)
        return;
    // Its own calendar widget, so the days it offers can be set each time it opens; made when
    // it is first opened (building one is a tenth of the composer's start-up).
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("scheduleCalendar"));
    setCalendarWidget(m_calendar);
    m_calendar->installEventFilter(this);
}

void SchedulePickerEdit::mousePressEvent(QMouseEvent *event)
{
    ensureCalendar(); // a click on the arrow opens it
    QDateTimeEdit::mousePressEvent(event);
}

void SchedulePickerEdit::setSelectableDays(const QDate &first, const QDate &last)
{
    m_firstDay = first;
    m_lastDay = last;
    if (m_calendar && m_calendar->isVisible())
        prepareCalendar();
}

std::optional<QDateTime> SchedulePickerEdit::parseTyped(const QString &text, const QLocale &locale,
                                                        const QString &displayFormat)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return std::nullopt;
    // The user's own formats first; English and ISO as well, as people paste them.
    const QStringList own{
        displayFormat,
        withFullYear(withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat))),
        withFullYear(withoutSeconds(locale.dateFormat(QLocale::LongFormat) + QLatin1Char(' ')
                                    + locale.timeFormat(QLocale::ShortFormat))),
        withFullYear(withoutSeconds(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                                    + locale.timeFormat(QLocale::ShortFormat))),
    };
    for (const QString &format : own) {
        const QDateTime parsed = locale.toDateTime(typed, format);
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), Qt::LocalTime);
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (const char *format : {"d MMM yyyy H:mm", "d MMMM yyyy H:mm", "MMM d yyyy H:mm",
                               "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm", "d MMM yyyy h:mm AP"}) {
        const QDateTime parsed = english.toDateTime(typed, QString::fromLatin1(format));
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), Qt::LocalTime);
    }
    return std::nullopt;
}

QString SchedulePickerEdit::exampleText() const
{
    return locale().toString(dateTime(), displayFormat());
}

QValidator::State SchedulePickerEdit::validate(QString &input, int &pos) const
{
    if (!m_typing)
        return QDateTimeEdit::validate(input, pos);
    // While typing, anything goes: the text is read as a whole once committed.
    return parseTyped(input, locale(), displayFormat()) ? QValidator::Acceptable
                                                        : QValidator::Intermediate;
}

QDateTime SchedulePickerEdit::dateTimeFromText(const QString &text) const
{
    if (const auto parsed = parseTyped(text, locale(), displayFormat()))
        return *parsed;
    return QDateTimeEdit::dateTimeFromText(text);
}

void SchedulePickerEdit::keyPressEvent(QKeyEvent *event)
{
    if (isEditKey(event) || (m_typing && isMoveKey(event))) {
        typeKey(event);
        return;
    }
    const std::optional<QString> refused = commitTyped(); // Enter, Tab or a step: the text first
    ensureCalendar();                                     // F4 or Alt+Down opens it
    QDateTimeEdit::keyPressEvent(event);
    if (refused) // after the base class, which re-announces the value on Enter
        Q_EMIT typedTextRefused(*refused);
}

void SchedulePickerEdit::focusOutEvent(QFocusEvent *event)
{
    const std::optional<QString> refused = commitTyped();
    QDateTimeEdit::focusOutEvent(event);
    if (refused)
        Q_EMIT typedTextRefused(*refused);
}

void SchedulePickerEdit::typeKey(QKeyEvent *event)
{
    // QDateTimeEdit watches its line edit's cursor and text to move between sections and to
    // re-read them after each key; silenced, the line edit is a plain text field for a while.
    QLineEdit *line = lineEdit();
    const QSignalBlocker silence(line);
    // Typing starts a new text: a whole date, not a digit pasted into one section of the old.
    if (!m_typing && event->key() != Qt::Key_Backspace && event->key() != Qt::Key_Delete)
        line->selectAll();
    m_typing = true;
    QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text(),
                   event->isAutoRepeat(), ushort(event->count()));
    QCoreApplication::sendEvent(line, &copy);
    line->update();
    event->accept();
}

std::optional<QString> SchedulePickerEdit::commitTyped()
{
    if (!m_typing)
        return std::nullopt;
    m_typing = false;
    const QString typed = lineEdit()->text();
    if (const auto parsed = parseTyped(typed, locale(), displayFormat())) {
        setDateTime(*parsed);
        return std::nullopt;
    }
    setDateTime(dateTime()); // shows the last good value again
    return typed;
}

void SchedulePickerEdit::stepBy(int steps)
{
    if (const std::optional<QString> refused = commitTyped())
        Q_EMIT typedTextRefused(*refused);
    if (currentSection() != MinuteSection) {
        QDateTimeEdit::stepBy(steps);
        return;
    }
    // To the next multiple of five in the step's direction: 10:03 goes up to 10:05, down to 10:00.
    const QDateTime now = dateTime();
    const int minute = now.time().minute();
    const int offBy = minute % minuteStep;
    int delta = steps * minuteStep;
    if (offBy != 0)
        delta = steps > 0 ? (minuteStep - offBy) + (steps - 1) * minuteStep
                          : -offBy + (steps + 1) * minuteStep;
    setDateTime(now.addSecs(qint64(delta) * 60));
    setSelectedSection(MinuteSection);
}

bool SchedulePickerEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_calendar && event->type() == QEvent::Show) // the only object watched
        prepareCalendar();
    return QDateTimeEdit::eventFilter(watched, event);
}

void SchedulePickerEdit::prepareCalendar()
{
    // The edit puts its own (open) range and date into the calendar whenever its value changes;
    // the window's days and the day to open on are set here, each time it shows. Silenced: the
    // pop-up takes any change of the calendar's selection for the user's pick.
    QCalendarWidget *calendar = m_calendar;
    const QSignalBlocker silence(calendar);
    if (m_firstDay.isValid())
        calendar->setMinimumDate(m_firstDay);
    if (m_lastDay.isValid())
        calendar->setMaximumDate(m_lastDay);
    QDate openOn = date();
    if (m_firstDay.isValid() && openOn < m_firstDay)
        openOn = m_firstDay;
    if (m_lastDay.isValid() && openOn > m_lastDay)
        openOn = m_lastDay;
    calendar->setSelectedDate(openOn);
    calendar->setCurrentPage(openOn.year(), openOn.month());
}

} // namespace tokdeck
