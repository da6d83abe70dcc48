// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Alt+letter reaches the one control (or menu) that shows the letter underlined; two with the
// same letter make the key cycle between them instead of acting. Header-only, for GUI tests.

#include <QAbstractButton>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStringList>

namespace tokdeck::test {

// The Alt keys that more than one visible control or menu of `window` claims, each with its
// claimants; `counted` (if given) receives how many distinct keys were seen at all.
inline QStringList mnemonicClashes(QMainWindow *window, int *counted = nullptr)
{
    QHash<QKeySequence, QStringList> owners;
    for (QAction *menu : window->menuBar()->actions())
        owners[QKeySequence::mnemonic(menu->text())] << QStringLiteral("menu ") + menu->text();
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key] << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                               + text;
    }
    owners.remove(QKeySequence());
    if (counted)
        *counted = int(owners.size());
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key().toString() + QStringLiteral(": ")
                           + it.value().join(QStringLiteral(", "));
    }
    return clashes;
}

} // namespace tokdeck::test
