// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/ScheduleExchange.h"

#include "MainWindow.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "exchange/ExportRangeDialog.h"
#include "exchange/IcsWriter.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

namespace tokdeck {

namespace {

struct ExportOutcome
{
    int written = 0;
    QString error;
};

struct SaveOutcome
{
    int saved = 0;
    QStringList errors; // "Line N: why", for rows the database refused
};

} // namespace

ScheduleExchange::ScheduleExchange(StorageWorker *storage, QWidget *window)
    : QObject(window)
    , m_storage(storage)
    , m_window(window)
{}

QDate ScheduleExchange::monthShown() const
{
    // Through the window's public accessors: what the user looks at is what "this month" means.
    if (const auto *main = qobject_cast<const MainWindow *>(m_window);
        main && main->calendarPanel())
        return main->calendarPanel()->monthView()->anchor();
    return QDate::currentDate();
}

void ScheduleExchange::exportIcs()
{
    // Opened, not exec()'d: no nested event loop while storage answers arrive.
    auto *dialog = new ExportRangeDialog(monthShown(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<DateRange> range = dialog->range();
        const QString name =
            range ? QStringLiteral("tokdeck-schedule-%1-to-%2.ics")
                        .arg(range->from.toString(Qt::ISODate), range->to.toString(Qt::ISODate))
                  : QStringLiteral("tokdeck-schedule.ics");
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export schedule"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + name,
            tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportIcsTo(path, range);
    });
    dialog->open();
}

void ScheduleExchange::exportIcsTo(const QString &path, const std::optional<DateRange> &range)
{
    // The bounds `tokdeck-cli export ics --from DAY --to DAY` uses: from the start of the first
    // local day to the start of the day after the last (PostStore::inRange is half-open), and
    // the same "everything" bounds when no range is given.
    const QDateTime from =
        range ? range->from.startOfDay().toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDateTime to = range ? range->to.addDays(1).startOfDay().toUTC()
                               : QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
    // Read and write on the storage thread: the GUI thread never touches the disk.
    auto future = m_storage->run([path, from, to](Stores &stores) -> ExportOutcome {
        const QList<Post> posts = stores.posts.inRange(from, to);
        if (!stores.lastError().isEmpty())
            return {0, stores.lastError()};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(IcsWriter::write(posts, QDateTime::currentDateTimeUtc())) < 0
            || !file.commit())
            return {0, tr("%1 could not be written (%2). Choose another folder.")
                           .arg(QFileInfo(path).fileName(), file.errorString())};
        return {int(posts.size()), {}};
    });
    onResult(this, future, [this, path](const ExportOutcome &outcome) {
        Q_EMIT message(outcome.error.isEmpty()
                           ? tr("%n post(s) exported to %1.", nullptr, outcome.written)
                                 .arg(QFileInfo(path).fileName())
                           : outcome.error);
        Q_EMIT exportFinished(outcome.written, outcome.error);
    });
}

void ScheduleExchange::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import posts from CSV"), {},
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsvFrom(path);
}

void ScheduleExchange::importCsvFrom(const QString &path, std::optional<ImportChoice> choice)
{
    // Account IDs are checked against what Crosspostify listed last, as `tokdeck-cli import`
    // does: the window refreshes that cache (TikTok accounts only) whenever it loads them, and
    // the storage thread answers in order, so the list shown is the list checked. With no
    // cache yet (never connected), unknown accounts surface when the posts are sent.
    onResult(this, m_storage->cachedAccounts(),
             [this, path, choice](const StorageResult<QList<Account>> &cached) {
                 std::optional<QList<Account>> known;
                 if (cached.ok() && !cached.value.isEmpty())
                     known = cached.value;
                 // Reading probes every media file: a pool thread, not the GUI nor the storage
                 // thread.
                 auto reading = QtConcurrent::run([path, known] {
                     return CsvPostImporter::read(path, QDateTime::currentDateTimeUtc(), known);
                 });
                 onResult(this, reading, [this, choice](const CsvPostImporter::Result &result) {
                     if (!result.error.isEmpty()) {
                         Q_EMIT message(result.error);
                         Q_EMIT importFinished(0, {result.error});
                         return;
                     }
                     QStringList problems;
                     for (const auto &row : result.rows) {
                         for (const ValidationIssue &issue : rejectionsOf(row.issues))
                             problems.append(
                                 tr("Line %1: %2").arg(row.line).arg(issue.toDisplayString()));
                     }
                     if (choice)
                         importRows(result, problems, *choice);
                     else
                         askAndImport(result, problems);
                 });
             });
}

void ScheduleExchange::askAndImport(const CsvPostImporter::Result &result,
                                    const QStringList &problems)
{
    const int good = result.goodCount();
    auto *box =
        new QMessageBox(good > 0 ? QMessageBox::Question : QMessageBox::Warning, tr("Import posts"),
                        good > 0 ? tr("%n row(s) can become posts.", nullptr, good)
                                 : tr("No row of this file can become a post."),
                        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("importConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QString details;
    if (good > 0) {
        details = tr(
            "Create drafts to finish them in the composer, or schedule them too: the outbox then "
            "sends each one at its time (rows without a time right away).");
    }
    if (!problems.isEmpty()) {
        details += (details.isEmpty() ? QString() : QStringLiteral("\n\n"))
                   + tr("%n row(s) were refused; see the details.", nullptr, result.badCount());
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    }
    box->setInformativeText(details);
    QPushButton *drafts = nullptr;
    QPushButton *schedule = nullptr;
    if (good > 0) {
        drafts = box->addButton(tr("Create &drafts"), QMessageBox::AcceptRole);
        drafts->setObjectName(QStringLiteral("createDraftsButton"));
        schedule = box->addButton(tr("Create and &schedule"), QMessageBox::AcceptRole);
        schedule->setObjectName(QStringLiteral("createAndScheduleButton"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(drafts); // Enter takes the choice that sends nothing
    } else {
        box->addButton(QMessageBox::Close);
    }
    // Opened, not exec()'d: no nested event loop inside a future's callback.
    connect(box, &QMessageBox::finished, this, [this, box, drafts, schedule, result, problems] {
        const QAbstractButton *clicked = box->clickedButton(); // null when the box was just closed
        const ImportChoice choice = clicked && clicked == schedule ? ImportChoice::CreateAndSchedule
                                    : clicked && clicked == drafts ? ImportChoice::CreateDrafts
                                                                   : ImportChoice::Cancel;
        importRows(result, problems, choice);
    });
    box->open();
}

void ScheduleExchange::importRows(const CsvPostImporter::Result &result,
                                  const QStringList &problems, ImportChoice choice)
{
    if (choice == ImportChoice::Cancel || result.goodCount() == 0) {
        if (choice != ImportChoice::Cancel)
            Q_EMIT message(tr("No post created: %n row(s) refused.", nullptr, result.badCount()));
        Q_EMIT importFinished(0, problems);
        return;
    }
    // Exactly what `tokdeck-cli import [--schedule]` stores: each good row's post, as a draft or
    // as "ready". Ready posts are the outbox's to send: it hands each over at its `at` time
    // (held here while beyond the API's 30-day window), or at once when the row has no time.
    const bool schedule = choice == ImportChoice::CreateAndSchedule;
    QList<std::pair<int, Post>> rows;
    for (const auto &row : result.rows) {
        if (!row.isGood())
            continue;
        Post post = row.post;
        post.state = schedule ? PostState::Ready : PostState::Draft;
        rows.append({row.line, post});
    }
    auto saving = m_storage->run([rows](Stores &stores) mutable {
        SaveOutcome outcome;
        for (auto &[line, post] : rows) {
            if (stores.posts.saveContent(post) > 0)
                ++outcome.saved;
            else
                outcome.errors.append(tr("Line %1: %2").arg(line).arg(stores.lastError()));
        }
        return outcome;
    });
    onResult(
        this, saving,
        [this, problems, schedule, bad = result.badCount()](const SaveOutcome &outcome) {
            const QStringList refused = problems + outcome.errors;
            const int refusedRows = bad + int(outcome.errors.size());
            const QString created =
                schedule
                    ? tr("%n post(s) from the CSV handed to the outbox; each is sent at its time.",
                         nullptr, outcome.saved)
                    : tr("%n draft(s) created from the CSV.", nullptr, outcome.saved);
            Q_EMIT message(refusedRows == 0 ? created
                                            : created + QLatin1Char(' ')
                                                  + tr("%n row(s) refused.", nullptr, refusedRows));
            if (schedule && outcome.saved > 0)
                Q_EMIT postsQueued();
            Q_EMIT importFinished(outcome.saved, refused);
        });
}

} // namespace tokdeck
