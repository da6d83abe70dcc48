// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Reconnect.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/StorageWorker.h"
#include "storage/StoreBase.h"
#include "support/Logging.h"

#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace tokdeck {

Reconnect::Reconnect(Database &database, StoreContext &context, QString host, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(context)
    , m_host(std::move(host))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reconnect::retry);
}

QString Reconnect::unreachableReason(const QString &host)
{
    return tr("the team calendar on %1 cannot be reached; Tokdeck keeps trying to reconnect.")
        .arg(host);
}

bool Reconnect::check()
{
    if (!m_reachable || m_context.lastError.isEmpty() || m_context.lastError == m_checked)
        return false;
    // Any failure (a refused save, a lock timeout) looks the same from here: ask the server
    // something that cannot fail while it is there. The driver's isOpen() stays true on a
    // dropped connection, and its error types differ between libpq versions.
    if (m_database.isOpen()) {
        QSqlQuery probe(m_database.connection());
        if (probe.exec(QStringLiteral("SELECT 1")) && probe.next()) {
            m_checked = m_context.lastError;
            return false;
        }
    }
    const QString reason = unreachableReason(m_host);
    m_context.lastError = tr("%1 (%2)").arg(m_context.lastError, reason);
    m_checked = m_context.lastError;
    lost();
    return true;
}

void Reconnect::lost()
{
    qCWarning(lcStorage) << "the team database on" << m_host << "is unreachable; retrying";
    m_reachable = false;
    m_context.unreachable = unreachableReason(m_host);
    m_delayMs = firstRetryMs;
    m_timer.start(m_delayMs);
    Q_EMIT reachableChanged(false);
}

void Reconnect::retry()
{
    // open() closes the dead connection and makes a new one (migrations are a version read
    // when nothing is to do). The server refusing the connection answers at once; a silent
    // network waits for connect_timeout.
    const DatabaseOpenResult result = m_database.open();
    if (!result.ok()) {
        m_delayMs = std::min(m_delayMs * 2, maxRetryMs);
        qCInfo(lcStorage) << "still unreachable:" << result.error << "next try in" << m_delayMs
                          << "ms";
        m_timer.start(m_delayMs);
        return;
    }
    qCInfo(lcStorage) << "the team database on" << m_host << "is back";
    m_reachable = true;
    m_context.unreachable.clear();
    m_checked.clear();
    m_delayMs = firstRetryMs;
    Q_EMIT reachableChanged(true);
    Q_EMIT reconnected();
}

// StorageWorker's part, here so that its own file stays about jobs.

QString StorageWorker::hostOf(const QString &location)
{
    const QString resolved =
        location.isEmpty() ? qEnvironmentVariable("TOKDECK_DATABASE_URL") : location;
    if (!sql::isDatabaseUrl(resolved))
        return {};
    const QUrl url(resolved);
    // No host: libpq's local socket (postgresql:///tokdeck), this machine all the same.
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(url.port()) : host;
}

QString StorageWorker::member() const
{
    const QMutexLocker lock(&m_memberLock);
    return m_member;
}

void StorageWorker::checkReachable()
{
    if (!m_database || !m_stores)
        return;
    if (m_database->isOpen() && member().isEmpty()) { // once: a connection's login never changes
        const QString member = sql::currentMember(m_database->connection());
        const QMutexLocker lock(&m_memberLock);
        m_member = member;
    }
    if (!m_database->isPostgres())
        return;
    if (!m_reconnect) {
        m_reconnect = std::make_unique<Reconnect>(*m_database, m_stores->context, m_host);
        // Direct: emitted on the storage thread, as every other notice of the worker is.
        connect(
            m_reconnect.get(), &Reconnect::reachableChanged, this,
            [this](bool reachable) {
                m_reachable = reachable;
                Q_EMIT reachableChanged(reachable);
            },
            Qt::DirectConnection);
        connect(m_reconnect.get(), &Reconnect::reconnected, this, &StorageWorker::postsReset,
                Qt::DirectConnection);
    }
    m_reconnect->check();
}

} // namespace tokdeck
