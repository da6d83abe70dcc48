// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QHash>
#include <QWidget>

class QComboBox;

namespace tokdeck {

// Which posts the calendar and the agenda show: all, or one account's, and all, or those in
// one state (as displayed: "held locally" is a state of its own here).
class CalendarFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFilterBar)

public:
    explicit CalendarFilterBar(QWidget *parent = nullptr);

    // The accounts to choose from (id -> display name); the choice is kept when it is still
    // there, else it goes back to "All accounts".
    void setAccountNames(const QHash<QString, QString> &names);
    bool accepts(const Post &post, const QDateTime &nowUtc) const;
    bool isActive() const; // anything hidden at all

    QComboBox *accountBox() const { return m_account; }
    QComboBox *stateBox() const { return m_state; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_account;
    QComboBox *m_state;
};

} // namespace tokdeck
