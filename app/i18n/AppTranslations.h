// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QObject>

namespace tokdeck {

/// Tokdeck's own translation (built into tokdeck_i18n's resources under :/tokdeck/i18n) and Qt's
/// (standard buttons and dialogs, from the system's Qt translations) for one locale, installed on
/// the application while this object lives: the app's and tokdeck-cli's. A locale without a
/// translation leaves Tokdeck English.
class AppTranslations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTranslations)

public:
    explicit AppTranslations(const QLocale &locale = QLocale(), QObject *parent = nullptr);

    /// True when Tokdeck's own strings are translated for the locale.
    bool hasTokdeckTranslation() const { return m_tokdeck; }
    /// True when Qt's own strings (OK, Cancel, file dialogs) are translated too.
    bool hasQtTranslation() const { return m_qt; }

private:
    bool install(const QLocale &locale, const QString &name, const QString &folder);

    bool m_tokdeck = false;
    bool m_qt = false;
};

} // namespace tokdeck
