// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/StatusColors.h"

#include <QPalette>

namespace tokdeck::StatusColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd1, 0x80) : QColor(0x8a, 0x53, 0x00);
}

QColor warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4a, 0x3b, 0x00) : QColor(0xff, 0xec, 0xb3);
}

QColor warningBackgroundText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xe0, 0x8a) : QColor(0x5c, 0x44, 0x00);
}

} // namespace tokdeck::StatusColors
