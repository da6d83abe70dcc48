// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/StaggerButton.h"

#include "compose/DraftEditor.h"
#include "planning/DuplicateContent.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace tokdeck {

StaggerButton::StaggerButton(DraftEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_button(new QPushButton(tr("Sta&gger the accounts"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("staggerPanel"));
    m_button->setObjectName(QStringLiteral("staggerButton"));
    m_button->setToolTip(tr("Make one post per account, each %n hour(s) after the one before, so "
                            "TikTok does not see the same content at once.",
                            nullptr, int(DuplicateContent::windowSeconds / 3600)));
    m_result->setObjectName(QStringLiteral("staggerResult"));
    m_result->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_result, 1);
    setVisible(false);
    connect(m_editor, &DraftEditor::issuesChanged, this, &StaggerButton::showFor);
    // Another post opened: the last split's result is no longer news (the split's own
    // first post keeps it).
    connect(m_editor, &DraftEditor::loaded, this, [this] {
        if (m_editor->post().id != m_splitPost)
            m_result->clear();
    });
    connect(m_button, &QPushButton::clicked, this, &StaggerButton::stagger);
}

void StaggerButton::showFor(const ValidationIssues &issues)
{
    // Only the post's own accounts can be split: a clash with another post is that post's too.
    const bool duplicate =
        std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) {
            return issue.subject == QLatin1String("duplicate");
        });
    setVisible((duplicate && m_editor->post().accounts.size() > 1 && m_editor->isEditable())
               || !m_result->text().isEmpty());
    m_button->setVisible(duplicate && m_editor->post().accounts.size() > 1);
}

void StaggerButton::stagger()
{
    m_button->setEnabled(false);
    m_editor->stagger([this](const QString &error, int posts) {
        m_button->setEnabled(true);
        // The first post of the split keeps the original's id and is opened next.
        m_splitPost = error.isEmpty() ? m_editor->post().id : 0;
        m_result->setText(error.isEmpty() ? tr("Split into %n post(s), one per account, an "
                                               "hour apart.",
                                               nullptr, posts)
                                          : error);
        setVisible(true);
    });
}

} // namespace tokdeck
