// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/FaultPlan.h"

namespace tokdeck {

void FaultPlan::add(const QString &path, const Fault &fault, int times)
{
    if (times <= 0)
        return;
    m_entries.append({path, fault, times});
}

std::optional<Fault> FaultPlan::take(const QString &path)
{
    for (const Fault::Kind kind : {Fault::Kind::Drop, Fault::Kind::Fail, Fault::Kind::Delay}) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            Entry &entry = m_entries[i];
            if (entry.fault.kind != kind
                || (entry.path != path && entry.path != QLatin1StringView("*")))
                continue;
            const Fault fault = entry.fault;
            if (--entry.remaining <= 0)
                m_entries.removeAt(i);
            return fault;
        }
    }
    return std::nullopt;
}

} // namespace tokdeck
