// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secrets/KeyStore.h"

#include "support/Logging.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace tokdeck {

namespace {

// OtherError covers both "the keychain said no" and "there is no keychain to ask". The second
// shows up as a D-Bus or GIO connection error: libsecret when the bus or org.freedesktop.secrets
// is missing ("Could not connect: ..."), QtKeychain's KWallet path ("D-Bus is not running").
// GLib translates its wording, so until the keychain has answered once, any OtherError counts as
// "no keychain" too: keeping the key in memory is the safe reading of an error we cannot name.
bool isMissingBackend(QKeychain::Error error, const QString &detail, bool keychainAnswered)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    if (!keychainAnswered)
        return true;
    static const QLatin1StringView markers[] = {
        QLatin1StringView("org.freedesktop.DBus.Error"),
        QLatin1StringView("org.freedesktop.secrets"),
        QLatin1StringView("D-Bus"),
        QLatin1StringView("DBus"),
        QLatin1StringView("dbus"),
        QLatin1StringView("Could not connect"),
        QLatin1StringView("autolaunch"),
        QLatin1StringView("kwalletd"),
    };
    for (const QLatin1StringView marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

KeyStore::KeyStore(QObject *parent)
    : KeyStore(defaultService(), parent)
{}

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

// Jobs still running keep going on their own (they are not our children, see
// startKeychainJob); their finished() connections die with this object.
KeyStore::~KeyStore() = default;

QString KeyStore::entryKey(const QString &host)
{
    // Host names are case-insensitive; one spelling keeps one entry per host.
    return QStringLiteral("api-key@") + host.trimmed().toLower();
}

void KeyStore::read(const QString &host)
{
    enqueue({Kind::Read, host, {}});
}

void KeyStore::write(const QString &host, const QString &key)
{
    enqueue({Kind::Write, host, key});
}

void KeyStore::remove(const QString &host)
{
    enqueue({Kind::Remove, host, {}});
}

void KeyStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    // Always start from the event loop, never inside the call: callers connect after calling
    // just as safely as before, and every outcome is asynchronous, keychain or not.
    if (!m_busy) {
        m_busy = true;
        QMetaObject::invokeMethod(this, &KeyStore::startNext, Qt::QueuedConnection);
    }
}

void KeyStore::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    const Operation &operation = m_queue.front();
    const QString host = operation.host.trimmed().toLower();
    const QString invalid = invalidArgumentMessage(operation.kind, host, operation.key);
    if (!invalid.isEmpty()) {
        qCWarning(lcSecrets) << "rejected" << kindName(operation.kind) << "for" << operation.host
                             << "as invalid";
        Q_EMIT failed(operation.host, Failure::InvalidArgument, invalid);
        done();
        return;
    }
    if (m_sessionOnly)
        finishInMemory(operation);
    else
        startKeychainJob(operation);
}

void KeyStore::startKeychainJob(const Operation &operation)
{
    QKeychain::Job *job = nullptr;
    switch (operation.kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(operation.key);
        job = writeJob;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent on purpose: the backend holds a raw pointer to the job until its callback runs,
    // so the job must outlive us if we are destroyed first. autoDelete frees it after finished.
    job->setAutoDelete(true);
    // The key must never land in a plaintext QSettings file, whatever the library default is.
    job->setInsecureFallback(false);
    job->setKey(entryKey(operation.host));
    connect(job, &QKeychain::Job::finished, this, &KeyStore::onJobFinished);
    qCDebug(lcSecrets) << "keychain" << kindName(operation.kind) << "for" << operation.host
                       << "in service" << m_service;
    job->start();
}

void KeyStore::onJobFinished(QKeychain::Job *job)
{
    const Operation &operation = m_queue.front();
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    const QLatin1StringView name = kindName(operation.kind);

    const bool answeredBefore = m_keychainAnswered;
    if (error != QKeychain::OtherError && error != QKeychain::NoBackendAvailable)
        m_keychainAnswered = true;

    if (error == QKeychain::NoError) {
        qCDebug(lcSecrets) << "keychain" << name << "for" << operation.host << "succeeded";
        switch (operation.kind) {
        case Kind::Read: {
            const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(job);
            Q_EMIT keyRead(operation.host, readJob->textData());
            break;
        }
        case Kind::Write:
            Q_EMIT keyWritten(operation.host);
            break;
        case Kind::Remove:
            Q_EMIT keyRemoved(operation.host);
            break;
        }
        done();
        return;
    }

    // The detail comes from the backend (D-Bus, libsecret): it never contains the secret.
    qCDebug(lcSecrets) << "keychain" << name << "for" << operation.host << "failed:" << error
                       << detail;

    if (error == QKeychain::EntryNotFound && operation.kind != Kind::Write) {
        if (operation.kind == Kind::Read)
            Q_EMIT keyMissing(operation.host);
        else
            Q_EMIT keyRemoved(operation.host); // removing what is not there is done already
        done();
        return;
    }
    if (isMissingBackend(error, detail, answeredBefore)) {
        enterSessionOnly(detail);
        finishInMemory(operation);
        return;
    }
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        Q_EMIT failed(operation.host, Failure::AccessDenied, accessDeniedMessage(operation));
        done();
        return;
    }
    Q_EMIT failed(operation.host, Failure::Other,
                  tr("The system keychain could not handle the API key for %1: %2")
                      .arg(operation.host, detail));
    done();
}

QString KeyStore::invalidArgumentMessage(Kind kind, const QString &host, const QString &key)
{
    if (host.isEmpty())
        return tr("No API host was given for the API key.");
    if (kind != Kind::Write)
        return {};
    if (key.isEmpty())
        return tr("The API key is empty, so it was not saved.");
    // The Secret Service stores a C string: everything after a NUL would be cut off silently.
    if (key.contains(QChar(0)))
        return tr("The API key contains a NUL character, so it was not saved. Paste it again.");
    return {};
}

QString KeyStore::accessDeniedMessage(const Operation &operation)
{
    // Whole sentences per case, so translators never glue verbs into a template.
    switch (operation.kind) {
    case Kind::Read:
        return tr("The system keychain is locked or refused access, so the API key for %1 "
                  "could not be read. Unlock your keyring (GNOME Keyring or KWallet) and try "
                  "again.")
            .arg(operation.host);
    case Kind::Write:
        return tr("The system keychain is locked or refused access, so the API key for %1 "
                  "could not be saved. Unlock your keyring (GNOME Keyring or KWallet) and try "
                  "again.")
            .arg(operation.host);
    case Kind::Remove:
        break;
    }
    return tr("The system keychain is locked or refused access, so the API key for %1 could "
              "not be removed. Unlock your keyring (GNOME Keyring or KWallet) and try again.")
        .arg(operation.host);
}

QLatin1StringView KeyStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Read:
        return QLatin1StringView("read");
    case Kind::Write:
        return QLatin1StringView("write");
    case Kind::Remove:
        break;
    }
    return QLatin1StringView("remove");
}

void KeyStore::finishInMemory(const Operation &operation)
{
    const QString host = operation.host.trimmed().toLower();
    qCDebug(lcSecrets) << "session-only" << kindName(operation.kind) << "for" << operation.host;
    switch (operation.kind) {
    case Kind::Read: {
        const auto found = m_sessionKeys.constFind(host);
        if (found == m_sessionKeys.cend())
            Q_EMIT keyMissing(operation.host);
        else
            Q_EMIT keyRead(operation.host, found.value());
        break;
    }
    case Kind::Write:
        m_sessionKeys.insert(host, operation.key);
        Q_EMIT keyWritten(operation.host);
        break;
    case Kind::Remove:
        m_sessionKeys.remove(host);
        Q_EMIT keyRemoved(operation.host);
        break;
    }
    done();
}

void KeyStore::enterSessionOnly(const QString &detail)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCWarning(lcSecrets) << "no system keychain available, keeping API keys for this session "
                            "only:"
                         << detail;
    Q_EMIT keychainUnavailable(
        tr("No system keychain is available (Secret Service not running), so the API key is "
           "kept for this session only and you will be asked again next time. Install and "
           "unlock GNOME Keyring or KWallet to keep it."));
}

void KeyStore::done()
{
    m_queue.pop_front();
    // Queued again: a slot reacting to this outcome may call us, and the next job's start must
    // not run inside the previous job's finished() emission.
    QMetaObject::invokeMethod(this, &KeyStore::startNext, Qt::QueuedConnection);
}

} // namespace tokdeck
