// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <deque>

namespace QKeychain {
class Job;
}

namespace tokdeck {

// The API key's only store: the OS keychain (Secret Service / KWallet through QtKeychain), one
// entry per API host ("api-key@<host>"), so a sandbox key and the real key never mix.
//
// Every call returns at once; the outcome arrives later as exactly one signal (keyRead,
// keyMissing, keyWritten, keyRemoved or failed), in the order the calls were made.
//
// Where no keychain works (no Secret Service on the session bus), the store switches to
// session-only mode for the rest of the process: keychainUnavailable() is emitted once with a
// sentence for the user, and keys are then kept in this object's memory only. There is no
// plaintext fallback of any kind (no QSettings, file or database). Session-only keys belong to
// this object, so the app should share one KeyStore.
//
// Lives in a thread with a running event loop (the GUI thread in practice): libsecret answers
// through the GLib main context that Qt's default event dispatcher on Linux runs. Delete it with
// deleteLater() from a slot connected to its own signals, never directly.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    enum class Failure {
        InvalidArgument, // empty host or empty key: a caller bug, nothing was sent
        AccessDenied,    // keyring locked, or the user refused the unlock prompt
        Other,           // the keychain answered with an error we cannot act on
    };
    Q_ENUM(Failure)

    static QString defaultService() { return QStringLiteral("Tokdeck"); }

    // `service` names the keychain namespace; tests pass their own so that they never touch a
    // real user's entry.
    explicit KeyStore(QObject *parent = nullptr);
    explicit KeyStore(const QString &service, QObject *parent = nullptr);
    ~KeyStore() override;

    QString service() const { return m_service; }
    // The keychain entry name for a host, e.g. "api-key@v1.api.crosspostify.com".
    static QString entryKey(const QString &host);

    void read(const QString &host);
    void write(const QString &host, const QString &key);
    void remove(const QString &host);

    // True once no keychain backend worked: keys live in memory until the process ends.
    bool isSessionOnly() const { return m_sessionOnly; }

Q_SIGNALS:
    void keyRead(const QString &host, const QString &key);
    void keyMissing(const QString &host);
    void keyWritten(const QString &host);
    void keyRemoved(const QString &host);
    void failed(const QString &host, tokdeck::KeyStore::Failure failure, const QString &message);
    // Once, when session-only mode starts; emitted before the outcome of the call that found out.
    void keychainUnavailable(const QString &message);

private:
    enum class Kind { Read, Write, Remove };
    struct Operation
    {
        Kind kind;
        QString host;
        QString key; // Write only
    };

    void enqueue(Operation operation);
    void startNext();
    void startKeychainJob(const Operation &operation);
    void onJobFinished(QKeychain::Job *job);
    void finishInMemory(const Operation &operation);
    void enterSessionOnly(const QString &detail);
    void done();
    static QString invalidArgumentMessage(Kind kind, const QString &host, const QString &key);
    static QString accessDeniedMessage(const Operation &operation);
    static QLatin1StringView kindName(Kind kind);

    QString m_service;
    bool m_sessionOnly = false;
    // Set once the keychain gave any real answer (a key, "not found", "locked"): from then on an
    // unexplained error is a failure to report, not a sign that there is no keychain.
    bool m_keychainAnswered = false;
    // Session-only mode's keys, by host. Never written anywhere.
    QHash<QString, QString> m_sessionKeys;
    // One operation at a time, so a read issued after a write sees that write, also when the
    // store switches to session-only mode half-way through a burst of calls.
    std::deque<Operation> m_queue;
    bool m_busy = false;
};

} // namespace tokdeck
