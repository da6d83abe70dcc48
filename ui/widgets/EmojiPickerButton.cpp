#include "widgets/EmojiPickerButton.h"

#include <QMenu>

namespace tokdeck {

QStringList EmojiPickerButton::emoji()
{
    return QStringLiteral("😀 😂 🥹 😍 🥰 😎 🤩 🤔 😅 😭 🙌 👏 👀 🔥 ✨ 💯 ❤️ 💖 👍 🙏 🎉 🎬 📸 🎵 🎶 💃 🕺 "
                          "🌟 ⭐ 🌈 ☀️ 🌙 🍕 ☕ 🛍️ 💄 👗 🏋️ 🐶 🐱 🚀 💡 📈 ✅ 👉 🫶")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

EmojiPickerButton::EmojiPickerButton(QWidget *parent) : QToolButton(parent)
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
