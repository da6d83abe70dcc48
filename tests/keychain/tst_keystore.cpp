// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// KeyStore against a real Secret Service: the test runs under tests/support/with-keyring.sh,
// which gives it a private session bus and an unlocked gnome-keyring in a throwaway HOME.
#include "KeyStoreOutcomes.h"
#include "secrets/KeyStore.h"

#include <QProcess>
#include <QUuid>
#include <QtTest>
#include <qt6keychain/keychain.h>

using tokdeck::KeyStore;

class tst_KeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void entryIsNamedPerHostInTheKeychain();
    void hostsAreKeptApart();
    void hostSpellingDoesNotMatter();
    void oddKeysSurvive_data();
    void oddKeysSurvive();
    void removingAMissingKeyIsFine();
    void burstKeepsCallOrder();
    void emptyArgumentsAreRejected();
    void destroyedMidCallIsSafe();
    // Last: it locks the keyring, which cannot be unlocked again without a prompt.
    void lockedKeyringAsksToUnlock();

private:
    // Runs one call and waits for its outcome; fails the test on a keychain error.
    void writeKey(KeyStore &store, const QString &host, const QString &key);
    QString readKey(KeyStore &store, const QString &host, bool *missing = nullptr);
    void removeKey(KeyStore &store, const QString &host);

    // A service name of our own, so nothing here can touch a real user's "Tokdeck" entry.
    const QString m_service = u"TokdeckTest-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_hostsUsed;
};

void tst_KeyStore::initTestCase()
{
    // Outside the wrapper this would write into the developer's own keyring.
    if (qEnvironmentVariableIsEmpty("TOKDECK_IN_KEYRING_SESSION"))
        QSKIP("run through tests/support/with-keyring.sh (ctest does this)");
}

void tst_KeyStore::cleanupTestCase()
{
    KeyStore store(m_service);
    KeyStoreOutcomes outcomes(store);
    for (const QString &host : std::as_const(m_hostsUsed))
        store.remove(host);
    QVERIFY(outcomes.waitForTotal(m_hostsUsed.size()));
}

void tst_KeyStore::writeKey(KeyStore &store, const QString &host, const QString &key)
{
    m_hostsUsed.append(host);
    KeyStoreOutcomes outcomes(store);
    store.write(host, key);
    // Asynchronous: nothing has happened yet when write() returns.
    QCOMPARE(outcomes.total(), 0);
    QVERIFY(outcomes.waitForTotal(1));
    QVERIFY2(outcomes.failed.isEmpty(), outcomes.describeFailures().constData());
    QCOMPARE(outcomes.written.size(), 1);
    QCOMPARE(outcomes.written.at(0).at(0).toString(), host);
    QVERIFY(outcomes.unavailable.isEmpty());
    QVERIFY(!store.isSessionOnly());
}

QString tst_KeyStore::readKey(KeyStore &store, const QString &host, bool *missing)
{
    KeyStoreOutcomes outcomes(store);
    store.read(host);
    [&] {
        QVERIFY(outcomes.waitForTotal(1));
        QVERIFY2(outcomes.failed.isEmpty(), outcomes.describeFailures().constData());
    }();
    if (missing)
        *missing = !outcomes.missing.isEmpty();
    if (outcomes.read.isEmpty())
        return {};
    [&] {
        QCOMPARE(outcomes.read.at(0).at(0).toString(), host);
    }();
    return outcomes.read.at(0).at(1).toString();
}

void tst_KeyStore::removeKey(KeyStore &store, const QString &host)
{
    KeyStoreOutcomes outcomes(store);
    store.remove(host);
    QVERIFY(outcomes.waitForTotal(1));
    QVERIFY2(outcomes.failed.isEmpty(), outcomes.describeFailures().constData());
    QCOMPARE(outcomes.removed.size(), 1);
}

void tst_KeyStore::roundTrip()
{
    const QString host = QStringLiteral("v1.api.crosspostify.com");
    {
        KeyStore store(m_service);
        writeKey(store, host, QStringLiteral("cp_live_first"));
    }
    // A fresh store reads it back: it came from the keychain, not from an object's memory.
    KeyStore store(m_service);
    QCOMPARE(readKey(store, host), QStringLiteral("cp_live_first"));

    writeKey(store, host, QStringLiteral("cp_live_second"));
    QCOMPARE(readKey(store, host), QStringLiteral("cp_live_second"));

    removeKey(store, host);
    bool missing = false;
    QCOMPARE(readKey(store, host, &missing), QString());
    QVERIFY(missing);
}

void tst_KeyStore::entryIsNamedPerHostInTheKeychain()
{
    const QString host = QStringLiteral("entry.example");
    KeyStore store(m_service);
    writeKey(store, host, QStringLiteral("cp_entry"));

    // Read the raw entry with QtKeychain itself: service and entry name are what other tools
    // (and older versions of the app) will look for.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("api-key@entry.example"));
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(finished.wait(KeyStoreOutcomes::timeoutMs));
    QCOMPARE(job->error(), QKeychain::NoError);
    QCOMPARE(job->textData(), QStringLiteral("cp_entry"));
    delete job;
    QCOMPARE(KeyStore::entryKey(host), QStringLiteral("api-key@entry.example"));
}

void tst_KeyStore::hostsAreKeptApart()
{
    const QString live = QStringLiteral("v1.api.crosspostify.com");
    const QString sandbox = QStringLiteral("sandbox.api.crosspostify.com");
    KeyStore store(m_service);
    writeKey(store, live, QStringLiteral("cp_live_key"));
    writeKey(store, sandbox, QStringLiteral("cp_test_key"));
    QCOMPARE(readKey(store, live), QStringLiteral("cp_live_key"));
    QCOMPARE(readKey(store, sandbox), QStringLiteral("cp_test_key"));

    removeKey(store, sandbox);
    bool missing = false;
    QCOMPARE(readKey(store, sandbox, &missing), QString());
    QVERIFY(missing);
    QCOMPARE(readKey(store, live), QStringLiteral("cp_live_key"));

    // The same host under another service is another entry too.
    KeyStore other(m_service + u"-other");
    QCOMPARE(readKey(other, live, &missing), QString());
    QVERIFY(missing);
}

void tst_KeyStore::hostSpellingDoesNotMatter()
{
    KeyStore store(m_service);
    writeKey(store, QStringLiteral("Mixed.Example.COM"), QStringLiteral("cp_mixed"));
    m_hostsUsed.append(QStringLiteral("mixed.example.com"));
    QCOMPARE(readKey(store, QStringLiteral("mixed.example.com")), QStringLiteral("cp_mixed"));
}

void tst_KeyStore::oddKeysSurvive_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("unicode") << QStringLiteral("ключ-🔑-鍵-ü");
    QTest::newRow("quotes and escapes") << QStringLiteral("a b\"c'd\\e$f`g%h&i=j;k|l");
    QTest::newRow("whitespace") << QStringLiteral("  lead\ttab\nnewline trail  ");
    QTest::newRow("long") << QString(4096, QLatin1Char('k'));
    QTest::newRow("base64-looking") << QStringLiteral("Y3BfbGl2ZV9rZXk=");
}

void tst_KeyStore::oddKeysSurvive()
{
    QFETCH(QString, key);
    const QString host = QStringLiteral("odd.example");
    KeyStore store(m_service);
    writeKey(store, host, key);
    KeyStore fresh(m_service);
    QCOMPARE(readKey(fresh, host), key);
}

void tst_KeyStore::removingAMissingKeyIsFine()
{
    KeyStore store(m_service);
    removeKey(store, QStringLiteral("never-written.example"));
}

void tst_KeyStore::burstKeepsCallOrder()
{
    const QString host = QStringLiteral("burst.example");
    m_hostsUsed.append(host);
    KeyStore store(m_service);
    QStringList order;
    connect(&store, &KeyStore::keyWritten, this, [&] { order << QStringLiteral("written"); });
    connect(&store, &KeyStore::keyRead, this,
            [&](const QString &, const QString &key) { order << u"read:" + key; });
    connect(&store, &KeyStore::keyRemoved, this, [&] { order << QStringLiteral("removed"); });
    connect(&store, &KeyStore::keyMissing, this, [&] { order << QStringLiteral("missing"); });
    connect(&store, &KeyStore::failed, this,
            [&](const QString &, KeyStore::Failure, const QString &message) {
                order << u"failed:" + message;
            });

    // No waiting between calls: each outcome must reflect every call made before it.
    store.write(host, QStringLiteral("one"));
    store.read(host);
    store.write(host, QStringLiteral("two"));
    store.read(host);
    store.remove(host);
    store.read(host);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, 6 * KeyStoreOutcomes::timeoutMs);
    QCOMPARE(order, (QStringList{QStringLiteral("written"), QStringLiteral("read:one"),
                                 QStringLiteral("written"), QStringLiteral("read:two"),
                                 QStringLiteral("removed"), QStringLiteral("missing")}));
}

void tst_KeyStore::emptyArgumentsAreRejected()
{
    KeyStore store(m_service);
    KeyStoreOutcomes outcomes(store);
    store.write(QString(), QStringLiteral("cp_key"));
    store.write(QStringLiteral("empty.example"), QString());
    store.write(QStringLiteral("nul.example"), QStringLiteral("cp_") + QChar(0) + u"cut");
    store.read(QStringLiteral("   "));
    QVERIFY(outcomes.waitForTotal(4));
    QCOMPARE(outcomes.failed.size(), 4);
    for (const QList<QVariant> &args : std::as_const(outcomes.failed)) {
        QCOMPARE(args.at(1).value<KeyStore::Failure>(), KeyStore::Failure::InvalidArgument);
        QVERIFY(!args.at(2).toString().isEmpty());
    }
}

void tst_KeyStore::destroyedMidCallIsSafe()
{
    const QString host = QStringLiteral("destroyed.example");
    m_hostsUsed.append(host);
    auto store = std::make_unique<KeyStore>(m_service);
    store->write(host, QStringLiteral("cp_orphan"));
    // Let the job reach the keychain, then drop the store while the answer is on its way.
    QCoreApplication::processEvents();
    store.reset();
    QTest::qWait(500);
    // Still usable afterwards; whether the orphaned write landed does not matter here.
    KeyStore fresh(m_service);
    bool missing = false;
    const QString key = readKey(fresh, host, &missing);
    QVERIFY(missing || key == QStringLiteral("cp_orphan"));
}

void tst_KeyStore::lockedKeyringAsksToUnlock()
{
    const QString host = QStringLiteral("locked.example");
    {
        KeyStore store(m_service);
        writeKey(store, host, QStringLiteral("cp_locked"));
    }
    // Lock the default collection through the Secret Service API itself. Unlocking needs a
    // prompt, which fails at once here (no display), as when a user dismisses it.
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default")});
    QVERIFY(lock.waitForFinished(KeyStoreOutcomes::timeoutMs));
    QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());

    KeyStore store(m_service);
    KeyStoreOutcomes outcomes(store);
    store.write(host, QStringLiteral("cp_locked_new"));
    QVERIFY(outcomes.waitForTotal(1));
    QCOMPARE(outcomes.failed.size(), 1);
    QCOMPARE(outcomes.failed.at(0).at(1).value<KeyStore::Failure>(),
             KeyStore::Failure::AccessDenied);
    const QString message = outcomes.failed.at(0).at(2).toString();
    QVERIFY2(message.contains(u"Unlock your keyring"), qPrintable(message));
    // A locked keyring is not a missing one: no silent switch to memory.
    QVERIFY(outcomes.unavailable.isEmpty());
    QVERIFY(!store.isSessionOnly());

    outcomes.clear();
    store.read(host);
    QVERIFY(outcomes.waitForTotal(1));
    // libsecret answers a lookup whose unlock prompt failed with "nothing found", and QtKeychain
    // passes that on as EntryNotFound: a locked keyring reads as a missing key. The caller then
    // asks for the key, and saving it gives the "unlock" message above. Pinned here so a
    // QtKeychain upgrade that starts reporting AccessDenied shows up.
    QCOMPARE(outcomes.missing.size(), 1);
    QVERIFY(outcomes.unavailable.isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
