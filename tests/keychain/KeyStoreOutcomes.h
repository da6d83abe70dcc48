// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "secrets/KeyStore.h"

#include <QSignalSpy>
#include <QTest>

// Records every outcome signal of one KeyStore, so a test can wait for "the next outcome" and
// check it was the expected one and nothing else. D-Bus and the keyring daemon can be slow on a
// loaded machine, hence the generous wait.
struct KeyStoreOutcomes
{
    explicit KeyStoreOutcomes(tokdeck::KeyStore &store)
        : read(&store, &tokdeck::KeyStore::keyRead)
        , missing(&store, &tokdeck::KeyStore::keyMissing)
        , written(&store, &tokdeck::KeyStore::keyWritten)
        , removed(&store, &tokdeck::KeyStore::keyRemoved)
        , failed(&store, &tokdeck::KeyStore::failed)
        , unavailable(&store, &tokdeck::KeyStore::keychainUnavailable)
    {}

    static constexpr int timeoutMs = 10000;

    qsizetype total() const
    {
        return read.count() + missing.count() + written.count() + removed.count() + failed.count();
    }

    // Waits until `count` outcomes in all have arrived.
    [[nodiscard]] bool waitForTotal(qsizetype count)
    {
        return QTest::qWaitFor([&] { return total() >= count; }, timeoutMs);
    }

    void clear()
    {
        read.clear();
        missing.clear();
        written.clear();
        removed.clear();
        failed.clear();
        unavailable.clear();
    }

    // "host failed: <message>" for QVERIFY2, so a failing test says what the keychain said.
    QByteArray describeFailures() const
    {
        QByteArray text;
        for (const QList<QVariant> &args : failed)
            text += args.at(0).toString().toUtf8() + " failed: " + args.at(2).toString().toUtf8()
                    + '\n';
        return text;
    }

    QSignalSpy read;
    QSignalSpy missing;
    QSignalSpy written;
    QSignalSpy removed;
    QSignalSpy failed;
    QSignalSpy unavailable;
};
