// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/HelpMenu.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#ifndef TOKDECK_VERSION
#define TOKDECK_VERSION "unknown" // ui/CMakeLists.txt passes the project's version
#endif

namespace tokdeck {

namespace {
// "&Save draft" → "Save draft": the menu's access-key marks mean nothing in a list.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}
} // namespace

QMenu *HelpMenu::addTo(QMainWindow *window)
{
    // Alt+H belongs to this menu: no other label in the window may take H (tst_accessibility
    // and tst_translations check for clashes in English and German).
    QMenu *menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys =
        menu->addAction(tr("&Keyboard shortcuts"), window, [window] { showShortcuts(window); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(tr("Ctrl+/")));
    QAction *about = menu->addAction(tr("&About Tokdeck"), window, [window] { showAbout(window); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    return menu;
}

QList<QPair<QString, QString>> HelpMenu::shortcuts(const QWidget *window)
{
    QList<QPair<QString, QString>> rows;
    // Every action in the window's tree: menus, panels' own actions and context menus alike.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator() || plainText(action).isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        const QPair<QString, QString> row{plainText(action), keys.join(tr(" or "))};
        if (!rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return rows;
}

void HelpMenu::showShortcuts(QWidget *window)
{
    auto *dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    for (const auto &[text, keys] : shortcuts(window))
        list->addTopLevelItem(new QTreeWidgetItem(QStringList{text, keys}));
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 60,
                   dialog->fontMetrics().height() * 24);
    dialog->open();
}

void HelpMenu::showAbout(QWidget *window)
{
    // The homepage is packaging/CMakeLists.txt's TOKDECK_HOMEPAGE.
    QMessageBox::about(
        window, tr("About Tokdeck"),
        tr("<p><b>Tokdeck %1</b></p>"
           "<p>Compose TikTok posts and schedule them through Crosspostify.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later): <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
           "the licence</a>.</p>"
           "<p><a href=\"https://github.com/tokdeck/tokdeck\">github.com/tokdeck/tokdeck</a>: "
           "source, news and where to report a problem.</p>")
            .arg(QStringLiteral(TOKDECK_VERSION)));
}

} // namespace tokdeck
