// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/ChangedByBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tokdeck {

ChangedByBanner::ChangedByBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload theirs"), this))
    , m_keep(new QPushButton(tr("Keep mine as a copy"), this))
{
    setObjectName(QStringLiteral("changedByBanner"));
    setAccessibleName(tr("Changed by another team member"));
    setFrameShape(QFrame::StyledPanel);
    // As the lock banner: the tooltip colours stand apart from the form on light and dark.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(QStringLiteral("changedByBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // a member's name is not markup
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_reload->setObjectName(QStringLiteral("reloadTheirsButton"));
    m_reload->setToolTip(tr("Show their version; your edits here are dropped"));
    m_keep->setObjectName(QStringLiteral("keepMineButton"));
    m_keep->setToolTip(tr("Save your edits as a new draft; their post stays as they left it"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &ChangedByBanner::reloadTheirsClicked);
    connect(m_keep, &QPushButton::clicked, this, &ChangedByBanner::keepMineClicked);
    setVisible(false);
}

void ChangedByBanner::showFor(const QString &member)
{
    m_text->setText(member.isEmpty() ? QString() : tr("%1 changed this post.").arg(member));
    setVisible(!member.isEmpty());
}

QString ChangedByBanner::text() const
{
    return m_text->text();
}

} // namespace tokdeck
