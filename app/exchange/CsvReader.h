// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace tokdeck {

// RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a quote inside
// one, line breaks allowed inside quoted fields, CRLF or LF line ends, UTF-8 (a BOM is
// skipped). Each record remembers the line it starts on, for error messages.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // nullopt (and *error) for text that is not CSV: a quote left open at the end.
    static std::optional<QList<Record>> parse(const QByteArray &utf8, QString *error = nullptr);
};

} // namespace tokdeck
