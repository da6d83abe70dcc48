// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

namespace tokdeck {

// Outside CsvReader so it is complete where CsvReader's default arguments need it.
struct CsvReaderLimits
{
    qsizetype maxFieldChars = 64 * 1024; // a caption is 2,200; this is only a backstop
};

// RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a quote inside
// one, line breaks allowed inside quoted fields (CRLF there becomes LF), CRLF or LF line ends.
// Strict UTF-8: a BOM is dropped, anything else that is not UTF-8 (Latin-1, UTF-16) is
// refused with its line, never stored as U+FFFD. Each record remembers the line it starts on.
// Streaming: feed() takes the bytes as they are read, so a file is never held whole and a
// field over the limit is refused as soon as it passes it.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    using Limits = CsvReaderLimits;

    explicit CsvReader(Limits limits = {});

    // false (and error() set) once the input is refused: not UTF-8, a field too long.
    bool feed(QByteArrayView bytes);
    // The end of the input: false (and error()) for a quote left open.
    bool finish();
    // The records completed so far, handed over once.
    QList<Record> takeRecords();
    QString error() const { return m_error; }

    // All of `utf8` at once; nullopt (and *error) when it is refused.
    static std::optional<QList<Record>> parse(const QByteArray &utf8, QString *error = nullptr,
                                              Limits limits = {});

private:
    bool consume(const QString &text);
    void endField();
    void endRecord();

    Limits m_limits;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QList<Record> m_records;
    Record m_current{1, {}};
    QString m_field;
    QString m_error;
    bool m_quoted = false;
    bool m_quoteJustClosed = false; // a quote ended the quoted part; "" continues it
    bool m_fieldStarted = false;    // something (even "") was read for this field
    bool m_crInQuotes = false;      // a CR inside quotes, already stored as LF
    int m_line = 1;
    int m_quoteOpenedOn = 0;
};

} // namespace tokdeck
