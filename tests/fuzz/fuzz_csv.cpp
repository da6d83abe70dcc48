// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV reader behind `import`. Deliberately tiny (the reader is being reworked): any bytes
// in; ASan/UBSan watch, and the records' start lines must be 1-based and strictly increasing,
// since the import's error messages point at them.

#include "exchange/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace tokdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(bytes), qsizetype(size));
    QString error;
    const auto records = CsvReader::parse(input, &error);
    if (!records) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    int previousLine = 0;
    for (const CsvReader::Record &record : *records) {
        if (record.line <= previousLine)
            std::abort();
        previousLine = record.line;
    }
    return 0;
}
