// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>
#include <QTimer>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tokdeck {

namespace {

// A later start that connects but says nothing (or too slowly) is dropped after this long:
// the window must not keep sockets open for a stuck client.
constexpr int requestDeadlineMs = 2000;
// Unix socket paths are limited to about 108 bytes.
constexpr qsizetype maxSocketPathLength = 100;

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Reads one reply line within the deadline; empty when none came.
QByteArray readLine(QLocalSocket &socket, const QDeadlineTimer &deadline)
{
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > SingleInstance::maxMessageBytes || deadline.hasExpired()
            || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return {};
    }
    return socket.readLine(SingleInstance::maxMessageBytes);
}

} // namespace

SingleInstance::SingleInstance(QString dataFolder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(dataFolder))
{}

SingleInstance::~SingleInstance() = default; // the lock file goes with m_lock

QString SingleInstance::lockFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("tokdeck-window.lock"));
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

QString SingleInstance::serverName(const QString &dataFolder)
{
    // The same folder reached through a symlink or with a trailing slash is the same folder.
    QString folder = QFileInfo(dataFolder).canonicalFilePath();
    if (folder.isEmpty())
        folder = QDir::cleanPath(QDir(dataFolder).absolutePath());
    const QByteArray hash =
        QCryptographicHash::hash((userKey() + QLatin1Char('\n') + folder).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    const QString name = QStringLiteral("tokdeck-") + QString::fromLatin1(hash);
    // In the user's own runtime folder (mode 0700) nobody else can squat the name; the shared
    // temporary folder is the fallback.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
        const QString path = QDir(runtime).filePath(name);
        if (path.size() <= maxSocketPathLength)
            return path;
    }
    return name;
}

SingleInstance::Result SingleInstance::start(const QStringList &files, int timeoutMs)
{
    if (!QDir().mkpath(m_folder))
        return {Role::Failed, tr("Tokdeck cannot create its data folder %1. Check that you may "
                                 "write there, or set TOKDECK_DATA_DIR to another folder.")
                                  .arg(QDir::toNativeSeparators(m_folder))};
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // The window runs for days and never touches the file again, so its age says nothing:
    // a lock is stale when its process is gone (QLockFile checks the process id and name
    // itself, which covers a crash), or when nobody answers on the folder's socket (below).
    m_lock->setStaleLockTime(0);
    QString error;
    if (m_lock->tryLock(0))
        return listen(&error) ? Result{Role::Primary, {}} : Result{Role::Failed, error};
    if (m_lock->error() != QLockFile::LockFailedError)
        return {Role::Failed, tr("Tokdeck cannot create the lock file %1. Check that you may "
                                 "write to the data folder.")
                                  .arg(QDir::toNativeSeparators(lockFilePath()))};
    Result handed = handOver(files, timeoutMs);
    if (handed.role != Role::Primary)
        return handed;
    // The holder lives but does not listen for this folder: its process id was reused, or it
    // is not a Tokdeck window. The lock is left over from a crash.
    m_lock->removeStaleLockFile();
    if (m_lock->tryLock(0))
        return listen(&error) ? Result{Role::Primary, {}} : Result{Role::Failed, error};
    return {Role::Failed, tr("Another Tokdeck holds the data folder %1 but does not answer. "
                             "Close it and start Tokdeck again.")
                              .arg(QDir::toNativeSeparators(m_folder))};
}

bool SingleInstance::listen(QString *error)
{
    const QString name = serverName(m_folder);
    // We hold the lock: a socket file under this name is a crashed window's.
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user's starts only
    if (!m_server->listen(name)) {
        *error = tr("Tokdeck cannot listen for later starts on %1: %2. Close other Tokdeck "
                    "windows and start it again.")
                     .arg(name, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_lock->unlock();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

// Returns role Primary when nobody listens for the folder (the caller then takes over the
// lock), HandedOver when the running window took the files, Failed otherwise.
SingleInstance::Result SingleInstance::handOver(const QStringList &files, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (files.size() > maxFiles)
        return {Role::Failed, tr("%n files are too many to hand over to the running Tokdeck "
                                 "(at most %1). Drop their folder on its window instead.",
                                 nullptr, int(files.size()))
                                  .arg(maxFiles)};
    const QByteArray request = line(QJsonObject{
        {QStringLiteral("v"), 1}, {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
    if (request.size() > maxMessageBytes)
        return {Role::Failed, tr("The file names are too long to hand over to the running "
                                 "Tokdeck. Drop the files on its window instead.")};
    QLocalSocket socket;
    const QString name = serverName(m_folder);
    // The holder may have just taken the lock and not be listening yet: try again briefly.
    for (;;) {
        socket.connectToServer(name);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        if (deadline.hasExpired())
            return {Role::Primary, {}};
        QThread::msleep(50); // a back-off between attempts, not a synchronisation
    }
    socket.write(request);
    const QByteArray reply =
        socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))
            ? readLine(socket, deadline)
            : QByteArray();
    const QJsonObject answer = QJsonDocument::fromJson(reply).object();
    if (answer.value(QStringLiteral("ok")).toBool())
        return {Role::HandedOver, {}};
    if (!answer.value(QStringLiteral("error")).toString().isEmpty())
        return {Role::Failed, answer.value(QStringLiteral("error")).toString()};
    return {Role::Failed, tr("The running Tokdeck for %1 did not answer in time. It may be "
                             "busy: try again in a moment, or close it and start again.")
                              .arg(QDir::toNativeSeparators(m_folder))};
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(requestDeadlineMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessageBytes)
            socket->abort(); // no line end within the cap: not a Tokdeck start
        return;
    }
    const QByteArray request = socket->readLine(maxMessageBytes + 1);
    const QJsonObject object = QJsonDocument::fromJson(request).object();
    const QJsonValue list = object.value(QStringLiteral("files"));
    if (object.value(QStringLiteral("v")).toInt() != 1 || !list.isArray()
        || list.toArray().size() > maxFiles) {
        socket->write(line({{QStringLiteral("ok"), false},
                            {QStringLiteral("error"),
                             tr("The running Tokdeck did not understand this start. Use the "
                                "same Tokdeck version for both.")}}));
        socket->disconnectFromServer();
        return;
    }
    QStringList files;
    for (const QJsonValue &value : list.toArray()) {
        // Relative names would be read against the wrong folder: the sender makes them whole.
        if (const QString path = value.toString(); !path.isEmpty() && QDir::isAbsolutePath(path))
            files.append(QDir::cleanPath(path));
    }
    socket->write(line({{QStringLiteral("ok"), true}}));
    socket->disconnectFromServer();
    Q_EMIT activationRequested(files);
}

} // namespace tokdeck
