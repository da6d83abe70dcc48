// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace tokdeck {

// Posts changed by other connections to the same file (another process: the CLI publishing,
// another window), read from the post_changes log that triggers keep. Cheap when nothing
// happened: one `PRAGMA data_version`, which SQLite changes only when *another* connection
// commits. On the database's thread.
class ChangeFeed
{
public:
    static constexpr int keptChanges = 10'000; // the log's length; older rows are pruned

    struct Changes
    {
        QList<qint64> postIds; // distinct, in the order they last changed
        bool reset = false;    // more was missed than the log keeps: reload everything
    };

    // Starts from "now": what is already in the log is not news. Prunes the log.
    bool start(const QSqlDatabase &db);
    // nullopt when nothing changed since the last call.
    std::optional<Changes> poll(const QSqlDatabase &db);

private:
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
};

} // namespace tokdeck
