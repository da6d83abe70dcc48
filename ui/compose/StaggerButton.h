// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rules/ValidationIssue.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tokdeck {

class DraftEditor;

// Under the composer's problems, while the duplicate-content warning is about this post going
// to several accounts at once: "Stagger" splits it into one post per account, an hour apart
// (DraftEditor::stagger), and the composer then shows the first. Hidden otherwise.
class StaggerButton final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaggerButton)

public:
    explicit StaggerButton(DraftEditor *editor, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }

private:
    void showFor(const ValidationIssues &issues);
    void stagger();

    DraftEditor *m_editor;
    QPushButton *m_button;
    QLabel *m_result;
    qint64 m_splitPost = 0; // the first post of the last split, while it is shown
};

} // namespace tokdeck
