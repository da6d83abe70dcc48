// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "storage/PostStore.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;

namespace tokdeck {

class Clock;
class SchedulePicker;

// "Apply to selected…" of the upload queue: one caption, schedule or set of accounts for all
// the drafts selected there. Each part has its own check box, so what is left unticked stays
// as each draft has it; OK needs at least one part, and a schedule the API would accept.
class ApplyToSelectedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyToSelectedDialog)

public:
    ApplyToSelectedDialog(int draftCount, const QList<Account> &accounts, const Clock &clock,
                          QWidget *parent = nullptr);

    PostStore::DraftChanges changes() const;

private:
    void updateOk();

    QCheckBox *m_setCaption;
    QPlainTextEdit *m_caption;
    QCheckBox *m_setSchedule;
    SchedulePicker *m_schedule;
    QCheckBox *m_setAccounts;
    QListWidget *m_accounts;
    QDialogButtonBox *m_buttons;
};

} // namespace tokdeck
