// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace tokdeck::test {

// Path of a file under tests/data.
QString dataFile(const QString &name);

// Writes a file of exactly `bytes` bytes that sniffs as MP4 (an ftyp box, then filler) without
// holding it in memory: for size limits and the 100 MB streamed upload.
bool writeSparseMp4(const QString &path, qint64 bytes);

// `count` different videos in `folder` (created if needed): the same small clip, each with
// another trailing byte, so their content hashes differ. Their paths, in order.
QStringList distinctVideos(const QString &folder, int count);

// Same for JPEG (FF D8 FF header, then filler).
bool writeSparseJpeg(const QString &path, qint64 bytes);

} // namespace tokdeck::test
