// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;

namespace tokdeck {

class AccountTargetsModel;
class CaptionEdit;

// Pick the TikTok accounts a post goes to; for the highlighted (checked) account, optionally
// give it its own caption and title instead of the shared ones. Checking an account makes it
// the highlighted one when none chosen is, and the heading says how to get there otherwise.
class AccountTargetsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTargetsEditor)

public:
    explicit AccountTargetsEditor(AccountTargetsModel *model, QWidget *parent = nullptr);

    // The account's own caption offers the same earlier hashtags as the shared one.
    CaptionEdit *ownCaption() const { return m_ownCaption; }
    // The chosen account whose own text is shown (the preview shows its text), or -1.
    int previewedRow() const;

Q_SIGNALS:
    void previewedAccountChanged();

private:
    void showOverrideFor(int row);
    void storeOverride();

    AccountTargetsModel *m_model;
    QListView *m_view;
    QLabel *m_ownHeading;
    QGroupBox *m_overrideBox;
    CaptionEdit *m_ownCaption;
    QLineEdit *m_ownTitle;
    int m_row = -1;
};

} // namespace tokdeck
