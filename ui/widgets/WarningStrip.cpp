// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/WarningStrip.h"

#include "widgets/StatusColors.h"

#include <QEvent>

namespace tokdeck {

WarningStrip::WarningStrip(QWidget *parent)
    : QFrame(parent)
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    applyColours();
}

void WarningStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours(); // a theme switch: the light or the dark amber
    QFrame::changeEvent(event);
}

void WarningStrip::applyColours()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette colours = palette();
    colours.setColor(QPalette::Window, StatusColors::warningBackground(base));
    colours.setColor(QPalette::WindowText, StatusColors::warningBackgroundText(base));
    m_applying = true;
    setPalette(colours);
    m_applying = false;
}

} // namespace tokdeck
