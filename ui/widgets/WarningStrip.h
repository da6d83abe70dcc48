// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

namespace tokdeck {

// The UI's one caution strip across a window (the sandbox, an unreachable team calendar, an
// edit kept from last time): amber from StatusColors, picked per the brightness of the parent's
// palette and picked again when the theme changes, so its text stays readable.
class WarningStrip : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningStrip)

public:
    explicit WarningStrip(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    bool m_applying = false; // our own setPalette() is not a theme switch
};

} // namespace tokdeck
