// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/CalendarLegend.h"

#include "calendar/PostChipStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace tokdeck {

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
    , m_states(new QLabel(this))
    , m_lockText(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarLegend"));
    // One rich-text line that wraps with the panel's width: a square in each state's colour.
    QStringList entries;
    for (PostDisplayState state : PostChipStyle::legendStates()) {
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(PostChipStyle::fill(state).name(QColor::HexRgb),
                            postDisplayStateName(state).toHtmlEscaped());
    }
    m_states->setObjectName(QStringLiteral("calendarLegendStates"));
    m_states->setTextFormat(Qt::RichText);
    m_states->setWordWrap(true);
    m_states->setText(entries.join(QStringLiteral(" &nbsp; ")));

    auto *lock = new QLabel(this);
    lock->setObjectName(QStringLiteral("calendarLegendLock"));
    const int side = fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    QPixmap glyph(QSize(12, side) * ratio);
    glyph.setDevicePixelRatio(ratio);
    glyph.fill(Qt::transparent);
    {
        QPainter painter(&glyph);
        painter.setRenderHint(QPainter::Antialiasing);
        PostChipStyle::paintLock(painter, QRect(0, 2, 11, side - 4),
                                 palette().color(QPalette::WindowText));
    }
    lock->setPixmap(glyph);
    m_lockText->setObjectName(QStringLiteral("calendarLegendLockText"));
    m_lockText->setWordWrap(true);
    m_lockText->setText(
        tr("Locked: with Crosspostify or being sent, so it can't be dragged here; change it in "
           "the Crosspostify dashboard. Faded chips were sent with Post now (history)."));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_states, 0, 0, 1, 2);
    layout->addWidget(lock, 1, 0, Qt::AlignTop);
    layout->addWidget(m_lockText, 1, 1);
    layout->setColumnStretch(1, 1);
    setAccessibleName(tr("Calendar legend"));
    setAccessibleDescription(text());
}

QString CalendarLegend::text() const
{
    QStringList names;
    for (PostDisplayState state : PostChipStyle::legendStates())
        names << postDisplayStateName(state);
    return names.join(QStringLiteral(", ")) + QLatin1Char('\n') + m_lockText->text();
}

} // namespace tokdeck
