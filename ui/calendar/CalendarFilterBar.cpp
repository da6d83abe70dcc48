// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/CalendarFilterBar.h"

#include "calendar/PostChipStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

namespace tokdeck {

CalendarFilterBar::CalendarFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_account(new QComboBox(this))
    , m_state(new QComboBox(this))
{
    setObjectName(QStringLiteral("calendarFilterBar"));
    m_account->setObjectName(QStringLiteral("calendarAccountFilter"));
    m_account->setAccessibleName(tr("Show the posts of"));
    m_account->setToolTip(tr("Show only the posts going to this account"));
    m_account->addItem(tr("All accounts"), QString());
    m_state->setObjectName(QStringLiteral("calendarStateFilter"));
    m_state->setAccessibleName(tr("Show the posts that are"));
    m_state->setToolTip(tr("Show only the posts in this state"));
    m_state->addItem(tr("All states"), -1);
    for (PostDisplayState state : PostChipStyle::legendStates()) {
        QPixmap swatch(12, 12);
        swatch.fill(PostChipStyle::fill(state));
        m_state->addItem(QIcon(swatch), postDisplayStateName(state), int(state));
    }
    // No access key: Alt+S is the Settings menu's, and the combos are reached with Tab.
    auto *label = new QLabel(tr("Show:"), this);
    label->setBuddy(m_account);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_account, 1);
    layout->addWidget(m_state, 1);
    for (QComboBox *box : {m_account, m_state}) {
        // A long account name or state (more so translated) must not widen the whole window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        connect(box, &QComboBox::currentIndexChanged, this, &CalendarFilterBar::changed);
    }
}

void CalendarFilterBar::setAccountNames(const QHash<QString, QString> &names)
{
    const QString chosen = m_account->currentData().toString();
    QList<std::pair<QString, QString>> sorted; // (name, id), by name
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    {
        const QSignalBlocker quiet(m_account); // one changed() at most, below
        while (m_account->count() > 1)
            m_account->removeItem(1);
        for (const auto &[name, id] : sorted)
            m_account->addItem(name, id);
        m_account->setCurrentIndex(std::max(0, m_account->findData(chosen)));
    }
    if (m_account->currentData().toString() != chosen)
        Q_EMIT changed();
}

bool CalendarFilterBar::isActive() const
{
    return m_account->currentIndex() > 0 || m_state->currentIndex() > 0;
}

bool CalendarFilterBar::accepts(const Post &post, const QDateTime &nowUtc) const
{
    const QString account = m_account->currentData().toString();
    if (!account.isEmpty()
        && std::none_of(post.accounts.cbegin(), post.accounts.cend(),
                        [&](const PostAccount &a) { return a.accountId == account; }))
        return false;
    const int state = m_state->currentData().toInt();
    return state < 0 || int(post.displayState(nowUtc)) == state;
}

} // namespace tokdeck
