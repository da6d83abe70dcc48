// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/ProcessHardening.h"

#include <QStringList>
#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace tokdeck {

QString hardenProcess()
{
    QStringList failures;
    // Both, because each covers a gap of the other: RLIMIT_CORE 0 stops the kernel writing a
    // core file, but not a core_pattern pipe to systemd-coredump (which ignores the limit);
    // non-dumpable stops that too, and ptrace and /proc/<pid>/mem reads by the same user.
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
        failures.append(QStringLiteral("setrlimit(RLIMIT_CORE, 0): ")
                        + QString::fromLocal8Bit(std::strerror(errno)));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        failures.append(QStringLiteral("prctl(PR_SET_DUMPABLE, 0): ")
                        + QString::fromLocal8Bit(std::strerror(errno)));
    return failures.join(QStringLiteral("; "));
}

} // namespace tokdeck
