// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUrl>

class QSettings;

namespace tokdeck {

// Where the app connects, as remembered between runs (QSettings). Never the key: that lives
// only in the OS keychain.
struct ConnectionSettings
{
    enum class Mode { Unset, Sandbox, Api }; // Unset: first run, ask the user

    Mode mode = Mode::Unset;
    QUrl apiUrl;

    static ConnectionSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace tokdeck
