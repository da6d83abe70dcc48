// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/EmojiPickerButton.h"

#include <QMenu>

namespace tokdeck {

QStringList EmojiPickerButton::emoji()
{
    // clang-format 14 counts emoji bytes, not columns, and re-wraps this list on every run.
    // clang-format off
    return QStringLiteral("😀 😂 🥹 😍 🥰 😎 🤩 🤔 😅 😭 🙌 👏 👀 🔥 ✨ 💯 ❤️ 💖 👍 🙏 🎉 🎬 📸 🎵 🎶 💃 🕺 "
                          "🌟 ⭐ 🌈 ☀️ 🌙 🍕 ☕ 🛍️ 💄 👗 🏋️ 🐶 🐱 🚀 💡 📈 ✅ 👉 🫶")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // clang-format on
}

EmojiPickerButton::EmojiPickerButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("emojiButton"));
    setText(QStringLiteral("😀"));
    setToolTip(tr("Insert an emoji"));
    setAccessibleName(tr("Insert an emoji"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    for (const QString &symbol : emoji()) {
        QAction *action = menu->addAction(symbol);
        connect(action, &QAction::triggered, this, [this, symbol] { Q_EMIT emojiPicked(symbol); });
    }
    setMenu(menu);
}

} // namespace tokdeck
