// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A dark palette as a desktop in dark mode gives it, and how light a painted area came out:
// for the GUI tests that check painted widgets follow the palette. Header-only.

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRect>

namespace tokdeck::test {

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x55));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return dark;
}

// Mean HSL lightness (0 dark … 1 light) of `area`, sampling every `step`-th pixel each way.
inline double averageLightness(const QImage &image, const QRect &area, int step = 1)
{
    double sum = 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); y += step) {
        for (int x = area.left(); x <= area.right(); x += step) {
            sum += image.pixelColor(x, y).lightnessF();
            ++count;
        }
    }
    return count ? sum / count : 0;
}

} // namespace tokdeck::test
