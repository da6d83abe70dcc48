// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tokdeck {

// The strip at the top of the composer when another team member saved the open post over
// edits made here (DraftAutosaver::changedBy()): "NAME changed this post", and the two ways
// on: take their post, or keep the edits here as a new draft. Hidden otherwise.
class ChangedByBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangedByBanner)

public:
    explicit ChangedByBanner(QWidget *parent = nullptr);

    // Shows the banner for `member`; hides it when empty.
    void showFor(const QString &member);
    QString text() const;

Q_SIGNALS:
    void reloadTheirsClicked();
    void keepMineClicked();

private:
    QLabel *m_text;
    QPushButton *m_reload;
    QPushButton *m_keep;
};

} // namespace tokdeck
