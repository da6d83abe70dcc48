// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace tokdeck {

class ApiClient;
class StorageWorker;
class UploadMediaJob;

// Many files dropped at once: each becomes its own draft and is uploaded in the background
// (at most two at a time), so captions and times can be added later at leisure and publishing
// is quick. Files whose content is already queued or already uploaded are noticed, not sent.
class UploadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueue)

public:
    enum class Status { Waiting, Checking, Uploading, Done, Duplicate, Failed, Cancelled };
    Q_ENUM(Status)

    struct Item
    {
        QString path;
        qint64 postId = 0;
        Status status = Status::Waiting;
        qint64 sent = 0;
        qint64 total = 0;
        double bytesPerSecond = 0;
        QString sha256;
        QString message; // why it failed, or which post already has this content
        // Failed in a way a retry cannot fix (a rule or the server refused the file, it is
        // missing or unreadable): the row offers no retry, and the message says what to do.
        bool permanent = false;

        // 0-100 through the current upload attempt; 100 once done.
        int percent() const;
    };

    UploadQueue(ApiClient *client, StorageWorker *storage, QObject *parent = nullptr);
    ~UploadQueue() override;

    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }

    // "Fix what can be fixed": when set, each new file goes through it before it becomes a
    // draft, on a worker thread (it may take minutes: it encodes). It returns the path to
    // draft and upload (a fixed copy, or the file itself), or empty with *error (translated)
    // when no fix helps; progress(0..100) shows on the file's row. A function, so that the
    // queue needs no encoder (the UI hands in MediaFixer).
    using Fixer = std::function<QString(
        const QString &path, const std::function<void(int percent)> &progress, QString *error)>;
    void setFixer(Fixer fixer) { m_fixer = std::move(fixer); }
    const QList<Item> &items() const { return m_items; }

    void add(const QStringList &paths); // files; folders are expanded to the media inside
    void cancel(int index);
    void retry(int index); // back in the waiting line; started when a place is free
    // Whether cancel() / retry() would do anything now, for buttons that offer them.
    bool canCancel(int index) const;
    bool canRetry(int index) const; // false for a permanent failure
    // Whether sending the same file again could succeed after an upload failed this way:
    // not for a refused or unreadable file, nor a 4xx other than 408 (timeout) and 429.
    static bool isPermanent(const ApiError &error);
    // Nothing waiting, nothing running, and no background work (hashing, a draft being
    // saved) still to come back.
    bool isIdle() const;

Q_SIGNALS:
    void itemAdded(int index);
    void itemChanged(int index);
    void draftCreated(qint64 postId);
    void idle();

private:
    void startNext();
    void createDraftAndUpload(int index);
    void upload(int index);
    void finishItem(int index, Status status, const QString &message = {}, bool permanent = false);
    void failForGood(int index, const QString &message)
    {
        finishItem(index, Status::Failed, message, true);
    }
    int running() const;
    bool isChecking() const;

    ApiClient *m_client;
    StorageWorker *m_storage;
    QList<Item> m_items;
    QHash<int, QPointer<UploadMediaJob>> m_jobs;
    QHash<int, QElapsedTimer> m_clocks;
    // Items whose hashing or draft save is still out. Such an item may already show Cancelled
    // (or Waiting again after a retry); it is not started again until the work comes back, so
    // one item never gets two drafts.
    QSet<int> m_busy;
    int m_maxConcurrent = 2;
    Fixer m_fixer;
};

} // namespace tokdeck
