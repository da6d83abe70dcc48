// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FormatSniffer on raw bytes (sniff() is what sniffFile() runs on the header it reads).
// Checks that the answer depends on the first headerBytes only, as sniffFile() assumes.

#include "media/FormatSniffer.h"

#include <cstdint>
#include <cstdlib>

using namespace tokdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const MediaFormat whole = FormatSniffer::sniff(data);
    const MediaFormat header =
        FormatSniffer::sniff(data.first(std::min(data.size(), FormatSniffer::headerBytes)));
    if (whole != header)
        std::abort();
    return 0;
}
