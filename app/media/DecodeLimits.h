// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <optional>

namespace tokdeck {

// How much work a file may cost before the contract's rules even look at it. These guard the
// decoders, not the API: a 20000×20000 PNG is a few hundred bytes on disk yet 1.6 GB of
// pixels, and a crafted container can keep a demuxer busy for minutes. (They belong beside
// the contract's numbers in rules/ContractLimits.h; tokdeck_media does not link tokdeck_rules.)
class DecodeLimits
{
    Q_DECLARE_TR_FUNCTIONS(DecodeLimits)

public:
    static constexpr int maxSide = 16384;            // px, either side
    static constexpr qint64 maxPixels = 100'000'000; // 100 megapixels
    static constexpr int probeDeadlineMs = 10'000;   // per FFmpeg input, open to close

    // nullopt when a picture of `size` (from the header, before any decoding) may be decoded;
    // otherwise a sentence naming the file, its size and the limit.
    static std::optional<QString> checkSize(const QString &path, QSize size);
};

} // namespace tokdeck
