// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace tokdeck {

// One Tokdeck window per data folder: two would run two outboxes and two composers on one
// database. The first start takes a lock file in the data folder and listens on a local
// socket named after the folder (and the user); a later start finds the lock, hands its
// command-line files to the first over that socket and exits.
//
// The hand-over is one line of JSON each way, bounded in size and time:
//   second -> first: {"v":1,"files":["/abs/a.mp4",...]}\n
//   first -> second: {"ok":true}\n
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,    // this process owns the data folder and listens for later starts
        HandedOver, // another Tokdeck owns it and took the files: exit now
        Failed,     // neither (see message): exit with an error
    };
    struct Result
    {
        Role role = Role::Failed;
        QString message; // for Failed: what went wrong and what to do
    };

    // Caps on what a later start may send: a file manager's selection, not a flood.
    static constexpr qsizetype maxMessageBytes = 1 << 20;
    static constexpr int maxFiles = 1000;

    explicit SingleInstance(QString dataFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary, or hands `files` (absolute paths) to the running one. Blocks for
    // at most about `timeoutMs` (only when another Tokdeck holds the folder).
    Result start(const QStringList &files, int timeoutMs = 3000);

    bool isPrimary() const;
    QString lockFilePath() const;
    // The local socket's name: a hash of the user and the canonical data folder, inside the
    // user's private runtime folder when there is one.
    static QString serverName(const QString &dataFolder);

Q_SIGNALS:
    // A later start asked to be shown, with these files to open (possibly none).
    void activationRequested(const QStringList &files);

private:
    bool listen(QString *error);
    Result handOver(const QStringList &files, int timeoutMs);
    void accept();
    void readRequest(QLocalSocket *socket);

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace tokdeck
