// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "media/DecodeLimits.h"

#include <QFileInfo>

namespace tokdeck {

std::optional<QString> DecodeLimits::checkSize(const QString &path, QSize size)
{
    const qint64 pixels = qint64(size.width()) * qint64(size.height());
    if (size.width() <= maxSide && size.height() <= maxSide && pixels <= maxPixels)
        return std::nullopt;
    return tr("%1 is %2×%3 px, larger than Tokdeck reads (at most %4 px a side and %5 "
              "megapixels). Scale it down, for example to 1080×1920, and add it again.")
        .arg(QFileInfo(path).fileName())
        .arg(size.width())
        .arg(size.height())
        .arg(maxSide)
        .arg(maxPixels / 1'000'000);
}

} // namespace tokdeck
