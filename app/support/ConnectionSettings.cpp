// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/ConnectionSettings.h"

#include <QSettings>

namespace tokdeck {

namespace {
const auto modeKey = QLatin1StringView("connection/mode");
const auto urlKey = QLatin1StringView("connection/apiUrl");
} // namespace

ConnectionSettings ConnectionSettings::load(QSettings &settings)
{
    ConnectionSettings result;
    const QString mode = settings.value(modeKey).toString();
    if (mode == QLatin1StringView("sandbox"))
        result.mode = Mode::Sandbox;
    else if (mode == QLatin1StringView("api"))
        result.mode = Mode::Api;
    result.apiUrl = settings.value(urlKey).toUrl();
    return result;
}

void ConnectionSettings::save(QSettings &settings) const
{
    switch (mode) {
    case Mode::Unset:
        settings.remove(modeKey);
        break;
    case Mode::Sandbox:
        settings.setValue(modeKey, QStringLiteral("sandbox"));
        break;
    case Mode::Api:
        settings.setValue(modeKey, QStringLiteral("api"));
        break;
    }
    if (apiUrl.isValid())
        settings.setValue(urlKey, apiUrl);
}

} // namespace tokdeck
