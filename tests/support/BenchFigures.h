// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the benchmarks print of their samples: one definition of a percentile (nearest rank).

#include <QList>
#include <algorithm>

namespace tokdeck::test {

// The sample at fraction `p` (0.5: the median, 0.95: p95) of the sorted samples; 0 for none.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::clamp<qsizetype>(qsizetype(p * double(samples.size() - 1) + 0.5),
                                                  0, samples.size() - 1);
    return samples.at(index);
}

} // namespace tokdeck::test
