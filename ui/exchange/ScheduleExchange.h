#pragma once

#include <QObject>

class QWidget;

namespace tokdeck {

class StorageWorker;

// The File menu's "Export schedule (.ics)…" and "Import posts from CSV…": file dialogs in
// front, all reading, probing and writing on worker threads.
class ScheduleExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleExchange)

public:
    ScheduleExchange(StorageWorker *storage, QWidget *window);

    void exportIcs();
    void exportIcsTo(const QString &path); // no dialog: for tests and automation
    void importCsv();
    void importCsvFrom(const QString &path, bool askToConfirm = true);

Q_SIGNALS:
    void message(const QString &text);
    void postsChanged();

private:
    StorageWorker *m_storage;
    QWidget *m_window;
};

} // namespace tokdeck
