// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A composer on a new draft, wired as the main window wires it: the sandbox on 127.0.0.1 with
// its client, a real database file, the outbox, the draft editor and the widget, shown, with
// the sandbox's accounts to choose from. Header-only, for the GUI tests of the composer.

#include "LocalSandbox.h"
#include "TestStorage.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "models/AccountTargetsModel.h"
#include "publish/Outbox.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tokdeck::test {

struct ComposerFixture
{
    // Declared in the order they depend on each other: destroyed widget first, sandbox last.
    LocalSandbox sandbox;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<DraftEditor> editor;
    std::unique_ptr<ComposerWidget> composer;

    // The database goes into `dir`; its stores read `storageClock` (tests move time there).
    // False (with a warning) if something did not come up.
    bool start(const QTemporaryDir &dir, const Clock &storageClock = Clock::system())
    {
        if (!sandbox.start())
            return false;
        storage = openTestStorage(dir, storageClock);
        if (!storage)
            return false;
        outbox = std::make_unique<Outbox>(&sandbox.client, storage.get());
        editor = std::make_unique<DraftEditor>(storage.get(), outbox.get());
        composer = std::make_unique<ComposerWidget>(editor.get(), Clock::system());
        composer->resize(1100, 800);
        composer->show();
        if (!QTest::qWaitForWindowExposed(composer.get())) {
            qWarning("the composer was not shown");
            return false;
        }
        editor->newDraft();
        editor->targets()->setAccounts(sandbox.server.accounts());
        return true;
    }
};

} // namespace tokdeck::test
