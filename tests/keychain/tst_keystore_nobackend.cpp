// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// KeyStore where no keychain backend works: no session bus at all. The store must say so once,
// keep keys in memory for the process, and write nothing to disk.
#include "KeyStoreOutcomes.h"
#include "secrets/KeyStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using tokdeck::KeyStore;

class tst_KeyStoreNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionOnlyKeepsKeysInMemory();
    void sessionOnlyIsPerStoreAndNotPersisted();
    void nothingReachedTheDisk();

private:
    QTemporaryDir m_home;
    const QString m_service = QStringLiteral("TokdeckNoBackendTest");
    // Distinctive bytes to look for on disk afterwards.
    const QString m_liveKey = QStringLiteral("cp_live_NOBACKEND_3f9c1e_ключ");
    const QString m_sandboxKey = QStringLiteral("cp_test_NOBACKEND_77ab02");
};

void tst_KeyStoreNoBackend::initTestCase()
{
    QVERIFY(m_home.isValid());
    // QtKeychain and libsecret look at the bus when a job runs, so setting this before the
    // first job is enough. No DISPLAY: GIO must not try to autolaunch a bus through X11.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tokdeck-no-bus");
    qunsetenv("DISPLAY");
    // Every place a plaintext fallback could write to is inside the temporary HOME.
    const QString home = m_home.path();
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + u"/.config").toUtf8());
    qputenv("XDG_DATA_HOME", (home + u"/.local/share").toUtf8());
    qputenv("XDG_CACHE_HOME", (home + u"/.cache").toUtf8());
    qputenv("XDG_STATE_HOME", (home + u"/.local/state").toUtf8());
}

void tst_KeyStoreNoBackend::sessionOnlyKeepsKeysInMemory()
{
    const QString live = QStringLiteral("v1.api.crosspostify.com");
    const QString sandbox = QStringLiteral("sandbox.api.crosspostify.com");
    KeyStore store(m_service);
    KeyStoreOutcomes outcomes(store);
    QVERIFY(!store.isSessionOnly());

    store.write(live, m_liveKey);
    QCOMPARE(outcomes.total(), 0); // asynchronous, also without a backend
    QVERIFY(outcomes.waitForTotal(1));
    QVERIFY2(outcomes.failed.isEmpty(), outcomes.describeFailures().constData());
    QCOMPARE(outcomes.written.size(), 1);
    QVERIFY(store.isSessionOnly());
    // Told once, in words a user can act on.
    QCOMPARE(outcomes.unavailable.size(), 1);
    const QString message = outcomes.unavailable.at(0).at(0).toString();
    QVERIFY2(message.contains(u"session only") && message.contains(u"GNOME Keyring"),
             qPrintable(message));

    outcomes.clear();
    store.write(sandbox, m_sandboxKey);
    store.read(live);
    store.read(sandbox);
    QVERIFY(outcomes.waitForTotal(3));
    QCOMPARE(outcomes.written.size(), 1);
    QCOMPARE(outcomes.read.size(), 2);
    QCOMPARE(outcomes.read.at(0), (QList<QVariant>{live, m_liveKey}));
    QCOMPARE(outcomes.read.at(1), (QList<QVariant>{sandbox, m_sandboxKey}));
    QVERIFY(outcomes.unavailable.isEmpty()); // not repeated

    outcomes.clear();
    store.write(live, m_liveKey + u"-replaced");
    store.read(live);
    store.remove(sandbox);
    store.read(sandbox);
    QVERIFY(outcomes.waitForTotal(4));
    QCOMPARE(outcomes.read.size(), 1);
    QCOMPARE(outcomes.read.at(0).at(1).toString(), m_liveKey + u"-replaced");
    QCOMPARE(outcomes.removed.size(), 1);
    QCOMPARE(outcomes.missing.size(), 1);
    QCOMPARE(outcomes.missing.at(0).at(0).toString(), sandbox);
    QVERIFY(outcomes.failed.isEmpty());
}

void tst_KeyStoreNoBackend::sessionOnlyIsPerStoreAndNotPersisted()
{
    // A new store finds out on its own (a read this time) and has nothing: the previous
    // store's keys were never written anywhere.
    KeyStore store(m_service);
    KeyStoreOutcomes outcomes(store);
    store.read(QStringLiteral("v1.api.crosspostify.com"));
    QVERIFY(outcomes.waitForTotal(1));
    QVERIFY2(outcomes.failed.isEmpty(), outcomes.describeFailures().constData());
    QCOMPARE(outcomes.missing.size(), 1);
    QCOMPARE(outcomes.unavailable.size(), 1);
    QVERIFY(store.isSessionOnly());
}

void tst_KeyStoreNoBackend::nothingReachedTheDisk()
{
    // No QSettings, file or database fallback: no file under HOME may hold the key's bytes,
    // in UTF-8 or base64 (QtKeychain's own fallback stores base64).
    QList<QByteArray> needles;
    for (const QString &key : {m_liveKey, m_sandboxKey}) {
        needles << key.toUtf8() << key.toUtf8().toBase64();
    }
    int filesChecked = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray contents = file.readAll();
        ++filesChecked;
        for (const QByteArray &needle : std::as_const(needles))
            QVERIFY2(!contents.contains(needle), qPrintable(file.fileName()));
    }
    qInfo("checked %d file(s) under the temporary HOME", filesChecked);
}

QTEST_GUILESS_MAIN(tst_KeyStoreNoBackend)
#include "tst_keystore_nobackend.moc"
