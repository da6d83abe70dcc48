// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QToolButton>

namespace tokdeck {

// A button with the emoji TikTok captions use most; picking one emits it for insertion at the
// cursor. Reachable by keyboard (its menu opens with Space or Enter).
class EmojiPickerButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiPickerButton)

public:
    explicit EmojiPickerButton(QWidget *parent = nullptr);
    static QStringList emoji();

Q_SIGNALS:
    void emojiPicked(const QString &emoji);
};

} // namespace tokdeck
