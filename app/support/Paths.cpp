// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace tokdeck {

QString dataDirectory()
{
    QString dir = qEnvironmentVariable("TOKDECK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString sandboxDatabasePath()
{
    const QString folder = qEnvironmentVariableIsSet("TOKDECK_DATA_DIR")
                               ? dataDirectory()
                               : QDir(dataDirectory()).filePath(QStringLiteral("sandbox"));
    return QDir(folder).filePath(QStringLiteral("tokdeck.sqlite"));
}

} // namespace tokdeck
