// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PgListener.h"

#include "storage/Database.h"
#include "storage/MigrationsNotify.h"
#include "support/Logging.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace tokdeck {

// Everything that touches the connection, on the listener's thread.
class PgListener::Session
{
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(PgListener &owner, const QString &location, PgListenerTiming timing)
        : m_owner(owner)
        , m_location(location)
        , m_timing(timing)
        , m_retryDelayMs(timing.firstRetryMs)
    {
        m_batch.setSingleShot(true);
        m_batch.setTimerType(Qt::PreciseTimer); // 5 ms: a coarse timer's slack would be most of it
        m_retry.setSingleShot(true);
        QObject::connect(&m_batch, &QTimer::timeout, &m_batch, [this] { flush(); });
        QObject::connect(&m_health, &QTimer::timeout, &m_health, [this] { checkHealth(); });
        QObject::connect(&m_retry, &QTimer::timeout, &m_retry, [this] { connectNow(); });
        // The driver watches the socket only to read notices: when the server goes away it
        // reads the end of the stream, libpq closes the socket and marks the connection bad,
        // and the driver says nothing. Looking at the connection's status (no I/O) each time
        // this thread is about to sleep finds that at once instead of at the next health check,
        // and drops the connection before the driver's notifier polls a closed (or reused)
        // descriptor.
        QObject::connect(QAbstractEventDispatcher::instance(),
                         &QAbstractEventDispatcher::aboutToBlock, &m_health, [this] {
                             if (m_database && !m_database->connection().isOpen())
                                 lose(QStringLiteral("the server closed the connection"));
                         });
    }

    void connectNow();

private:
    bool listen();
    void notified(const QVariant &payload);
    void flush();
    void checkHealth();
    void lose(const QString &reason);
    void retryLater();

    PgListener &m_owner;
    QString m_location;
    PgListenerTiming m_timing;
    int m_retryDelayMs;
    bool m_firstAttempt = true;
    std::unique_ptr<Database> m_database;
    QTimer m_batch;
    QTimer m_health;
    QTimer m_retry;
    QSet<qint64> m_pending; // the batch being collected
    bool m_pendingReset = false;
};

void PgListener::Session::connectNow()
{
    const bool reconnecting = !std::exchange(m_firstAttempt, false);
    // A Database of its own: the same URL handling, options and schema check as the store's,
    // on a connection named after this thread.
    m_database = std::make_unique<Database>(m_location);
    if (!m_database->open().ok() || !listen()) { // open() logs why it failed
        m_database.reset();
        retryLater();
        return;
    }
    m_health.start(m_timing.healthCheckMs);
    m_retryDelayMs = m_timing.firstRetryMs;
    qCInfo(lcStorage) << "listening for changes on" << m_database->path();
    Q_EMIT m_owner.listening();
    if (reconnecting) // whatever was committed while no one listened is unknown
        Q_EMIT m_owner.reset();
}

bool PgListener::Session::listen()
{
    QSqlDatabase db = m_database->connection();
    // So that a DBA (and a test) can tell this connection in pg_stat_activity.
    QSqlQuery(db).exec(QStringLiteral("SET application_name = 'tokdeck-listener'"));
    QSqlDriver *driver = db.driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &, QSqlDriver::NotificationSource,
                            const QVariant &payload) { notified(payload); });
    if (!driver->subscribeToNotification(QLatin1StringView(postsNotifyChannel))) {
        qCWarning(lcStorage) << "could not listen for changes:" << driver->lastError().text();
        return false;
    }
    return true;
}

void PgListener::Session::notified(const QVariant &payload)
{
    bool isId = false;
    const qint64 id = payload.toString().toLongLong(&isId);
    if (isId && id > 0) {
        m_pending.insert(id);
    } else {
        // Not one of the trigger's: a script's bare NOTIFY tokdeck_posts, say "reload".
        m_pendingReset = true;
    }
    // Not restarted by later ids: the first one waits at most batchMs.
    if (!m_batch.isActive())
        m_batch.start(m_timing.batchMs);
}

void PgListener::Session::flush()
{
    if (std::exchange(m_pendingReset, false)) {
        m_pending.clear();
        Q_EMIT m_owner.reset();
        return;
    }
    if (m_pending.isEmpty())
        return;
    QList<qint64> ids = std::exchange(m_pending, {}).values();
    std::sort(ids.begin(), ids.end());
    Q_EMIT m_owner.postsChanged(ids);
}

void PgListener::Session::checkHealth()
{
    if (!m_database)
        return;
    QString error;
    {
        QSqlDatabase db = m_database->connection();
        QSqlQuery query(db);
        if (!db.isOpen())
            error = QStringLiteral("the connection is closed");
        else if (!query.exec(QStringLiteral("SELECT 1")))
            error = QStringLiteral("SELECT 1 failed: ") + query.lastError().text();
    } // no handle left when lose() removes the connection
    if (!error.isEmpty())
        lose(error);
}

void PgListener::Session::lose(const QString &reason)
{
    if (!m_database)
        return; // already lost (the socket and the health check can both find it)
    qCWarning(lcStorage).noquote() << "lost the connection listening for changes:" << reason;
    m_health.stop();
    m_database.reset();
    Q_EMIT m_owner.connectionLost(reason);
    retryLater();
}

void PgListener::Session::retryLater()
{
    m_retry.start(m_retryDelayMs);
    Q_EMIT m_owner.reconnecting(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, m_timing.maxRetryMs);
}

PgListener::PgListener(QString location, PgListenerTiming timing, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_timing(timing)
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("tokdeck-listener"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

PgListener::~PgListener()
{
    Q_ASSERT_X(QThread::currentThread() != &m_thread, "PgListener",
               "destroyed from its own thread");
    // The session's Database and timers belong to the thread: they go there.
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_session.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PgListener::start()
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            if (m_session)
                return;
            m_session = std::make_unique<Session>(*this, m_location, m_timing);
            m_session->connectNow();
        },
        Qt::QueuedConnection);
}

} // namespace tokdeck
