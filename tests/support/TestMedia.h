#pragma once

#include <QString>

namespace tokdeck::test {

// Path of a file under tests/data.
QString dataFile(const QString &name);

// Writes a file of exactly `bytes` bytes that sniffs as MP4 (an ftyp box, then filler) without
// holding it in memory: for size limits and the 100 MB streamed upload.
bool writeSparseMp4(const QString &path, qint64 bytes);

// Same for JPEG (FF D8 FF header, then filler).
bool writeSparseJpeg(const QString &path, qint64 bytes);

} // namespace tokdeck::test
