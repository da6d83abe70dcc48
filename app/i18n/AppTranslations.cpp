// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "i18n/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tokdeck {

AppTranslations::AppTranslations(const QLocale &locale, QObject *parent)
    : QObject(parent)
{
    m_tokdeck = install(locale, QStringLiteral("tokdeck"), QStringLiteral(":/tokdeck/i18n"));
    // Only with Tokdeck's own translation: a window half in one language, half in another, is
    // worse than one wholly in English.
    if (m_tokdeck)
        m_qt = install(locale, QStringLiteral("qtbase"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

bool AppTranslations::install(const QLocale &locale, const QString &name, const QString &folder)
{
    // Parented to this object: removed from the application when it is destroyed.
    auto *translator = new QTranslator(this);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace tokdeck
