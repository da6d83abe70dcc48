// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace tokdeck::cli {

// Where the CLI's API key comes from: TOKDECK_API_KEY (automation), else the OS keychain;
// never argv. Prints why and returns nullopt when there is none, or when the key holds a
// character no key has (CR, LF, TAB, NUL, ...): the caller then exits with Usage (2).
class KeySource
{
    Q_DECLARE_TR_FUNCTIONS(KeySource)

public:
    static std::optional<QString> resolve(const QUrl &apiUrl);
    static std::optional<QString> fromKeychain(const QString &host);

private:
    static std::optional<QString> checked(const QString &key, const QString &origin);
};

} // namespace tokdeck::cli
