#include "exchange/ScheduleExchange.h"

#include "exchange/CsvPostImporter.h"
#include "exchange/IcsWriter.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

namespace tokdeck {

ScheduleExchange::ScheduleExchange(StorageWorker *storage, QWidget *window)
    : QObject(window), m_storage(storage), m_window(window)
{}

void ScheduleExchange::exportIcs()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export schedule"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/tokdeck-schedule.ics"),
        tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportIcsTo(path);
}

void ScheduleExchange::exportIcsTo(const QString &path)
{
    // Read and write on the storage thread: the GUI thread never touches the disk.
    auto future = m_storage->run([path](PostStore &store) -> QString {
        const QList<Post> posts = store.search({}); // every post, whatever its state
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("%1 could not be written (%2). Choose another folder.").arg(QFileInfo(path).fileName(), file.errorString());
        file.write(IcsWriter::write(posts, QDateTime::currentDateTimeUtc()));
        if (!file.commit())
            return tr("%1 could not be written (%2). Choose another folder.").arg(QFileInfo(path).fileName(), file.errorString());
        return {};
    });
    onResult(this, future, [this, path](const QString &error) {
        Q_EMIT message(error.isEmpty() ? tr("Schedule exported to %1.").arg(QFileInfo(path).fileName()) : error);
    });
}

void ScheduleExchange::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import posts from CSV"), {},
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsvFrom(path);
}

void ScheduleExchange::importCsvFrom(const QString &path, bool askToConfirm)
{
    auto reading = QtConcurrent::run([path] { return CsvPostImporter::read(path, QDateTime::currentDateTimeUtc()); });
    onResult(this, reading, [this, askToConfirm](const CsvPostImporter::Result &result) {
        if (!result.error.isEmpty()) {
            Q_EMIT message(result.error);
            return;
        }
        QStringList problems;
        for (const auto &row : result.rows) {
            for (const ValidationIssue &issue : rejectionsOf(row.issues))
                problems.append(tr("Line %1: %2").arg(row.line).arg(issue.toDisplayString()));
        }
        if (askToConfirm) {
            QMessageBox box(QMessageBox::Question, tr("Import posts"),
                            tr("%n row(s) can become drafts.", nullptr, result.goodCount()), QMessageBox::NoButton, m_window);
            if (!problems.isEmpty()) {
                box.setInformativeText(tr("%n row(s) were refused; see the details.", nullptr, result.badCount()));
                box.setDetailedText(problems.join(QLatin1Char('\n')));
            }
            box.addButton(tr("Create drafts"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            if (box.exec() == QMessageBox::Cancel || result.goodCount() == 0)
                return;
        }
        QList<Post> drafts;
        for (const auto &row : result.rows) {
            if (row.isGood())
                drafts.append(row.post);
        }
        auto saving = m_storage->run([drafts](PostStore &store) mutable {
            int saved = 0;
            for (Post &post : drafts)
                saved += store.save(post) > 0;
            return saved;
        });
        onResult(this, saving, [this, problems](int saved) {
            Q_EMIT message(tr("%n draft(s) created from the CSV.", nullptr, saved)
                           + (problems.isEmpty() ? QString() : tr(" %n row(s) refused.", nullptr, int(problems.size()))));
            Q_EMIT postsChanged();
        });
    });
}

} // namespace tokdeck
