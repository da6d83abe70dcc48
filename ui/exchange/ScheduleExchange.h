// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/CsvPostImporter.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <optional>

class QWidget;

namespace tokdeck {

class StorageWorker;

// The File menu's "Export schedule (.ics)…" and "Import posts from CSV…": dialogs in front,
// all reading, probing and writing on worker threads. Both do what tokdeck-cli does
// (`export ics --from --to`, `import [--schedule]`), so a file made or read by one is the
// same in the other.
class ScheduleExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleExchange)

public:
    // What becomes of a CSV's good rows: the user's answer to the confirmation, or given in
    // advance to importCsvFrom().
    enum class ImportChoice {
        Cancel,
        CreateDrafts,      // drafts to finish in the composer (tokdeck-cli import)
        CreateAndSchedule, // ready posts the outbox sends at their `at` time (import --schedule)
    };

    // Local calendar days, both included (as `export ics --from DAY --to DAY`).
    struct DateRange
    {
        QDate from;
        QDate to;
    };

    // `window` parents the dialogs; when it is the MainWindow, the export offers the month its
    // calendar shows.
    ScheduleExchange(StorageWorker *storage, QWidget *window);

    // Asks for the days (the calendar's month first, or everything) and the file, then exports.
    void exportIcs();
    // No dialog: for tests and automation. No range: every post with a time.
    void exportIcsTo(const QString &path, const std::optional<DateRange> &range = std::nullopt);
    void importCsv();
    // Reads and checks the CSV off the GUI thread (accounts against the ones Crosspostify
    // listed last, as the CLI does), then asks what to do with the good rows in a window-modal
    // box; with `choice` given it does that without asking (tests, automation).
    void importCsvFrom(const QString &path, std::optional<ImportChoice> choice = std::nullopt);

    // Any day of the month exportIcs() offers first: the calendar's, else today's.
    QDate monthShown() const;

Q_SIGNALS:
    void message(const QString &text);
    // Imported posts were handed to the outbox (ready): a window with an outbox runs it now
    // rather than at its next timed check.
    void postsQueued();
    // After exportIcsTo(): how many posts were written, or why the file was not.
    void exportFinished(int postCount, const QString &error);
    // After importCsvFrom(), whatever was chosen: posts created, and each refused row (or
    // the file's error) as "Line N: reason".
    void importFinished(int created, const QStringList &problems);

private:
    void askAndImport(const CsvPostImporter::Result &result, const QStringList &problems);
    void importRows(const CsvPostImporter::Result &result, const QStringList &problems,
                    ImportChoice choice);

    StorageWorker *m_storage;
    QWidget *m_window;
};

} // namespace tokdeck
