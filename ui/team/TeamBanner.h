// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "widgets/WarningStrip.h"

class QLabel;

namespace tokdeck {

class StorageWorker;

// A strip across the main window while the team calendar (a shared PostgreSQL database) does
// not answer: says so plainly, and that nothing typed is lost. Follows
// StorageWorker::reachableChanged; never shown for a local (SQLite) calendar.
class TeamBanner final : public WarningStrip
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamBanner)

public:
    explicit TeamBanner(StorageWorker *storage, QWidget *parent = nullptr);

    QString text() const;

private:
    QLabel *m_text;
};

} // namespace tokdeck
