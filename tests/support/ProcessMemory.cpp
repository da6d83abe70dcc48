// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessMemory.h"

#include <QFile>

namespace tokdeck::test {

namespace {
qint64 statusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

qint64 peakRssKiB()
{
    return statusField("VmHWM:");
}

qint64 currentRssKiB()
{
    return statusField("VmRSS:");
}

} // namespace tokdeck::test
