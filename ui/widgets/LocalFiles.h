// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace tokdeck {

// The local files among dragged, dropped or pasted URLs, in their order: a web address is not
// a file Tokdeck can read, check or upload.
inline QStringList localFilePaths(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime ? mime->urls() : QList<QUrl>()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace tokdeck
