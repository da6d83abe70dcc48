// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QMainWindow;
class QMenu;
class QWidget;

namespace tokdeck {

// Help → Keyboard shortcuts (made from the window's own actions when it opens, so it never
// goes out of date) and About Tokdeck (version, licence, where the project lives).
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)

public:
    static QMenu *addTo(QMainWindow *window);

    // Every action of `window` with a shortcut: (what it does, the keys as the user's
    // platform writes them), sorted by what it does, each once.
    static QList<QPair<QString, QString>> shortcuts(const QWidget *window);

    static void showShortcuts(QWidget *window);
    static void showAbout(QWidget *window);
};

} // namespace tokdeck
